import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { createApp } from './app.ts';
import { makeArticle, makeEvent } from './testing/fixtures.ts';

async function get(app: Hono, path: string): Promise<{ status: number; body: any }> {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
}

describe('insight routes', () => {
  let store: Store;
  let app: Hono;
  before(async () => {
    store = await openSqliteStore(':memory:');
    await store.saveArticle(makeArticle({ doc_id: 'a1', text: 'x', event_ids: ['e1', 'e2', 'e3', 'e4'] }), [
      makeEvent({ event_id: 'e1', doc_id: 'a1', event_date: '2023-03-14', event_date_end: '2023-03-14', fatalities: 5, actor1: 'Islamic State', actor2: 'Military Forces of Syria (2000-)' }),
      makeEvent({ event_id: 'e2', doc_id: 'a1', event_date: '2023-03-14', event_date_end: '2023-03-14', fatalities: null, event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Syria)', actor2: null }),
      makeEvent({ event_id: 'e3', doc_id: 'a1', event_date: '2023-04-02', event_date_end: '2023-04-02', fatalities: 2, actor1: 'Islamic State', actor2: 'Islamic State' }),
      makeEvent({ event_id: 'e4', doc_id: 'a1', event_date: null, event_date_end: null, time_precision: 4, fatalities: 1, country: 'Iraq', iso3: 'IRQ', actor1: 'Islamic State', actor2: null }),
    ]);
    app = createApp(store);
  });
  after(() => store.close());

  test('summary counts events and fatalities by day and type, actor and country', async () => {
    const r = await get(app, '/api/summary');
    assert.equal(r.status, 200);
    assert.equal(r.body.total, 4);
    assert.equal(r.body.undated, 1);
    assert.deepEqual(
      r.body.days.map((d: any) => `${d.date} ${d.event_type} ${d.events}/${d.fatalities}`).sort(),
      ['2023-03-14 Battles 1/5', '2023-03-14 Protests 1/0', '2023-04-02 Battles 1/2', 'null Battles 1/1'],
    );
    assert.deepEqual(r.body.by_type.map((t: any) => [t.event_type, t.events, t.fatalities]), [['Battles', 3, 8], ['Protests', 1, 0]]);
    // an actor on both sides of one event counts that event once
    assert.deepEqual(r.body.by_actor[0], { actor: 'Islamic State', events: 3, fatalities: 8 });
    assert.deepEqual(r.body.by_country.map((t: any) => [t.country, t.events]), [['Syria', 3], ['Iraq', 1]]);
    assert.ok(r.body.taxonomy.Battles.includes('Armed clash'));
  });

  test('summary keeps every other country in its country list while one is chosen', async () => {
    const r = await get(app, '/api/summary?country=Iraq');
    assert.equal(r.body.total, 1);
    assert.deepEqual(r.body.countries, ['Iraq', 'Syria']);
    const bad = await get(app, '/api/summary?nope=1');
    assert.equal(bad.status, 400);
  });

  test('map labels: towns by size for the zoom level, and first-level regions', async () => {
    const levant = '35,32,43,37.5';
    const wide = await get(app, `/api/map/labels?bbox=${levant}&zoom=4`);
    assert.equal(wide.status, 200);
    const names = (r: { body: { labels: { name: string; kind: string }[] } }, kind: string) => r.body.labels.filter((l) => l.kind === kind).map((l) => l.name);
    assert.ok(names(wide, 'city').includes('Damascus') && names(wide, 'city').includes('Aleppo'), names(wide, 'city').join());
    assert.ok(!names(wide, 'city').includes('Arīḩā'), 'a small town waits for a closer zoom');
    assert.deepEqual(names(wide, 'admin1'), [], 'regions from zoom 5');
    const close = await get(app, '/api/map/labels?bbox=35.9,35.3,37.6,36.4&zoom=8');
    assert.ok(names(close, 'city').includes('Arīḩā'), 'Ariha, a district seat of unknown size, at zoom 8');
    assert.ok(names(close, 'admin1').includes('Idlib') && names(close, 'admin1').includes('Aleppo'), names(close, 'admin1').join());
    const idlib = close.body.labels.find((l: any) => l.kind === 'admin1' && l.name === 'Idlib');
    assert.ok(Math.abs(idlib.lat - 35.8) < 0.6 && Math.abs(idlib.lon - 36.6) < 0.6, `Idlib's label sits in Idlib: ${JSON.stringify(idlib)}`);
    // Leaflet's longitudes past 180 after panning round the world
    const wrapped = await get(app, `/api/map/labels?bbox=395,32,403,37.5&zoom=4`);
    assert.deepEqual(names(wrapped, 'city'), names(wide, 'city'));
    for (const q of ['bbox=1,2,3&zoom=4', 'bbox=35,40,43,37&zoom=4', 'bbox=35,32,43,37.5&zoom=x', 'bbox=35,32,43,37.5']) {
      assert.equal((await get(app, `/api/map/labels?${q}`)).status, 400, q);
    }
  });

  test('the OpenAPI description lists these routes', async () => {
    const r = await get(app, '/api/openapi.json');
    for (const p of ['/api/summary', '/api/map/labels', '/api/map/admin1-lines']) assert.ok(r.body.paths[p], p);
  });

  test('first-level boundary lines where they exist offline (the US states)', async () => {
    const r = await get(app, '/api/map/admin1-lines');
    assert.equal(r.status, 200);
    assert.equal(r.body.type, 'Topology');
    assert.ok(r.body.objects.states);
  });
});
