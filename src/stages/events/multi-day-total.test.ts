import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim } from '../../model/claim.ts';
import { multiDayTotal } from './multi-day-total.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

/** The claim over the figure words `fig` of the one-sentence text. */
const at = (text: string, fig: string): [string, { start: number; end: number }, Claim] => {
  const start = text.indexOf(fig);
  return [text, { start: 0, end: text.length }, { start, end: start + fig.length, what: 'killed', low: 1, high: 1, qualifier: 'exact', claimant: null } as Claim];
};

test('multi-day total: a figure the text spans over several days', () => {
  assert.equal(multiDayTotal(...at('The jets bombed the hills, killing at least 25 people over two days, he said.', '25 people')), true);
  assert.equal(multiDayTotal(...at('Some 40 people were killed in the past three days in the district.', '40 people')), true);
  assert.equal(multiDayTotal(...at('The town was calm after four days of street fighting that medics said killed more than 120 people.', '120 people')), true);
});

test('multi-day total: a figure of one event is not one', () => {
  assert.equal(multiDayTotal(...at('A car bomb killed 12 people in the market on Monday, police said.', '12 people')), false);
  // (a span of days elsewhere in the sentence, not on the figure)
  assert.equal(multiDayTotal(...at('Two days after the talks collapsed, a bomb killed 7 soldiers near the border.', '7 soldiers')), false);
  assert.equal(multiDayTotal(...at('Gunmen killed 5 villagers, the third attack in two weeks.', '5 villagers')), false);
});

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-11-10');

test('multi-day total: a rally on the day after days of fighting gets none of the fighting\'s dead', () => {
  const rs = ex.extract(art('Thousands of supporters of the movement held a rally in Aden on Tuesday. The city saw no fresh fighting on Tuesday after four days of combat that the Red Cross said killed more than 120 people.')).records;
  const rally = rs.find((r) => r.sub_event_type === 'Peaceful protest');
  assert.ok(rally, rs.map((r) => r.sub_event_type).join('; '));
  assert.notEqual(rally.fatalities, 120);
});
