// Issue 10 (crowd23): "Two days after the bombing, …" at a sentence's head counts from the day the text named before;
// after a statement's date (", a day after the attack") or before a day of its own it is left to the other rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveDates } from './resolve.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const found = (text: string) => resolveDates(text, '2017-03-15').map((r) => [r.text, r.value.earliest, r.value.latest]);

test('a sentence opening "A day after the bombing" is the day after the one named before', () => {
  assert.deepEqual(found('A bomb hit a mosque on Sunday. A day after the bombing, gunmen attacked a checkpoint. Two days after the attack, police arrested ten men.'), [
    ['Sunday', '2017-03-12', '2017-03-12'],
    ['A day after the bombing', '2017-03-13', '2017-03-13'],
    ['Two days after the attack', '2017-03-15', '2017-03-15'],
  ]);
});

test('no day named before, a day after the report, or a date of its own: no counted day', () => {
  assert.deepEqual(found('A day after the bombing, gunmen attacked a checkpoint.'), []);
  assert.deepEqual(found('Police said on Sunday, a day after the attack, that ten men were held.').map((f) => f[0]), ['Sunday']);
  // (the attack's own Friday, shifted two days by resolve.ts, not Sunday counted on)
  assert.deepEqual(found('A bomb hit a mosque on Sunday. Two days after the attack on Friday, police arrested ten men.'), [
    ['Sunday', '2017-03-12', '2017-03-12'],
    ['Two days after the attack on Friday', '2017-03-12', '2017-03-12'],
  ]);
});

test('the event a sentence opening "A day after the bombing," tells is dated that day, and the bombing is not a new event', () => {
  const ex = createExtractor({ stages: RULES_ORDER });
  const rs = ex.extract(storyOn('2017-03-15')('KABUL (Sitrep Wire) - A suicide bomber killed 12 people at a mosque in Kabul on Sunday. A day after the bombing, gunmen attacked a police checkpoint in Kandahar, killing three officers.')).records;
  const k = rs.find((r) => r.fatalities === 3);
  assert.ok(k, JSON.stringify(rs.map((r) => [r.sub_event_type, r.location, r.event_date])));
  assert.equal(k.event_date, '2017-03-13');
  assert.ok(!['Remote explosive/landmine/IED', 'Suicide bomb'].includes(k.sub_event_type), k.sub_event_type);
});
