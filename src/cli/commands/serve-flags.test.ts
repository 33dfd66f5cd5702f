import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../server/listen.ts';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { makeStoredArticle, makeStoredEvent } from '../../store/store-contract.ts';
import type { Store } from '../../store/store.ts';
import { parse } from '../args.ts';
import { SERVE_OPTIONS, serveSettings } from './serve.ts';

/** Issue 14: the request/header timeouts and the export cap are `sitrep serve` flags, and reach the server. */

const settingsOf = (args: string[]) => serveSettings(parse(args, SERVE_OPTIONS).values);

describe('sitrep serve: timeout and export-cap flags', () => {
  let store: Store;
  before(async () => {
    store = await openSqliteStore(':memory:');
    const events = Array.from({ length: 600 }, (_, i) => makeStoredEvent({ event_id: `e${i}`, doc_id: 'd' }));
    await store.saveArticle(makeStoredArticle({ doc_id: 'd', event_ids: events.map((e) => e.event_id) }), events);
  });
  after(async () => store.close());

  test('defaults: 30 s for a request, 10 s for its headers, 4 exports at once, 1 read worker', () => {
    const s = settingsOf([]);
    assert.deepEqual([s.requestTimeoutMs, s.headersTimeoutMs, s.maxConcurrentExports, s.readWorkers], [30_000, 10_000, 4, 2]);
    const t = settingsOf(['--request-timeout', '2.5', '--headers-timeout', '0.5', '--max-exports', '1', '--read-workers', '0']);
    assert.deepEqual([t.requestTimeoutMs, t.headersTimeoutMs, t.maxConcurrentExports, t.readWorkers], [2500, 500, 1, 0]);
  });

  test('refuses values that would disable or invert a limit', () => {
    for (const args of [
      ['--request-timeout', '0'], ['--request-timeout', 'ten'], ['--request-timeout', '-1'], ['--headers-timeout', '1e3'],
      ['--request-timeout', '5', '--headers-timeout', '6'], ['--max-exports', '0'], ['--max-exports', '1.5'], ['--max-exports', 'x'],
      ['--read-workers', '-1'], ['--read-workers', '17'], ['--read-workers', 'two'],
    ]) {
      assert.throws(() => settingsOf(args), /--(request|headers)-timeout|--max-exports|--read-workers/, args.join(' '));
    }
  });

  test('the server started with the flags caps exports and cuts off a trickling body', { timeout: 20_000 }, async () => {
    const s = settingsOf(['--port', '0', '--request-timeout', '1', '--headers-timeout', '0.5', '--max-exports', '1', '--token', 'test-token-0123456789']);
    const server = await startServer(store, s);
    try {
      const first = await fetch(`${server.url}api/export.csv`);
      assert.equal(first.status, 200);
      const second = await fetch(`${server.url}api/export.geojson`);
      assert.equal(second.status, 503, 'a second export while one streams');
      await second.body?.cancel();
      await first.text();
      const { port } = new URL(server.url);
      const t0 = Date.now();
      const closedAfter = await new Promise<number>((resolve, reject) => {
        const giveUp = setTimeout(() => reject(new Error('still open after 10 s')), 10_000);
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write('POST /api/ingest HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer test-token-0123456789\r\nContent-Length: 100000\r\n\r\n{"text":"');
          const drip = setInterval(() => socket.write('a'), 100);
          socket.on('close', () => {
            clearInterval(drip);
            clearTimeout(giveUp);
            resolve(Date.now() - t0);
          });
        });
        socket.on('error', () => undefined);
      });
      assert.ok(closedAfter < 5000, `closed after ${closedAfter} ms (the default would be 30 s)`);
    } finally {
      await server.close();
    }
  });
});
