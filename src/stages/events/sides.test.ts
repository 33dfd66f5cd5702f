// Issue 10 (actors6): the side a sentence leaves unsaid, filled by ACLED convention or by the armed side named beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import type { EventRecord } from '../../model/record.ts';

const ex = createExtractor();
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const events = (text: string, published = '2017-10-20'): EventRecord[] => ex.extract(art(text, published)).records;
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('a bombing whose target the text leaves unnamed hit civilians (ACLED convention)', () => {
  const rs = events('LYON (Sitrep Wire) - A bomb exploded on a crowded tram in Lyon on Friday, injuring 22 people, police said.');
  const bomb = rs.find((r) => r.sub_event_type === 'Remote explosive/landmine/IED');
  assert.ok(bomb, show(rs));
  assert.equal(bomb.actor2, 'Civilians (France)');
});

test('a named target of a bombing stays the target', () => {
  const rs = events('KABUL (Sitrep Wire) - A roadside bomb struck an Afghan army convoy in Kandahar province on Tuesday, killing three soldiers, officials said.');
  const bomb = rs.find((r) => r.sub_event_type === 'Remote explosive/landmine/IED');
  assert.ok(bomb, show(rs));
  assert.match(bomb.actor2 ?? '', /Military Forces of Afghanistan/);
});

test('a capture told from one side was taken from the group whose stronghold it was', () => {
  const rs = events('BAGHDAD (Sitrep Wire) - Iraqi troops captured the town of Rawa on Friday, the last stronghold of Islamic State in Anbar province, after a three-day offensive.');
  const taken = rs.find((r) => r.event_type === 'Battles');
  assert.ok(taken, show(rs));
  assert.match(taken.actor1 ?? '', /Military Forces of Iraq/);
  assert.equal(taken.actor2, 'Islamic State');
});

test('the opponent of a one-sided battle is the armed side named in the sentence before, never an ally', () => {
  const rs = events('Islamic State fighters had held the town of Rawa since 2014.\n\nThe town fell on Friday in an offensive by Iraqi government troops and Shi\'ite paramilitary groups.');
  const taken = rs.find((r) => r.event_type === 'Battles' && !r.historical);
  assert.ok(taken, show(rs));
  assert.match(taken.actor1 ?? '', /Military Forces of Iraq/);
  assert.equal(taken.actor2, 'Islamic State');
});

test('a state force backed by another is not its opponent', () => {
  const rs = events('Syrian troops backed by Russian air power recaptured the town of Mayadin from the militants on Saturday.');
  const taken = rs.find((r) => r.event_type === 'Battles');
  assert.ok(taken, show(rs));
  assert.doesNotMatch(taken.actor2 ?? '', /Russia/);
});

test('an actor of the main clause did not act in an adverbial clause with a subject of its own', () => {
  const drones = events('PESHAWAR (Sitrep Wire) - U.S. drones fired missiles on Taliban hideouts in Kurram on Monday, killing 20 people, officials said.\n\nNo senior militants were in the compound when the drones struck, a Taliban commander said.');
  for (const r of drones.filter((x) => x.sub_event_type === 'Air/drone strike')) assert.notEqual(r.actor1, 'Taliban', show(drones));
  const jets = events('Islamic State fighters were inside the school when the jets bombed it, residents said.');
  for (const r of jets) assert.notEqual(r.actor1, 'Islamic State', show(jets));
  const soldiers = events('Islamic State fighters were in the town when the soldiers attacked on Monday.');
  for (const r of soldiers) assert.notEqual(r.actor1, 'Islamic State', show(soldiers));
});

test('fighters loyal to a named actor are that actor, as agent of a passive or as subject', () => {
  const passive = events('TUNIS (Sitrep Wire) - The bodies of 12 men found near Benghazi appear to have been executed by armed groups loyal to the Libyan National Army, a rights group said on Wednesday.', '2017-11-29');
  const killing = passive.find((r) => r.sub_event_type === 'Attack');
  assert.ok(killing, show(passive));
  assert.match(killing.actor1 ?? '', /Libyan National Army/);
  const active = events('Fighters loyal to the Libyan National Army attacked a checkpoint in Benghazi on Tuesday, killing five civilians.', '2017-11-29');
  assert.ok(active.some((r) => /Libyan National Army/.test(r.actor1 ?? '')), show(active));
});

test('a group driven out by an unnamed side lost the ground to the government, which ACLED always names', () => {
  const rs = events('MOGADISHU (Sitrep Wire) - The militants of al Shabaab were driven out of Kismayo on Sunday, residents said.', '2017-10-16');
  const taken = rs.find((r) => r.event_type === 'Battles');
  assert.ok(taken, show(rs));
  assert.equal(taken.sub_event_type, 'Government regains territory');
  assert.equal(taken.actor1, 'Military Forces of Somalia');
  assert.equal(taken.actor2, 'Al Shabaab');
});

test('where a sentence names two armed groups, the one right after the side that acted is its opponent', () => {
  const rs = events('Since the United States invaded Afghanistan and toppled the Taliban government for giving al Qaeda a sanctuary, there has been no end to the fighting.', '2017-08-22');
  const fight = rs.find((r) => r.event_type === 'Battles');
  assert.ok(fight, show(rs));
  assert.match(fight.actor1 ?? '', /United States/);
  assert.equal(fight.actor2, 'Taliban');
});

test('an arrest of princes and ministers holds the government, not civilians (ACLED convention)', () => {
  const purge = events('RIYADH (Sitrep Wire) - Saudi security forces detained dozens of people in Riyadh on Saturday. Among them were 11 princes as well as ministers and wealthy businessmen.', '2017-11-05');
  const held = purge.find((r) => r.sub_event_type === 'Arrests');
  assert.ok(held, show(purge));
  assert.equal(held.actor2, 'Government of Saudi Arabia');
  const clerics = events('RIYADH (Sitrep Wire) - Saudi security forces detained dozens of people in Riyadh on Saturday. Among them were clerics and activists.', '2017-11-05');
  assert.equal(clerics.find((r) => r.sub_event_type === 'Arrests')?.actor2, 'Civilians (Saudi Arabia)');
});
