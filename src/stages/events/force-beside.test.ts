// Issue 10 (actors24): a state force that the clause beside an event says did its act ("Police said they had raided a
// hideout") is the event's actor1, where the event's own clause names no agent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-03-07');
const current = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('police who say they raided are the agent of the shootout the sentence before tells', () => {
  const rs = current('CAIRO (Sitrep Wire) - Twelve militants were killed in a shootout near Arish on Monday, security sources said. Police said they had raided a hideout in the town.');
  const clash = rs.find((r) => r.sub_event_type === 'Armed clash');
  assert.ok(clash, show(rs));
  assert.match(clash.actor1 ?? '', /^Police Forces of Egypt/, show(rs));
});

test('a force that only reports, or acts in another way, is not made the agent', () => {
  const rs = current('CAIRO (Sitrep Wire) - Twelve militants were killed in a shootout near Arish on Monday, security sources said. Police said the militants had planned attacks on churches.');
  assert.ok(!rs.some((r) => r.sub_event_type === 'Armed clash' && /^Police Forces/.test(r.actor1 ?? '')), show(rs));
});
