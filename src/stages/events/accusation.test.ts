import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// The rules alone: these rows test the realis gate's accusation frame, not the learned model.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-11-10');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

test('accusation: an act told only as what someone is accused of is no event, whatever its type', () => {
  for (const text of [
    'Moscow accused the U.S.-led coalition of bombing a hospital near Raqqa.',
    'Ankara accuses Kurdish militants of shelling the border town of Kilis.',
    'The opposition repeated accusations that government troops had shelled the camp near Daraa.',
  ]) assert.deepEqual(current(text).map((r) => r.sub_event_type), [], text);
});

test('accusation: the same act told by the report itself, or an accused act the sentence dates to a day, is an event', () => {
  assert.equal(current('Ankara accuses Kurdish militants of shelling the border town of Kilis on Monday, killing a child.').length, 1);
  assert.equal(current('Ankara accuses Kurdish militants of shelling the border town of Kilis on 6 November, killing a child.').length, 1);
  assert.equal(current('Kurdish militants shelled the border town of Kilis on Monday, the army said.').length, 1);
  // blame for an act presupposes it: "blamed X for the attack" tells the attack happened
  assert.equal(current('Officials blamed the rebels for a car bomb that killed six people in Idlib on Monday.').length, 1);
});

test('accusation: chemical weapons told as someone having used them, after a verb of saying, are a charge, not an attack', () => {
  assert.deepEqual(current('London said Assad had used chemical weapons against his own people.'), []);
  assert.deepEqual(current('The envoy told the ambassador that his government has repeatedly used chemical weapons.'), []);
  // a chemical attack told by what it did stays an event
  assert.equal(current('A chemical attack killed 40 people in the town of Douma on Monday, medics said.').length, 1);
});
