// Issue 10 (realis13): an event named as the known cause of something, past the lead and undated, is background.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { causeInBody } from './causal-background.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-05-10');
const current = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical);
const LEAD = 'LAHORE (Sitrep Wire) - The provincial assembly met in Lahore on Tuesday to debate the budget. Lawmakers argued for hours over spending on roads. The opposition walked out before the vote.';

test('a definite event noun that prompted something, told past the lead and undated, is background', () => {
  const rs = current(`${LEAD} The bombing of the market in Lahore prompted a ferocious response from the army.`);
  assert.deepEqual(rs.map((r) => r.sub_event_type), []);
});

test('the same cause in the lead, or dated, or indefinite, stays an event', () => {
  const s = (t: string) => ({ start: t.indexOf('bombing'), end: t.indexOf('bombing') + 7 });
  const body = 'The bombing of the market in Lahore prompted a ferocious response.';
  assert.equal(causeInBody(body, 0, body.length, 4, s(body), false), true);
  assert.equal(causeInBody(body, 0, body.length, 0, s(body), false), false);
  assert.equal(causeInBody(body, 0, body.length, 4, s(body), true), false);
  const indefinite = 'A bombing of the market in Lahore prompted a ferocious response.';
  assert.equal(causeInBody(indefinite, 0, indefinite.length, 4, s(indefinite), false), false);
  const reported = 'The bombing of the market in Lahore, which killed five people, prompted a response.';
  assert.equal(causeInBody(reported, 0, reported.length, 4, s(reported), false), false);
  const toll = 'The bombing and the fighting after it killed at least 40 people and triggered an exodus.';
  assert.equal(causeInBody(toll, 0, toll.length, 4, s(toll), false), false);
});
