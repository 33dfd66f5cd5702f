import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { makeStoredArticle, makeStoredEvent } from '../store/store-contract.ts';
import type { Store } from '../store/store.ts';
import { createApp } from './app.ts';
import { startServer } from './listen.ts';

/** Issue 14, item 10 over HTTP: cursor paging, the cap on concurrent exports, request timeouts. */

const N = 2500;

describe('paging, export limits and timeouts', () => {
  let store: Store;
  before(async () => {
    store = await openSqliteStore(':memory:');
    const events = Array.from({ length: N }, (_, i) =>
      makeStoredEvent({ event_id: `e${String(i).padStart(5, '0')}`, doc_id: 'big', event_date: `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, fatalities: i % 9 }));
    await store.saveArticle(makeStoredArticle({ doc_id: 'big', event_ids: events.map((e) => e.event_id) }), events);
  });
  after(async () => store.close());

  test('next_cursor pages through every event, in the order offset gives, and refuses misuse', async () => {
    const app = createApp(store);
    const byOffset: string[] = [];
    for (let offset = 0; offset < N; offset += 1000) {
      const r = (await (await app.request(`/api/events?sort=-fatalities&limit=1000&offset=${offset}`)).json()) as { events: { event_id: string }[] };
      byOffset.push(...r.events.map((e) => e.event_id));
    }
    const byCursor: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Response = await app.request(`/api/events?sort=-fatalities&limit=700${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(res.status, 200);
      const r = (await res.json()) as { next_cursor: string | null; events: { event_id: string }[] };
      byCursor.push(...r.events.map((e) => e.event_id));
      cursor = r.next_cursor;
    } while (cursor);
    assert.equal(byCursor.length, N);
    assert.deepEqual(byCursor, byOffset);
    const first = (await (await app.request('/api/events?limit=5')).json()) as { next_cursor: string };
    for (const bad of [`cursor=${first.next_cursor}&offset=5`, `cursor=${first.next_cursor}&sort=fatalities`, 'cursor=not-a-cursor', 'cursor=WzEsMiwzXQ']) {
      assert.equal((await app.request(`/api/events?${bad}`)).status, 400, bad);
    }
  });

  test('exports past the concurrent limit get 503 with Retry-After; a finished or dropped one frees its slot', async () => {
    const app = createApp(store, { maxConcurrentExports: 2 });
    const a = await app.request('/api/export.csv');
    const b = await app.request('/api/export.geojson');
    assert.equal(a.status, 200);
    assert.equal(b.status, 200);
    const c = await app.request('/api/export.csv');
    assert.equal(c.status, 503);
    assert.equal(c.headers.get('retry-after'), '2');
    assert.equal(((await c.json()) as { error: { code: string } }).error.code, 'E_BUSY');
    assert.equal((await app.request('/api/stats')).status, 200, 'other routes still answer');
    const csv = await a.text();
    assert.equal(csv.trim().split('\n').length, N + 1, 'streamed whole');
    await b.body!.cancel();
    const d = await app.request('/api/export.geojson');
    assert.equal(d.status, 200);
    assert.equal(((await d.json()) as { features: unknown[] }).features.length, N);
  });

  test('a request whose body trickles in is cut off at the request timeout', { timeout: 20_000 }, async () => {
    const server = await startServer(store, { port: 0, host: '127.0.0.1', token: 'test-token-0123456789', requestTimeoutMs: 1000, headersTimeoutMs: 500 });
    try {
      const { port } = new URL(server.url);
      const t0 = Date.now();
      const closedAfter = await new Promise<number>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write('POST /api/ingest HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer test-token-0123456789\r\nContent-Length: 100000\r\n\r\n{"text":"');
          const drip = setInterval(() => socket.write('a'), 100);
          socket.on('close', () => {
            clearInterval(drip);
            resolve(Date.now() - t0);
          });
        });
        socket.on('error', () => undefined);
        setTimeout(() => reject(new Error('still open after 10 s')), 10_000);
      });
      assert.ok(closedAfter < 5000, `closed after ${closedAfter} ms`);
    } finally {
      await server.close();
    }
  });
});
