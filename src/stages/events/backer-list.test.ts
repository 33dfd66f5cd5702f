// Issue 10 (actors24): the backers a side is named with ("backed by Hezbollah and Russian jets", "Assad's allies Russia,
// Iran and Hezbollah") are no side of the event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-03-07');
const current = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));
const sides = (r: EventRecord) => `${r.actor1} ${r.actor2}`;

test('the last of a backer list before the verb is not its subject', () => {
  const rs = current('BEIRUT (Sitrep Wire) - Syrian army troops backed by Hezbollah and Russian air power captured the village of Tal Hamra on Monday, state media said.');
  assert.ok(rs.length > 0, show(rs));
  assert.ok(rs.every((r) => /^Military Forces of Syria/.test(r.actor1 ?? '')), show(rs));
  assert.ok(rs.every((r) => !/Russia|Hezbollah/.test(sides(r))), show(rs));
});

test('backers listed after "backed by" are not the opponent of a one-sided battle', () => {
  const rs = current('BEIRUT (Sitrep Wire) - Syrian government forces, backed by Iranian-backed militias and Hezbollah, captured the town of Tal Hamra on Monday, state media said.');
  assert.ok(rs.length > 0, show(rs));
  assert.ok(rs.every((r) => !/Militia|Hezbollah/.test(sides(r))), show(rs));
});

test('a patron list told beside the event ("allies Russia, Iran and Hezbollah") names no side', () => {
  const rs = current('BEIRUT (Sitrep Wire) - Syrian army troops captured the village of Tal Hamra on Monday, state media said. Assad\'s allies Russia, Iran and Hezbollah have helped him regain territory.');
  assert.ok(rs.some((r) => /^Military Forces of Syria/.test(r.actor1 ?? '')), show(rs));
  assert.ok(rs.every((r) => !/Hezbollah|Russia/.test(sides(r))), show(rs));
});

test('a side not in a backer list keeps its role', () => {
  const rs = current('BEIRUT (Sitrep Wire) - Hezbollah fighters and Syrian troops captured the village of Tal Hamra on Monday, state media said.');
  assert.ok(rs.some((r) => /Hezbollah|Syria/.test(r.actor1 ?? '')), show(rs));
});

test('the group another has sworn allegiance to is no side; the sworn group keeps its own name', () => {
  const rs = current('MANILA (Sitrep Wire) - Militants of the Abu Sayyaf, a group that has pledged allegiance to Islamic State, attacked an army outpost on Jolo island on Sunday, killing two soldiers.');
  assert.ok(rs.length > 0, show(rs));
  assert.ok(rs.every((r) => !/Islamic State/.test(sides(r))), show(rs));
  // (with no group named before it, the one sworn to is the side: "fighters who pledged allegiance to Islamic State attacked")
  const alone = current('MANILA (Sitrep Wire) - Islamic State fighters attacked an army outpost on Jolo island on Sunday, killing two soldiers.');
  assert.ok(alone.some((r) => /Islamic State/.test(sides(r))), show(alone));
});

test('", and" closes a backing aside: the side after it is the other side of the clash', () => {
  const rs = current('ALEPPO (Sitrep Wire) - Clashes broke out on Monday between the Levant Front, supported by the Hamza Division, and Ahrar al-Sham in Afrin, a monitor said.');
  assert.ok(rs.some((r) => /Ahrar al Sham/.test(sides(r))), show(rs));
});

// (actors25) the backer rule read its own sentence only, and a backing aside ran on past its closing comma
test('the side after a backing aside and its verb is the target, not a backer ("…, aided by coalition air strikes, attacked X")', () => {
  const rs = current('RAQQA (Sitrep Wire) - The U.S.-led coalition said on Monday that its campaign was near its end. The Kurdish YPG, aided by coalition air strikes, attacked Islamic State positions near Tabqa on Monday.');
  assert.ok(rs.some((r) => r.event_type === 'Battles' && /Islamic State/.test(r.actor2 ?? '')), show(rs));
  assert.ok(rs.every((r) => !/Coalition/.test(r.actor2 ?? '')), show(rs));
});

test('a leading backing phrase ends at its comma: the subject after it acts', () => {
  const rs = current('RAQQA (Sitrep Wire) - The U.S.-led coalition said on Monday that its campaign was near its end. Backed by coalition air strikes, the Kurdish YPG clashed with gunmen near Tabqa on Monday.');
  assert.ok(rs.some((r) => r.event_type === 'Battles' && /YPG|People's Protection/.test(r.actor1 ?? '')), show(rs));
});

test('a backer the event sentence names is never the opponent taken from a sentence before it', () => {
  const rs = current('RAQQA (Sitrep Wire) - The U.S.-led coalition said on Monday that its campaign was near its end. The Kurdish YPG, aided by coalition air strikes, fought its way into the old city of Tabqa on Monday.');
  assert.ok(rs.some((r) => r.event_type === 'Battles'), show(rs));
  assert.ok(rs.every((r) => !/Coalition/.test(sides(r))), show(rs));
});
