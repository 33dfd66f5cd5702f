// actors17: a name no lexicon knows is an actor of the kind its apposition, its "known as" noun or its trailing kind
// noun says (lexicons/actor-kind-heads.jsonl). Sentences and group names invented for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { loadActorLexicon } from './lexicon.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const actorOf = (text: string, surface: string) => actorMentions(text).find((m) => m.text === surface)?.actor ?? null;
const ex = createExtractor();
const art = storyOn('2017-03-07');
const current = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2, r.location]));

test('an appositive kind noun types the name before it', () => {
  const a = actorOf('Fighters of the Nawasi Force, a Salafist-led armed group, attacked a checkpoint in Misrata.', 'Nawasi Force');
  assert.equal(a?.name, 'Nawasi Force');
  assert.equal(a?.inter, 3);
  const r = actorOf('The Barqa Liberation Front, a separatist group based in the east, claimed the attack.', 'Barqa Liberation Front');
  assert.equal(r?.kind, 'rebel');
  assert.equal(r?.inter, 2);
  // the appositive itself is the same group, not an unidentified one
  assert.equal(actorOf('Fighters of the Nawasi Force, a Salafist-led armed group, attacked a checkpoint in Misrata.', 'a Salafist-led armed group')?.name, 'Nawasi Force');
});

test('"known as" and a trailing kind noun type the name', () => {
  assert.equal(actorOf('A militia known as the Hamza Guards attacked a village near Baquba on Saturday.', 'Hamza Guards')?.kind, 'militia');
  assert.equal(actorOf('A radical group calling itself Sacred Dawn - New Order set fire to a cinema in Tver.', 'Sacred Dawn - New Order')?.name, 'Sacred Dawn - New Order');
  assert.equal(actorOf('Gunmen from the Zawiya Shield militia clashed with rivals near the port.', 'Zawiya Shield militia')?.name, 'Zawiya Shield Militia');
  // a bare "group" names an armed side only after a word that says so: an activist group is a source
  assert.equal(actorOf('An activist group known as the Valley Witness Network said 12 people were killed.', 'Valley Witness Network'), null);
  // "Gunmen from" the militia are its men
  assert.equal(actorOf('Gunmen from the Zawiya Shield militia clashed with rivals near the port.', 'Gunmen')?.name, 'Zawiya Shield Militia');
});

test('later bare mentions of a typed name are the same actor', () => {
  const ms = actorMentions('The Nawasi Force, an armed group, took over the port. Nawasi Force fighters later withdrew.');
  assert.equal(ms.filter((m) => m.actor?.name === 'Nawasi Force').length >= 3, true, JSON.stringify(ms.map((m) => [m.text, m.actor?.name])));
});

test('no typing for places, persons, dates, peoples or lexicon names', () => {
  // a place governed by a preposition, a date, a person described by his role
  const place = actorMentions('In Misrata, an armed group based in the port attacked a convoy.');
  assert.ok(!place.some((m) => m.actor?.name === 'Misrata'), JSON.stringify(place.map((m) => [m.text, m.actor?.name])));
  const date = actorMentions('On Monday, a militia attacked a convoy.');
  assert.ok(!date.some((m) => m.actor?.name === 'Monday'), JSON.stringify(date.map((m) => [m.text, m.actor?.name])));
  const person = actorMentions('Omar Fadel, a commander of an armed group, was killed on Monday.');
  assert.ok(!person.some((m) => m.actor?.name === 'Omar Fadel'), JSON.stringify(person.map((m) => [m.text, m.actor?.name])));
  const role = actorMentions('Omar Fadel, a militia commander, was killed on Monday.');
  assert.ok(!role.some((m) => m.actor?.name === 'Omar Fadel'), JSON.stringify(role.map((m) => [m.text, m.actor?.name])));
  // a people's word is no group's name; a lexicon name keeps its entry
  assert.equal(actorOf('A Kurdish militia clashed with the army.', 'Kurdish militia'), null);
  assert.equal(actorOf('Hezbollah, an Iranian-backed armed group, sent fighters to the border.', 'Hezbollah')?.id, 'hezbollah');
});

test('a typed group is the side that acted in the event', () => {
  const rs = current('MISRATA (Sitrep Wire) - Fighters of the Nawasi Force, a Salafist-led armed group, attacked an army checkpoint in Misrata on Monday, killing two soldiers, officials said.');
  assert.ok(rs.some((r) => r.actor1 === 'Nawasi Force'), show(rs));
});

test('a town read out of a group\'s given name is no scene, even against the dateline', () => {
  const rs = current('MOSCOW (Sitrep Wire) - Police detained the leader of a radical group called Orthodox Dawn - Holy Rus on Saturday on suspicion of threatening cinemas.');
  assert.ok(rs.length > 0, show(rs));
  assert.ok(rs.every((r) => r.location === 'Moscow'), show(rs));
});

test('actor-kind-heads.jsonl: kinds and inter codes agree with ACLED', () => {
  const lex = loadActorLexicon();
  assert.ok(lex.kindHeads.length > 0);
  for (const h of lex.kindHeads) assert.equal(h.inter, h.kind === 'militia' ? 3 : 2, JSON.stringify(h.heads));
  const heads = lex.kindHeads.flatMap((h) => h.heads.map((w) => w.toLowerCase()));
  assert.equal(new Set(heads).size, heads.length, 'a head noun is listed twice');
  // political parties are associated actors in ACLED, never typed as the side that acted
  assert.ok(!heads.some((w) => /\bparty\b/.test(w)));
});

test('a typed name\'s bracketed short form and its long form alone are the same actor later', () => {
  const ms = actorMentions('The Harbour Guard Force (Nisr), an armed group, raided the port. A man fired on a Nisr patrol. The Harbour Guard Force denied it.');
  const named = ms.filter((m) => m.actor?.name === 'Harbour Guard Force (Nisr)').map((m) => m.text);
  assert.ok(named.includes('Nisr') && named.includes('Harbour Guard Force'), JSON.stringify(ms.map((m) => [m.text, m.actor?.name])));
});

test('the agent of a passive is a group typed after "by"', () => {
  const rs = current('MOSUL (Sitrep Wire) - On 3 March, a rocket attack was carried out by a militant group called Ahrar Qandil targeting a Turkish army base near Bashiqa. There were no casualties.');
  assert.ok(rs.some((r) => r.actor1 === 'Ahrar Qandil'), show(rs));
});
