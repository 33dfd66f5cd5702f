// Issue 10 (actors24): people held who are a party's leaders, lawmakers or members are coded as their party, not as civilians.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';
import { heldPolitician, loadParties } from './held-politician.ts';

const ex = createExtractor();
const art = storyOn('2017-03-07');
const arrests = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical && r.sub_event_type === 'Arrests');
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));
const whole = (text: string) => ({ start: 0, end: text.length });
const civilians = { actor: { id: 'civilians', name: 'Civilians ({country})', inter: 7 as const, country: null, kind: 'civilians' }, mention: null };

test('a party leader held is the party (lexicon name)', () => {
  const rs = arrests('DHAKA (Sitrep Wire) - Police in Bangladesh arrested a senior leader of the opposition Bangladesh Nationalist Party in Dhaka on Monday, his lawyer said.');
  assert.ok(rs.some((r) => r.actor2 === 'BNP: Bangladesh Nationalist Party'), show(rs));
});

test('lawmakers from a party, the party before its people, and the event country choosing between namesakes', () => {
  const t = 'Police detained three lawmakers from the pro-Kurdish Peoples Democratic Party on Friday.';
  assert.equal(heldPolitician(t, whole(t), 'Arrests', civilians, 'TR')?.actor.name, "HDP: Peoples' Democratic Party");
  assert.equal(heldPolitician(t, whole(t), 'Arrests', civilians, 'NG')?.actor.name, 'PDP: Peoples Democratic Party');
  const u = 'Gunmen seized an APC ward chairman near his home on Sunday.';
  assert.equal(heldPolitician(u, whole(u), 'Abduction/forced disappearance', null, 'NG')?.actor.name, 'APC: All Progressives Congress');
});

test('"opposition leader" takes the one party the story calls the opposition, or the one it names so', () => {
  const t = 'Police arrested opposition leader Sam Dara at his home. His CNRP, the main opposition party, denied the charges.';
  assert.equal(heldPolitician(t, { start: 0, end: 46 }, 'Arrests', civilians, 'KH')?.actor.name, 'CNRP: Cambodia National Rescue Party');
  const u = 'Soldiers detained an opposition lawmaker on Monday, the opposition Green Hills Party said.';
  assert.equal(heldPolitician(u, whole(u), 'Arrests', null, 'XX')?.actor.name, 'Green Hills Party');
});

test('no party: a party official who speaks, a named group held, other events, people of no party', () => {
  const t = 'Police detained ten people over links to the militants, an AKP official said.';
  assert.equal(heldPolitician(t, whole(t), 'Arrests', civilians, 'TR'), null);
  const u = 'Police arrested a BNP leader.';
  const group = { actor: { id: 'islamic-state', name: 'Islamic State', inter: 2 as const, country: null, kind: 'jihadist' }, mention: null };
  assert.equal(heldPolitician(u, whole(u), 'Arrests', group, 'BD'), null);
  assert.equal(heldPolitician(u, whole(u), 'Attack', civilians, 'BD'), null);
  const v = 'Police arrested two farmers near the BNP office.';
  assert.equal(heldPolitician(v, whole(v), 'Arrests', civilians, 'BD'), null);
  const w = 'Police arrested an opposition leader on Monday.';
  assert.equal(heldPolitician(w, whole(w), 'Arrests', civilians, 'BD'), null);
});

test('party lexicon: unique ids, ACLED-style names, no alias written twice within one country', () => {
  const parties = loadParties();
  assert.ok(parties.length >= 30);
  assert.equal(new Set(parties.map((p) => p.id)).size, parties.length);
  const seen = new Set<string>();
  for (const p of parties) for (const a of p.aliases) {
    const key = `${p.country}:${a}`;
    assert.ok(!seen.has(key), key);
    seen.add(key);
  }
  for (const p of parties) if (/^[A-Z][A-Za-z-]*:/.test(p.name)) assert.ok(p.aliases.some((a) => p.name.startsWith(`${a}:`)) || p.name.includes(': '), p.name);
});
