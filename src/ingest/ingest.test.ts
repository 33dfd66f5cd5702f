import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { createExtractor } from '../pipeline/extractor.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { Store, StoredEvent } from '../store/store.ts';
import { fetchText } from './fetch.ts';
import { contentHash, estimateArticles, ingest } from './ingest.ts';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
const extractor = createExtractor();
/** How many stories examples/ bundles; the tests follow it rather than a number written here. */
const N_EXAMPLES = readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).length;
const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const STORY = (town: string, n: number) =>
  `Car bomb kills ${n} in ${town}\n\nBAGHDAD (Sitrep Wire) - A car bomb exploded at a market in ${town} on Monday, killing ${n} people, police said.`;

describe('ingest from files', () => {
  it('is idempotent: the bundled examples twice give the same store', async () => {
    const store = await openSqliteStore(':memory:');
    const r1 = await ingest(store, [EXAMPLES], { extractor });
    const s1 = await store.stats();
    assert.equal(r1.stored, N_EXAMPLES);
    assert.equal(r1.failed, 0);
    assert.ok(s1.events >= N_EXAMPLES);
    const r2 = await ingest(store, [EXAMPLES], { extractor });
    assert.deepEqual([r2.stored, r2.skipped, r2.failed, r2.eventsNew], [0, N_EXAMPLES, 0, 0]);
    assert.deepEqual(await store.stats(), s1);
    const article = await store.getArticle('01-idlib-shelling');
    assert.ok(article && article.event_ids.length > 0 && article.origin.endsWith('01-idlib-shelling.txt'));
    await store.close();
  });

  it('treats re-wrapped text as the same content', () => {
    assert.equal(contentHash('a  b\n c '), contentHash('a b c'));
    assert.notEqual(contentHash('a b c'), contentHash('a b d'));
  });

  it('is crash-safe: a failure inside saveArticle stores nothing of that article, records why, and the run goes on', async () => {
    const inner = await openSqliteStore(':memory:');
    const poison = (tx: Store): Store => ({
      ...tx,
      kind: tx.kind,
      async saveArticle(article, events) {
        if (article.doc_id !== '02-kirkuk-ied') return tx.saveArticle(article, events);
        // The second event violates the schema after the article and first event were written.
        return tx.saveArticle(article, [...events, { ...events[0], event_id: 'ev-broken', event_type: null } as unknown as StoredEvent]);
      },
    });
    const poisoned: Store = {
      ...inner,
      kind: inner.kind,
      writeTransaction: (locks, fn) => inner.writeTransaction(locks, (tx) => fn(poison(tx))),
    };
    const r = await ingest(poisoned, [EXAMPLES], { extractor });
    assert.deepEqual([r.stored, r.failed], [N_EXAMPLES - 1, 1]);
    assert.equal(await inner.getArticle('02-kirkuk-ied'), null);
    assert.equal((await inner.queryEvents({ country: 'Iraq', historical: true })).total, 0, 'no event of the failed article');
    const [f] = await inner.failures();
    assert.deepEqual([f.doc_id, f.code], ['02-kirkuk-ied', 'E_STORE']);
    assert.match(f.message, /nothing of it was stored/);
    // Resumable: a clean re-run stores exactly the missing article.
    const again = await ingest(inner, [EXAMPLES], { extractor });
    assert.deepEqual([again.stored, again.skipped], [1, N_EXAMPLES - 1]);
    assert.ok((await inner.getArticle('02-kirkuk-ied'))!.event_ids.length > 0);
    await inner.close();
  });

  it('records unreadable inputs with their reasons and goes on', async () => {
    const d = path.join(dir, 'bad');
    rmSync(d, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(d));
    writeFileSync(path.join(d, 'a-empty.txt'), '   \n');
    writeFileSync(path.join(d, 'b-lines.jsonl'), `${JSON.stringify({ id: 'ok-1', date: '2020-03-02', text: STORY('Kirkuk', 4) })}\n{not json\n`);
    const store = await openSqliteStore(':memory:');
    const r = await ingest(store, [d, path.join(dir, 'missing.txt')], { extractor });
    assert.deepEqual([r.stored, r.failed], [1, 3]);
    const failures = await store.failures();
    assert.deepEqual(failures.map((f) => f.code).sort(), ['E_INPUT_EMPTY', 'E_INPUT_JSON', 'E_INPUT_NOT_FOUND']);
    const json = failures.find((f) => f.code === 'E_INPUT_JSON')!;
    assert.equal(json.line, 2);
    assert.ok(json.origin.endsWith('b-lines.jsonl'));
    assert.equal((await store.stats()).failures, 3);
    await store.close();
  });

  it('ingests every item of an RSS feed file', async () => {
    const feed = path.join(dir, 'wire.rss');
    writeFileSync(feed, `<?xml version="1.0"?><rss version="2.0"><channel><title>Sitrep Wire</title>
      <item><guid>w-1</guid><title>Car bomb kills 4 in Kirkuk</title><pubDate>Mon, 02 Mar 2020 10:00:00 GMT</pubDate><description>${STORY('Kirkuk', 4)}</description></item>
      <item><guid>w-2</guid><title>Car bomb kills 9 in Tikrit</title><pubDate>Mon, 02 Mar 2020 11:00:00 GMT</pubDate><description>${STORY('Tikrit', 9)}</description></item>
    </channel></rss>`);
    assert.equal(await estimateArticles([feed]), 2);
    const store = await openSqliteStore(':memory:');
    const r = await ingest(store, [feed], { extractor });
    assert.deepEqual([r.stored, r.failed], [2, 0]);
    const a = (await store.getArticle('w-2'))!;
    assert.equal(a.publisher, 'Sitrep Wire');
    assert.equal(a.published, '2020-03-02');
    await store.close();
  });

  it('stops between articles when asked (Ctrl-C) and resumes without loss or duplicates', async () => {
    const store = await openSqliteStore(':memory:');
    let seen = 0;
    const r1 = await ingest(store, [EXAMPLES], { extractor, onProgress: () => seen++, shouldStop: () => seen >= 2 });
    assert.equal(r1.stopped, true);
    assert.equal(r1.stored, 2);
    assert.equal((await store.stats()).articles, 2);
    const r2 = await ingest(store, [EXAMPLES], { extractor });
    assert.deepEqual([r2.stored, r2.skipped, r2.stopped], [N_EXAMPLES - 2, 2, false]);
    await store.close();
  });
});

describe('doc ids: nothing is overwritten, and a re-run changes nothing', () => {
  const put = (rel: string, text: string) => {
    const f = path.join(dir, rel);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, text);
    return f;
  };
  // Dated: undated articles are another matter (a null date in deduplication).
  /** Every event's sources and evidence, for comparing a store before and after a re-run. */
  const snapshot = async (store: Store) => JSON.stringify((await store.queryEvents({ historical: true, limit: 1000, sort: 'date' })).events.map((e) => [e.event_id, e.sources, e.evidence, e.updated_at]));

  it('two files of one name in different folders are two articles, each with its own text', async () => {
    const root = path.join(dir, 'same-name');
    put('same-name/a/report.txt', STORY('Kirkuk', 4));
    put('same-name/b/report.txt', STORY('Basra', 9));
    const store = await openSqliteStore(':memory:');
    const r1 = await ingest(store, [root], { extractor, date: '2024-03-04' });
    assert.deepEqual([r1.stored, r1.failed], [2, 0]);
    assert.match((await store.getArticle('a/report'))?.text ?? 'missing', /Kirkuk/);
    assert.match((await store.getArticle('b/report'))?.text ?? 'missing', /Basra/);
    assert.deepEqual(r1.versions, []);
    for (const id of ['a/report', 'b/report']) {
      const a = (await store.getArticle(id))!;
      assert.ok(a.event_ids.length > 0);
      for (const ev of a.event_ids) {
        const e = (await store.getEvent(ev))!;
        assert.ok(e.evidence.every((s) => s.doc_id !== id || a.text.slice(s.start, s.end).includes(id === 'a/report' ? 'Kirkuk' : 'Basra')), 'evidence points into its own article');
      }
    }
    const before = [await store.stats(), await snapshot(store)];
    const r2 = await ingest(store, [root], { extractor, date: '2024-03-04' });
    assert.deepEqual([r2.stored, r2.skipped, r2.eventsNew, r2.eventsUpdated], [0, 2, 0, 0]);
    assert.deepEqual([await store.stats(), await snapshot(store)], before);
    await store.close();
  });

  it('an id that comes back with other text is stored as a new version, never over the first', async () => {
    const first = put('versions/one/wire.jsonl', `${JSON.stringify({ id: 'x', text: STORY('Mosul', 3) })}\n${JSON.stringify({ id: 'x', text: STORY('Tikrit', 5) })}\n`);
    const other = put('versions/two/report.txt', STORY('Samarra', 6));
    const again = put('versions/three/report.txt', STORY('Ramadi', 7));
    const store = await openSqliteStore(':memory:');
    const r1 = await ingest(store, [first, other, again], { extractor, date: '2024-03-04' });
    assert.equal(r1.stored, 4);
    assert.equal((await store.stats()).articles, 4, 'no article overwrote another');
    assert.match((await store.getArticle('x'))!.text, /Mosul/);
    assert.match((await store.getArticle('x@v2'))?.text ?? 'missing', /Tikrit/);
    assert.match((await store.getArticle('report'))!.text, /Samarra/);
    assert.match((await store.getArticle('report@v2'))?.text ?? 'missing', /Ramadi/);
    assert.deepEqual(r1.versions.map((v) => [v.doc_id, v.stored_as]), [['x', 'x@v2'], ['report', 'report@v2']]);
    assert.match(r1.versions[0].origin, /wire\.jsonl:2$/);
    const before = [await store.stats(), await snapshot(store)];
    const r2 = await ingest(store, [first, other, again], { extractor, date: '2024-03-04' });
    assert.deepEqual([r2.stored, r2.skipped, r2.versions.length, r2.eventsNew, r2.eventsUpdated], [0, 4, 0, 0, 0]);
    assert.deepEqual([await store.stats(), await snapshot(store)], before);
    await store.close();
  });
});

describe('ingest from URLs (local server)', () => {
  let server: Server;
  let base = '';
  const hits = new Map<string, number>();
  before(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? '/';
      hits.set(url, (hits.get(url) ?? 0) + 1);
      if (url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
          <item><title>Car bomb kills 4 in Kirkuk</title><link>${base}/story/1</link><pubDate>Mon, 02 Mar 2020 10:00:00 GMT</pubDate></item>
          <item><title>Car bomb kills 9 in Tikrit</title><link>${base}/story/2</link><pubDate>Mon, 02 Mar 2020 11:00:00 GMT</pubDate></item>
          <item><title>Gone</title><link>${base}/story/404</link></item>
        </channel></rss>`);
      } else if (url.startsWith('/story/') && url !== '/story/404') {
        const [town, n] = url.endsWith('1') ? ['Kirkuk', 4] : ['Tikrit', 9];
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<html><head><title>Car bomb</title></head><body><article><p>${STORY(String(town), Number(n)).replace(/\n\n/g, '</p><p>')}</p></article></body></html>`);
      } else if (url === '/plain') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(STORY('Mosul', 3));
      } else if (url === '/huge') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('x'.repeat(200_000));
      } else if (url === '/slow') {
        setTimeout(() => res.end('late'), 2_000).unref();
      } else {
        res.writeHead(404);
        res.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

  it('fetches a feed, then each headline-only item link; a dead link is a recorded failure', async () => {
    const store = await openSqliteStore(':memory:');
    const r = await ingest(store, [`${base}/feed.xml`], { extractor, fetch: { delayMs: 0 } });
    assert.deepEqual([r.stored, r.failed], [2, 1]);
    const a = (await store.getArticle(`${base}/feed.xml#1`))!;
    assert.match(a.text, /Tikrit on Monday, killing 9/);
    assert.equal(a.url, `${base}/story/2`);
    assert.equal(a.title, 'Car bomb kills 9 in Tikrit');
    const [f] = await store.failures();
    assert.match(f.message, /HTTP 404/);
    // A second poll fetches no stored story again.
    const before = hits.get('/story/1');
    const r2 = await ingest(store, [`${base}/feed.xml`], { extractor, fetch: { delayMs: 0 } });
    assert.equal(r2.stored, 0);
    assert.equal(hits.get('/story/1'), before);
    await store.close();
  });

  it('limits link fetches per feed; the rest are failures a later run picks up', async () => {
    const store = await openSqliteStore(':memory:');
    const r = await ingest(store, [`${base}/feed.xml`], { extractor, fetch: { delayMs: 0, linkLimit: 1 } });
    assert.deepEqual([r.stored, r.failed], [1, 2]);
    assert.ok((await store.failures()).some((f) => /limit of 1 links/.test(f.message)));
    await store.close();
  });

  it('ingests a plain-text URL and dates it with --date', async () => {
    const store = await openSqliteStore(':memory:');
    const r = await ingest(store, [`${base}/plain`], { extractor, date: '2021-06-07' });
    assert.equal(r.stored, 1);
    assert.equal((await store.getArticle(`${base}/plain`))?.published, '2021-06-07');
    await store.close();
  });

  it('enforces the size limit and the timeout', async () => {
    await assert.rejects(fetchText(`${base}/huge`, { maxBytes: 10_000 }), /E_INPUT_TOO_LARGE|over the/);
    await assert.rejects(fetchText(`${base}/slow`, { timeoutMs: 200 }), /no response within/);
  });
});
