import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// The rules alone: realis rows for a detention told by its length and for deadly fires.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-11-10');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

test('detention told by how long it has lasted is no new arrest', () => {
  for (const text of [
    'Two reporters arrested in Yangon have been in detention since December, their employer said.',
    'The blogger has been held without trial for months in a prison near Cairo.',
    'Activists detained in Baku have remained in custody since the spring.',
  ]) assert.deepEqual(current(text).map((r) => r.sub_event_type), [], text);
  assert.equal(current('Police arrested two reporters in Yangon on Tuesday, their employer said.').length, 1, 'an arrest told by its verb stays');
});

test('a deadly fire, told with no one setting it, is no attack', () => {
  assert.deepEqual(current('A deadly fire at a market in Kabul killed 12 people on Monday, police said.'), []);
  assert.deepEqual(current('A blaze swept through a hotel in Baghdad on Monday, killing five guests.'), []);
  assert.equal(current('Gunmen attacked a market in Kabul on Monday, killing 12 people, police said.').length, 1, 'an attack stays');
});
