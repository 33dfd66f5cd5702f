// state24: weapons tests and launches are no events (news GUIDELINE; ACLED codes a launch only when it hits). A nuclear
// test was coded as an IED with conventional civilian victims (issue 10 review). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-03-10');
const subs = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

test('a nuclear test or a missile launched into the sea is no event', () => {
  for (const text of [
    'SEOUL (Reuters) - North Korea detonated a hydrogen bomb at its underground test site on Sunday, Japan said.',
    'SEOUL (Reuters) - The explosion of what North Korea said was a hydrogen bomb on Sunday shook the region, officials said.',
    'SEOUL (Reuters) - North Korea fired a ballistic missile that landed in the sea off its east coast on Tuesday, officials said.',
  ]) assert.deepEqual(subs(text), [], text);
});

test('a missile that kills, or one fired at a city, stays a missile attack', () => {
  assert.deepEqual(subs('SANAA (Reuters) - A ballistic missile fired by the Houthis killed three people in Marib on Tuesday, officials said.'), ['Shelling/artillery/missile attack']);
  assert.deepEqual(subs('SANAA (Reuters) - The Houthis fired a ballistic missile at Riyadh on Saturday that fell in the desert, the coalition said.'), ['Shelling/artillery/missile attack']);
});
