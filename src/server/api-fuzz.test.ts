import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Hono } from 'hono';
import type { Extractor } from '../pipeline/extractor.ts';
import { openPgStore } from '../store/postgres/pg-store.ts';
import { pgTestGate, throwawayDatabases } from '../store/postgres/pg-test-db.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { makeStoredArticle, makeStoredEvent } from '../store/store-contract.ts';
import type { Store } from '../store/store.ts';
import { createApp } from './app.ts';

/**
 * Property tests of the HTTP API against both backends: hostile queries, paths and bodies get a
 * proper 4xx (or a correct 200), never a 5xx, never another file's bytes, and never change the store.
 */

const TOKEN = 'fuzz-token-0123456789';
const MAX_BODY = 64 * 1024;

const INJECTIONS = [
  "' OR '1'='1", "'; DROP TABLE events; --", '" OR ""="', ') UNION SELECT * FROM articles --', '%', '_', '\\', '%%_\\%',
  "1; DELETE FROM events", '$1', '?', ':name', '@x', "' || pg_sleep(5) --", "'; SELECT pg_sleep(5); --", '*', 'NEAR(a b)', 'a:* & b', '!x | y',
  '\u0000', '\uFFFF', '😀', 'a'.repeat(5000), '../../etc/passwd', '<script>alert(1)</script>',
];
const PARAMS = ['from', 'to', 'bbox', 'country', 'actor', 'event_type', 'sub_event_type', 'text', 'historical', 'min_fatalities', 'sort', 'limit', 'offset', 'bogus'];

const noExtraction: Extractor = {
  pipeline: undefined as never,
  deps: undefined as never,
  extract: () => ({ doc: undefined as never, records: [] }),
  *extractMany() {},
};

async function seed(store: Store): Promise<void> {
  await store.saveArticle(makeStoredArticle({ doc_id: 'doc-a', event_ids: ['ev-a'] }), [makeStoredEvent({ event_id: 'ev-a', doc_id: 'doc-a' })]);
  await store.saveArticle(makeStoredArticle({ doc_id: 'doc-b', event_ids: ['ev-b'] }), [
    makeStoredEvent({ event_id: 'ev-b', doc_id: 'doc-b', event_type: 'Protests', sub_event_type: 'Peaceful protest', country: 'Iraq', iso3: 'IRQ', latitude: 33.3, longitude: 44.4, notes: 'A march in Baghdad.' }),
  ]);
}

const gate = await pgTestGate();
const dbs = throwawayDatabases();
after(() => dbs.dropAll());

const backends: { name: string; skip: string | false; open: () => Promise<Store> }[] = [
  { name: 'sqlite', skip: false, open: () => openSqliteStore(':memory:') },
  { name: 'postgres', skip: gate.run ? false : gate.reason, open: async () => openPgStore(await dbs.create()) },
];

for (const backend of backends) {
  describe(`HTTP API under fuzzing (${backend.name})`, { skip: backend.skip }, () => {
    let store: Store;
    let app: Hono;
    let baseline: string;
    const logged: string[] = [];
    const snapshot = async () => JSON.stringify([await store.stats(), (await store.queryEvents({ historical: true, limit: 100 })).events]);

    before(async () => {
      store = await backend.open();
      await seed(store);
      app = createApp(store, { token: TOKEN, maxBodyBytes: MAX_BODY, makeExtractor: () => noExtraction, log: (m) => logged.push(m) });
      baseline = await snapshot();
    });
    after(async () => store?.close());

    const get = (url: string) => app.request(url);

    it('random and hostile query strings: 200 or 400, never 5xx, store unchanged', async () => {
      const value = fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.integer().map(String), fc.constantFrom('2022-01-20', '-1', '1e9', 'NaN', '35,35,42,37', '200,0,0,0', 'true', '-date'));
      const query = fc.array(fc.tuple(fc.constantFrom(...PARAMS), value), { maxLength: 5 });
      await fc.assert(
        fc.asyncProperty(query, fc.constantFrom('/api/events', '/api/actors', '/api/failures', '/api/export.csv', '/api/export.geojson', '/api/stats'), async (pairs, route) => {
          const qs = new URLSearchParams(pairs).toString();
          const res = await get(`${route}?${qs}`);
          assert.ok(res.status === 200 || res.status === 400, `${route}?${qs} gave ${res.status}: ${await res.clone().text()}`);
          const body = await res.text();
          if (res.status === 400) assert.equal(JSON.parse(body).error.code, 'E_USAGE');
          if (res.status === 200 && route === '/api/events') {
            const parsed = JSON.parse(body) as { total: number; events: unknown[] };
            assert.ok(parsed.total <= 2 && parsed.events.length <= 2, 'an injected filter never widens the result');
          }
        }),
        { numRuns: 300, seed: 11 },
      );
      assert.deepEqual(logged, [], 'no internal errors were logged');
      assert.equal(await snapshot(), baseline);
    });

    it('each injection string in each filter is matched literally', async () => {
      for (const param of ['country', 'actor', 'event_type', 'sub_event_type', 'text']) {
        for (const inj of INJECTIONS) {
          const res = await get(`/api/events?${new URLSearchParams({ [param]: inj })}`);
          assert.ok(res.status === 200 || res.status === 400, `${param}=${JSON.stringify(inj.slice(0, 40))} gave ${res.status}`);
          if (res.status !== 200) continue;
          const total = ((await res.json()) as { total: number }).total;
          if (param !== 'text') {
            assert.equal(total, 0, `${param}=${JSON.stringify(inj.slice(0, 40))} matched something`);
            continue;
          }
          // Full text keeps only the words (all must occur, as prefixes); with no word there is no filter.
          const words = inj.match(/[\p{L}\p{N}]+/gu);
          const plain = words ? ((await (await get(`/api/events?${new URLSearchParams({ text: words.join(' ') })}`)).json()) as { total: number }).total : 2;
          assert.equal(total, plain, `text=${JSON.stringify(inj.slice(0, 40))} is not the same as its words`);
        }
      }
      assert.equal(await snapshot(), baseline);
    });

    it('path traversal and odd ids: 4xx, never a file from disk', async () => {
      const paths = [
        '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fpackage.json', '/web/../package.json', '/%2e%2e%2fpackage.json',
        '/api/events/..%2f..%2fpackage.json', '/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/api/events/%00', '/api/articles/' + 'x'.repeat(5000),
        '/index.html%00.js', '/app.js/..', '//etc/passwd', '/api/../package.json', '/src/server/app.ts', '/.env', '/.git/config',
      ];
      const segment = fc.oneof(fc.constantFrom('..', '%2e%2e', '%2f', '%00', 'etc', 'passwd', 'package.json', '.git', '%5c..'), fc.string({ maxLength: 8 }).map(encodeURIComponent));
      const random = fc.sample(fc.array(segment, { minLength: 1, maxLength: 6 }).map((s) => `/${s.join('/')}`), { numRuns: 200, seed: 12 });
      for (const p of [...paths, ...random, ...random.map((r) => `/api/events${r}`)]) {
        const res = await get(`http://localhost${p}`);
        const body = await res.text();
        assert.ok(res.status === 200 || (res.status >= 400 && res.status < 500), `${p} gave ${res.status}`);
        assert.doesNotMatch(body, /root:.*:0:0:|"devDependencies"|\[core\]|import \{/, `${p} leaked a file`);
      }
      assert.deepEqual(logged, []);
    });

    it('bodies: oversize 413, malformed 400, no token 401; nothing stored', async () => {
      const post = (body: string, headers: Record<string, string> = {}) =>
        app.request('/api/ingest', { method: 'POST', body, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers } });
      const huge = JSON.stringify({ text: 'x'.repeat(MAX_BODY + 10) });
      assert.equal((await post(huge)).status, 413);
      assert.equal((await post(huge, { 'content-length': '10' })).status, 413, 'a lying content-length does not let a big body through');
      assert.equal((await post(huge, { authorization: 'Bearer wrong-token-xxxxxxxx' })).status, 401);
      assert.equal((await post('{}', { authorization: '' })).status, 401);
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? ''), fc.constantFrom('[', '{"text":', '{"text": 5}', '[]', '{"text":"a","evil":1}', '['.repeat(10_000))), async (body) => {
          const res = await post(body);
          assert.ok(res.status >= 400 && res.status < 500, `${JSON.stringify(body.slice(0, 60))} gave ${res.status}`);
        }),
        { numRuns: 200, seed: 13 },
      );
      assert.equal((await post('{"text":"ok"}', { 'content-type': 'text/plain' })).status, 400);
      assert.equal(await snapshot(), baseline);
      assert.deepEqual(logged, []);
    });
  });
}
