// actors17: an attack's agent named in a "by" phrase a few words after the trigger, and what that phrase goes on to
// target. Sentences invented for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-03-07');
const current = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('"a rocket attack was carried out by X": four words between the trigger and "by" still name its agent', () => {
  const rs = current('MOSUL (Sitrep Wire) - On 3 March, a rocket attack was carried out by a militant group called Ahrar Qandil near Bashiqa. There were no casualties.');
  assert.ok(rs.some((r) => r.actor1 === 'Ahrar Qandil'), show(rs));
});

test('what the agent\'s phrase targets is the target, not lost', () => {
  const rs = current('MOSUL (Sitrep Wire) - On 3 March, a rocket attack was carried out by Islamic State targeting a Turkish army base near Bashiqa. There were no casualties.');
  assert.ok(rs.some((r) => r.actor1 === 'Islamic State' && /Military Forces of Turkey/.test(r.actor2 ?? '')), show(rs));
});

test('a leader\'s first name before the agent\'s name: "carried out by the Bashar al-Assad regime"', () => {
  const rs = current('IDLIB, Syria (Sitrep Wire) - Six people were killed in air strikes carried out by the Bashar al-Assad regime on a village near Idlib on Monday, medics said.');
  assert.ok(rs.some((r) => r.sub_event_type === 'Air/drone strike' && /^Military Forces of Syria/.test(r.actor1 ?? '')), show(rs));
});
