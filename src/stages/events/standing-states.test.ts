import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { toldLongAgo } from './long-ago.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// The rules alone: a campaign or a state told as going on, and history told as decades ago, are no current events.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-12-21');
const records = (text: string) => ex.extract(art(text)).records;
const current = (text: string) => records(text).filter((r) => !r.historical);

test('a run of protests told by how often it recurs is a summary, not one event', () => {
  assert.deepEqual(current('Students have demonstrated nightly outside the parliament in Dhaka, hurling stones at riot police.'), []);
  assert.equal(current('Students demonstrated outside the parliament in Dhaka on Tuesday, hurling stones at riot police.').length, 1);
});

test('a siege told as going on, or by how long it has lasted, is a standing campaign', () => {
  assert.deepEqual(current('Pro-government militias are still besieging some 20,000 civilians in the old city of Taiz.'), []);
  assert.deepEqual(current('Troops have encircled the rebel-held suburb east of Homs for more than three months.'), []);
  assert.equal(current('Troops shelled the rebel-held suburb east of Homs on Tuesday, a monitor said.').length, 1);
});

test('people told in the present as held are in a state, not newly arrested', () => {
  assert.deepEqual(current('Aid workers visit about 900 fishermen who are detained in a camp near Benghazi.'), []);
  assert.deepEqual(current('Lawyers met the detainees in Egyptian custody in Cairo.'), []);
  assert.deepEqual(current('The Red Cross reports what it finds in prisons in Yemen only to the detaining authorities.'), []);
  assert.equal(current('Police detained about 90 fishermen near Benghazi on Sunday, officials said.').length, 1);
});

test('an event told as decades or a century ago is background', () => {
  const text = 'The museum shows photographs of villagers killed by colonial troops in Bengal nearly a century ago.';
  assert.ok(records(text).length > 0, 'still coded, as background');
  assert.deepEqual(current(text), []);
  const s = 'Soldiers killed 12 villagers in the valley decades ago.';
  const at = { start: s.indexOf('killed'), end: s.indexOf('killed') + 6 };
  assert.equal(toldLongAgo(s, s.length, at, false), true);
  assert.equal(toldLongAgo(s, s.length, at, true), false, 'an event with its own date keeps it');
  assert.equal(toldLongAgo('Soldiers killed 12 villagers in the valley on Monday.', 52, at, false), false);
  const other = 'Protesters clashed with police in Tunis for a third night, chanting the slogans that rang out a decade ago.';
  const hit = { start: other.indexOf('clashed'), end: other.indexOf('clashed') + 7 };
  assert.equal(toldLongAgo(other, other.length, hit, false), false, 'a decade ago that dates another clause');
});
