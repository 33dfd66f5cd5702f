import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { mainEvent, storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2019-03-14');

test('dateline figures: the day or year of a wire dateline is no toll', () => {
  const day = mainEvent(ex, art('GAROUA, Cameroon, March 14 (Reuters) - Gunmen killed villagers at a market near Garoua, police said.'));
  assert.notEqual(day.fatalities, 14);
  const year = mainEvent(ex, art('GAROUA, Cameroon, March 14, 2019 (Reuters) - Gunmen killed villagers at a market near Garoua, police said.'));
  assert.notEqual(year.fatalities, 2019);
});

test('dateline figures: a toll told after the dateline stands', () => {
  const r = mainEvent(ex, art('GAROUA, Cameroon, March 14 (Reuters) - Gunmen killed 7 villagers at a market near Garoua, police said.'));
  assert.equal(r.fatalities, 7);
});
