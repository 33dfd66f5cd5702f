// Issue 13, items 4–6: classes of coding error seen in the demo and the README's example, each on text of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import type { EventRecord } from '../../model/record.ts';

const ex = createExtractor();
const art = (text: string, published = '2023-05-03'): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const events = (text: string, published?: string): EventRecord[] => ex.extract(art(text, published)).records;

test('a figure claimed by the other side of a one-sided strike is not that strike\'s toll', () => {
  const rs = events('OUAGADOUGOU (Sitrep Wire) - The army said on Tuesday that its air strikes had killed about 20 fighters near the town of Djibo on Monday.\n\nThe Islamist group JNIM said its fighters had killed 15 soldiers near Djibo.');
  const strike = rs.find((r) => r.sub_event_type === 'Air/drone strike');
  assert.ok(strike, JSON.stringify(rs.map((r) => r.sub_event_type)));
  assert.equal(strike.fatalities, 20);
  assert.ok(strike.claims.every((c) => c.claimant !== 'OUAGADOUGOU'), 'the dateline city is not a claimant');
});

test('figures for two sides from one party and its spokesman add up', () => {
  const rs = events('The SDF said on Wednesday it had regained control of the prison in Hasaka from Islamic State.\n\nSDF spokesman Farhad Shami said more than 100 militants were killed during the battle. The SDF said 40 of its fighters died.', '2022-01-26');
  assert.ok(rs.some((r) => r.fatalities === 140), JSON.stringify(rs.map((r) => [r.sub_event_type, r.fatalities])));
});

test('rockets fired at army positions are a shelling of the army', () => {
  const rs = events('Rebel fighters of the National Front for Liberation fired rockets at army positions near Saraqeb in Idlib province, Syria, on Tuesday, the monitor said.', '2023-03-15');
  const e = rs.find((r) => r.sub_event_type === 'Shelling/artillery/missile attack');
  assert.ok(e, 'no shelling event');
  assert.match(e.actor1 ?? '', /National Front for Liberation/);
  assert.match(e.actor2 ?? '', /Military Forces of Syria/);
});

test('an actor of a later subordinate clause is not the target', () => {
  const rs = events('Islamic State seized large parts of northern Iraq in 2014 before it was defeated by Iraqi forces backed by a U.S.-led coalition three years later.', '2022-09-06');
  for (const r of rs) assert.notEqual(r.actor2, 'Global Coalition Against Daesh', JSON.stringify(r));
});

test('one actor is never both sides, and a background date comes from its own clause', () => {
  const rs = events("Islamic State's capture in 2014 of Al-Bukamal erased the border.\n\nThe New Syria Army was formed some 18 months ago from insurgents driven from eastern Syria at the height of Islamic State's rapid expansion in 2014.", '2016-06-29');
  for (const r of rs) assert.ok(r.actor1 === null || r.actor1 !== r.actor2, `${r.actor1} vs ${r.actor2}`);
  const capture = rs.find((r) => r.sub_event_type === 'Non-state actor overtakes territory');
  assert.ok(capture, JSON.stringify(rs.map((r) => r.sub_event_type)));
  assert.equal(capture.event_date, '2014-01-01');
  assert.equal(capture.event_date_end, '2014-12-31');
});

test('a trigger that names its own agent does not take another actor of the sentence as the striker', () => {
  const rs = events('Hundreds of militants surrendered to the SDF after coalition air strikes and a ground assault on Tuesday, the group said.', '2022-01-26');
  for (const r of rs.filter((x) => x.sub_event_type === 'Air/drone strike')) assert.doesNotMatch(r.actor1 ?? '', /Syrian Democratic Forces/);
});

test('a line holding only a date is the story\'s date, not the lead event\'s', () => {
  const rs = events('Five killed as artillery fire hits market\n\nMarch 15, 2023\n\nIDLIB, Syria (Sitrep Wire) - Artillery fire by Syrian army units hit a market in the town of Ariha on Tuesday, killing five civilians.\n\nResidents said the shells landed shortly before noon.', '2023-03-15');
  const shelling = rs.filter((r) => r.sub_event_type === 'Shelling/artillery/missile attack');
  assert.equal(shelling.length, 1, JSON.stringify(shelling.map((r) => r.event_date)));
  assert.equal(shelling[0].event_date, '2023-03-14');
  assert.match(shelling[0].actor1 ?? '', /Military Forces of Syria/, 'artillery fire by X: X fired');
});
