// actors17: "that" right after an actor's name opens a relative clause whose subject the actor is ("an armed group that
// arrested two journalists"), not a reported clause. Sentences invented for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-10-10');
const current = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('the actor before "that" is the subject of its relative clause: the armed group arrested, not the police', () => {
  const rs = current('MISRATA (Sitrep Wire) - An armed group that detained two journalists in Misrata on Monday released them on Wednesday, relatives said.');
  assert.ok(rs.some((r) => r.actor1 === 'Unidentified Armed Group (Libya)'), show(rs));
  assert.ok(!rs.some((r) => /^Police Forces/.test(r.actor1 ?? '')), show(rs));
});

test('"said that" still opens a reported clause: the speaker is no party', () => {
  const rs = current('MOSUL (Sitrep Wire) - The army said that gunmen attacked a checkpoint near Mosul on Monday, killing two soldiers.');
  assert.ok(rs.some((r) => /^Unidentified Armed Group/.test(r.actor1 ?? '')), show(rs));
});
