import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// A dateline fallback yields to the country the story names most (dateline-focus.ts), unless the event's own sentence
// names the dateline country's people: the rules alone.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-12-12');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

test('dateline people: a lead naming the dateline country\'s people keeps its country, though the story names another more', () => {
  const got = current(
    'PHNOM PENH (Reuters) - Authorities detained a Cambodian opposition lawmaker on Sunday, his party said. ' +
      'He had studied in the United States for six years. His wife and children still live in the United States. ' +
      'He returned from the United States in March, and planned to fly back to the United States next month.',
  );
  assert.ok(got.length > 0 && got.every((r) => r.country === 'Cambodia'), JSON.stringify(got.map((r) => [r.sub_event_type, r.location])));
});

test('dateline people: without its people in the lead, the story\'s other country still takes the dateline fallback', () => {
  const got = current(
    'PHNOM PENH (Reuters) - Authorities detained an opposition lawmaker on Sunday, his party said. ' +
      'He had studied in the United States for six years. His wife and children still live in the United States. ' +
      'He returned from the United States in March, and planned to fly back to the United States next month.',
  );
  assert.ok(got.length > 0 && got.every((r) => r.country === 'United States'), JSON.stringify(got.map((r) => [r.sub_event_type, r.location])));
});
