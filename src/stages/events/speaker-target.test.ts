// Issue 10: a side that reports an attack on "their positions" is the attack's target (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const story = storyOn('2017-05-10');
const current = (text: string): EventRecord[] => ex.extract(story(text)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('"the Taliban said drones struck their positions": the Taliban are the target', () => {
  const rs = current('KANDAHAR (Sitrep Wire) - The Taliban said on Tuesday that U.S. drones struck their positions in Zabul, killing three fighters.');
  assert.ok(rs.some((r) => r.sub_event_type === 'Air/drone strike' && /United States/.test(r.actor1 ?? '') && r.actor2 === 'Taliban'), show(rs));
});

test('no possessive object, no speaker as target', () => {
  const rs = current('KANDAHAR (Sitrep Wire) - The Taliban said on Tuesday that U.S. drones struck a house in Zabul, killing three people.');
  assert.ok(rs.length, show(rs));
  assert.ok(rs.every((r) => r.actor2 !== 'Taliban'), show(rs));
});
