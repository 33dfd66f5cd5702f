// Issue 10 (actors11): a state's named unit (the Peshmerga, the Houthis' state name) and that state's plain troops are
// two sides of an event, never one force named twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import type { EventRecord } from '../../model/record.ts';
import type { Actor } from '../../model/actor.ts';
import { isStateUnit, unitApart } from './factions.ts';

const ex = createExtractor();
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const events = (text: string, published = '2017-05-10'): EventRecord[] => ex.extract(art(text, published)).records;
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));
const actor = (id: string, name: string): Actor => ({ id, name, inter: 1, country: 'IQ', kind: 'state' });

test('a unit named after its state is told apart from the state forces themselves', () => {
  assert.equal(isStateUnit(actor('peshmerga', 'Military Forces of Iraq (2020-) Peshmerga')), true);
  assert.equal(isStateUnit(actor('iraq', 'Military Forces of Iraq (2020-)')), false);
  assert.equal(isStateUnit(actor('m', 'Military Forces of {country}')), false);
  assert.equal(unitApart(actor('peshmerga', 'Military Forces of Iraq (2020-) Peshmerga'), actor('m', 'Military Forces of {country}')), true);
  assert.equal(unitApart(actor('iraq', 'Military Forces of Iraq (2020-)'), actor('m', 'Military Forces of {country}')), false);
});

test('Peshmerga fighting government forces: the government forces stay the second side', () => {
  const rs = events('KIRKUK, Iraq (Sitrep Wire) - Peshmerga fighters clashed with government forces south of Kirkuk on Monday, officials said.');
  const clash = rs.find((r) => r.sub_event_type === 'Armed clash');
  assert.ok(clash, show(rs));
  assert.match(clash.actor1 ?? '', /Peshmerga/);
  assert.match(clash.actor2 ?? '', /^Military Forces of Iraq/);
  assert.doesNotMatch(clash.actor2 ?? '', /Peshmerga/);
});

test('Houthi fighters attacking government troops: the troops stay the second side', () => {
  const rs = events('ADEN (Sitrep Wire) - Houthi fighters attacked government troops near Taiz on Monday, killing five soldiers, officials said.');
  const clash = rs.find((r) => r.event_type === 'Battles');
  assert.ok(clash, show(rs));
  assert.equal(clash.actor1, 'Ansar Allah (Houthis)');
  assert.match(clash.actor2 ?? '', /^Military Forces of Yemen/);
});

test('one state force named by its country and by "troops" is still one side', () => {
  const rs = events('DAMASCUS (Sitrep Wire) - The Syrian army shelled rebel positions in Daraa on Monday as troops advanced, a monitor said.');
  for (const r of rs) if (r.actor1 && r.actor2) assert.notEqual(r.actor1.replace(/ \(.*\)/, ''), r.actor2.replace(/ \(.*\)/, ''), show(rs));
});
