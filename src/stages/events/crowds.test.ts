// Issue 10 (wtype10): crowds are coded by what they are. Fighting between unarmed crowds is a riot, not a battle; a
// crowd the text names by a people ("Palestinians", "Israeli settlers") carries that people's country, not the place's.
// Also: an attack told only as "an attack" whose weapon the next sentences tell is typed by the weapon.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import type { EventRecord } from '../../model/record.ts';

const ex = createExtractor();
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const events = (text: string, published = '2017-10-20'): EventRecord[] => ex.extract(art(text, published)).records;
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('rival demonstrators who clash are a violent demonstration, not an armed clash', () => {
  const rs = events('PORTLAND, Ore. (Sitrep Wire) - Supporters of the governor clashed with counter-protesters at a rally in Portland on Sunday, and four people were hurt.');
  assert.ok(!rs.some((r) => r.event_type === 'Battles'), show(rs));
  assert.ok(rs.some((r) => r.event_type === 'Riots' && r.actor1?.startsWith('Rioters')), show(rs));
});

test('soldiers who clash with militants stay a battle', () => {
  const rs = events('MOGADISHU (Sitrep Wire) - Somali soldiers clashed with al Shabaab fighters near Afgoye on Sunday, killing five militants.');
  assert.ok(rs.some((r) => r.sub_event_type === 'Armed clash'), show(rs));
});

test('a people named as the protesters labels the crowd with its own country', () => {
  const rs = events('RAMALLAH (Sitrep Wire) - Thousands of Palestinians protested in Hebron on Friday against the new settlement plan.');
  const p = rs.find((r) => r.event_type === 'Protests');
  assert.ok(p, show(rs));
  assert.equal(p.actor1, 'Protesters (Palestine)');
});

test('a people named as the rioters labels the rioters with its own country, and is no longer their target', () => {
  const rs = events('JERUSALEM (Sitrep Wire) - Israeli police said hundreds of Palestinians threw rocks at officers near Jerusalem\'s Old City on Friday.');
  const r = rs.find((x) => x.event_type === 'Riots');
  assert.ok(r, show(rs));
  assert.equal(r.actor1, 'Rioters (Palestine)');
  assert.notEqual(r.actor2, 'Civilians (Palestine)');
});

test('an attack the lead leaves bare and the next sentences tell as a suicide bombing is one suicide bomb', () => {
  const rs = events('BEIRUT (Sitrep Wire) - Islamic State said two of its fighters carried out an attack on a police checkpoint in Homs on Sunday, killing nine policemen. The militants opened fire on the guards. One of them then blew himself up at the gate.');
  assert.ok(rs.some((r) => r.sub_event_type === 'Suicide bomb'), show(rs));
  assert.ok(!rs.some((r) => r.sub_event_type === 'Armed clash'), show(rs));
});
