// Issue 10 (type25): generic conflict talk read as current events: the ills a statement wants a country rid of, who is
// to be held responsible for violence, a fall told as inevitable. Each class is a realis cue
// (lexicons/realis-cues.jsonl); sentences invented for these tests. The rules alone, so the cues are what is tested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2016-11-18');
const current = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.location]));

test('the ills a statement hopes a country will be rid of are no events', () => {
  const rs = current('RIYADH (Sitrep Wire) - The Saudi cabinet said in a statement on Monday it hoped the uprising in Sanaa would help rid Yemen of repression, abductions, explosions and seizure of property.');
  assert.deepEqual(rs, [], show(rs));
  // fighters who rid a town of militants, told in the past, fought there
  const fought = current('RAQQA (Sitrep Wire) - Kurdish fighters rid the town of Tabqa of Islamic State militants on Monday after heavy fighting.');
  assert.ok(fought.some((r) => r.event_type === 'Battles'), show(fought));
});

test('violence someone is not to be held responsible for is talk of blame, not the violence', () => {
  const rs = current('GENEVA (Sitrep Wire) - The U.N. envoy said on Thursday that Russia did not want to be held responsible for the demolition of the old city of Homs.');
  assert.deepEqual(rs, [], show(rs));
});

test('a fall told as inevitable has not happened', () => {
  const rs = current('WASHINGTON (Sitrep Wire) - Officials hope the rebels can hold out against what is widely seen as the inevitable fall of the old city of Homs to government forces.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Battles'), [], show(rs));
  const fell = current('HOMS (Sitrep Wire) - Government forces captured the old city of Homs from rebels on Monday.');
  assert.ok(fell.some((r) => r.event_type === 'Battles'), show(fell));
});

test('an event noun that names a place, and a confrontation told as a possibility, are no new events', () => {
  const site = current('SANAA (Sitrep Wire) - Thousands gathered on Tuesday at a parade ground near the site of the air strikes, the group said.');
  assert.ok(!site.some((r) => r.sub_event_type === 'Air/drone strike'), show(site));
  const possible = current('WASHINGTON (Sitrep Wire) - Officials said on Monday there was a possibility of a direct confrontation with Russian forces in Syria.');
  assert.deepEqual(possible.filter((r) => r.event_type === 'Battles'), [], show(possible));
  // the attack the sentence tells keeps its event where the same sentence also names its scene
  const told = current('KABUL (Sitrep Wire) - A suicide bomber killed 12 people at a market in Kabul on Monday, and police sealed off the scene of the attack.');
  assert.ok(told.some((r) => r.sub_event_type === 'Suicide bomb'), show(told));
});

test('an operation executed by forces is one carried out, not an execution; hostages executed stay an attack', () => {
  const op = current('MANILA (Sitrep Wire) - He said on Monday the rescue operation in Jolo was executed by Filipino forces guided by U.S. advice.');
  assert.deepEqual(op, [], show(op));
  const killed = current('MANILA (Sitrep Wire) - Militants executed two hostages in Jolo on Monday, the army said.');
  assert.ok(killed.some((r) => r.sub_event_type === 'Attack'), show(killed));
});
