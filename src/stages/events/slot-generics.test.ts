// Issue 10 (actors11): bare armed men in an argument slot ("militants attacked", "killed 12 militants") that the story
// ties to no named group fill that slot as the unidentified armed group of the event's country; a group the story names
// is still preferred.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import type { EventRecord } from '../../model/record.ts';

const ex = createExtractor();
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const events = (text: string, published = '2017-05-10'): EventRecord[] => ex.extract(art(text, published)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('unnamed militants as the subject are the unidentified armed group', () => {
  const rs = events('MOGADISHU (Sitrep Wire) - Militants stormed a military checkpoint in Lower Shabelle on Monday, killing five soldiers, officials said.');
  const e = rs.find((r) => r.event_type === 'Battles');
  assert.ok(e, show(rs));
  assert.equal(e.actor1, 'Unidentified Armed Group (Somalia)');
  assert.match(e.actor2 ?? '', /^Military Forces of Somalia/);
});

test('unnamed militants as the object are the second side', () => {
  const rs = events('BAGHDAD (Sitrep Wire) - Iraqi troops killed 12 militants near Tikrit on Monday, the army said.');
  const e = rs.find((r) => r.event_type === 'Battles');
  assert.ok(e, show(rs));
  assert.match(e.actor1 ?? '', /^Military Forces of Iraq/);
  assert.equal(e.actor2, 'Unidentified Armed Group (Iraq)');
});

test('militants the story names stay that group', () => {
  const rs = events('MAIDUGURI, Nigeria (Sitrep Wire) - Boko Haram fighters raided a village near Maiduguri on Sunday. On Monday Nigerian troops clashed with the militants near Bama, the army said.');
  const e = rs.find((r) => r.event_type === 'Battles' && r.location !== null && /Bama/.test(r.location));
  assert.ok(e, show(rs));
  assert.doesNotMatch(`${e.actor1} ${e.actor2}`, /Unidentified/);
});

test('unnamed rebels fighting troops keep the rebels generic of the country', () => {
  const rs = events('DARAA, Syria (Sitrep Wire) - Syrian troops clashed with rebels near Daraa on Monday, a monitor said.');
  const e = rs.find((r) => r.sub_event_type === 'Armed clash');
  assert.ok(e, show(rs));
  assert.match(e.actor1 ?? '', /^Military Forces of Syria/);
  assert.equal(e.actor2, 'Opposition Rebels (Syria)');
});

test('a strike on unnamed armed men has them as its target, and "the army" of a one-country story is its military', () => {
  const rs = events('CAIRO (Sitrep Wire) - The army killed 14 militants in an air strike on their hideout in north Sinai on Monday, the military said.');
  const e = rs.find((r) => r.sub_event_type === 'Air/drone strike');
  assert.ok(e, show(rs));
  assert.match(e.actor1 ?? '', /^Military Forces of Egypt/);
  assert.equal(e.actor2, 'Unidentified Armed Group (Egypt)');
});

test('a strike with no armed men in its target slot keeps an unnamed target', () => {
  const rs = events('SANAA (Sitrep Wire) - An air strike hit a wedding hall in Hajjah on Monday, killing 20 guests, residents said.');
  const e = rs.find((r) => r.sub_event_type === 'Air/drone strike');
  assert.ok(e, show(rs));
  assert.doesNotMatch(e.actor2 ?? '', /Unidentified Armed Group/);
});
