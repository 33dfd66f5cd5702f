import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim } from '../../model/claim.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { mainEvent, storyOn } from '../../../test/helpers/story.ts';
import { earlierEventToll } from './earlier-event-toll.ts';

/** The one-sentence text, the trigger word's span and a claim over the figure words `fig`. */
const at = (text: string, trig: string, fig: string): Parameters<typeof earlierEventToll> => {
  const start = text.indexOf(fig);
  const t = text.indexOf(trig);
  return [text, { start: 0, end: text.length }, { start: t, end: t + trig.length }, { start, end: start + fig.length, what: 'killed', low: 1, high: 1, qualifier: 'exact', claimant: null } as Claim];
};

test('earlier event toll: a figure in a phrase telling an earlier event', () => {
  assert.equal(earlierEventToll(...at('Rockets hit the camp on Friday, killing 4 guards, two days after a raid on the depot killed 9 guards.', 'hit', '9 guards')), true);
  assert.equal(earlierEventToll(...at('Rockets hit the camp on Friday, killing 4 guards, following an ambush a day earlier that killed 9 guards.', 'hit', '9 guards')), true);
});

test('earlier event toll: the event\'s own figure, or one past the phrase, is not', () => {
  assert.equal(earlierEventToll(...at('Rockets hit the camp on Friday, killing 4 guards, two days after a raid on the depot killed 9 guards.', 'hit', '4 guards')), false);
  assert.equal(earlierEventToll(...at('Two days after a raid on the depot, rockets hit the camp, killing 4 guards.', 'hit', '4 guards')), false);
  assert.equal(earlierEventToll(...at('Rockets hit the camp after a raid on the depot, killing 4 guards.', 'hit', '4 guards')), false);
});

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2019-03-14');

test('earlier event toll: the day\'s strike keeps its own dead', () => {
  const r = mainEvent(ex, art('An air strike killed 6 people in Marib on Wednesday, two days after a strike on a bus in Marib killed 17.'));
  assert.equal(r.fatalities, 6);
});
