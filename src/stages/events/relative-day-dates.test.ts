import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// An event told as "the next day" after another takes the day after that one: the rules alone, not the learned model.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-12-12');

test('relative days: "the next day" counts from the day the story named before, not from publication', () => {
  const records = ex.extract(art('NIAMEY (Reuters) - Militants attacked an army post in Tillaberi on Dec. 2. The next day, gunmen killed five soldiers in Diffa.')).records;
  const diffa = records.find((r) => r.location === 'Diffa');
  assert.ok(diffa, JSON.stringify(records.map((r) => r.location)));
  assert.equal(diffa.event_date, '2017-12-03');
  assert.equal(diffa.event_date_end, '2017-12-03');
});
