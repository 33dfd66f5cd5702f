import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Extractor } from '../pipeline/extractor.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { ingest } from './ingest.ts';

/**
 * The feed poller against a hostile feed server on 127.0.0.1: feeds and linked pages that time
 * out, fail with 5xx, or serve garbage. Every bad fetch must become a recorded failure, every good
 * item must be stored, and a later poll must lose nothing already stored.
 */

type Behaviour = 'ok' | 'error500' | 'slow' | 'garbage' | 'truncated' | 'empty' | 'hangup';
const BEHAVIOURS: readonly Behaviour[] = ['ok', 'error500', 'slow', 'garbage', 'truncated', 'empty', 'hangup'];
const TIMEOUT_MS = 250;

const noExtraction: Extractor = {
  pipeline: undefined as never,
  deps: undefined as never,
  extract: () => ({ doc: undefined as never, records: [] }),
  *extractMany() {},
};

interface Item {
  readonly id: string;
  /** inline: the body is in the feed; otherwise the item links to a page that behaves so. */
  readonly body: 'inline' | Behaviour;
}

function page(title: string): string {
  return `<html><head><title>${title}</title></head><body><article><p>${title}: fighting was reported near the town on Monday, officials said.</p></article></body></html>`;
}

describe('feed poller against a hostile feed server', () => {
  const routes = new Map<string, { behaviour: Behaviour; type: string; body: string }>();
  let server: Server;
  let base = '';
  const sockets = new Set<import('node:net').Socket>();

  before(async () => {
    server = createServer((req, res) => {
      const route = routes.get(req.url ?? '');
      if (!route) return void res.writeHead(404).end();
      switch (route.behaviour) {
        case 'error500': return void res.writeHead(500).end('oops');
        case 'slow': return void setTimeout(() => res.writeHead(200, { 'content-type': route.type }).end(route.body), TIMEOUT_MS * 4).unref();
        case 'garbage': return void res.writeHead(200, { 'content-type': route.type }).end(Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x9c, 0x80, 0xc3]));
        case 'truncated': return void res.writeHead(200, { 'content-type': route.type }).end(route.body.slice(0, Math.floor(route.body.length / 3)));
        case 'empty': return void res.writeHead(200, { 'content-type': route.type }).end('');
        case 'hangup': return void req.socket.destroy();
        default: return void res.writeHead(200, { 'content-type': route.type }).end(route.body);
      }
    });
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
  });

  let run = 0;
  /** Publishes a feed of these items behaving so; returns the feed URL. */
  function publish(feedBehaviour: Behaviour, items: readonly Item[]): string {
    const n = ++run;
    const entries = items.map((it) => {
      const title = `Story ${it.id}`;
      if (it.body === 'inline') return `<item><guid>${it.id}</guid><title>${title}</title><description>${title}: clashes were reported on Monday, a monitor said.</description></item>`;
      const path = `/r${n}/${it.id}.html`;
      routes.set(path, { behaviour: it.body, type: 'text/html; charset=utf-8', body: page(title) });
      return `<item><guid>${it.id}</guid><title>${title}</title><link>${base}${path}</link></item>`;
    });
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>${entries.join('')}</channel></rss>`;
    routes.set(`/r${n}/feed.xml`, { behaviour: feedBehaviour, type: 'application/rss+xml', body: xml });
    return `${base}/r${n}/feed.xml`;
  }

  const fetchOpts = { timeoutMs: TIMEOUT_MS, delayMs: 0, linkLimit: 100 };

  it('every outcome is a stored article or a recorded failure; polling again loses nothing', { timeout: 120_000 }, async () => {
    const item = (i: number) => fc.constantFrom<Item['body']>('inline', 'inline', 'ok', 'ok', 'error500', 'slow', 'garbage', 'empty', 'hangup').map((body): Item => ({ id: `it${i}`, body }));
    const plan = fc.tuple(fc.constantFrom<Behaviour>('ok', 'ok', 'ok', ...BEHAVIOURS), fc.integer({ min: 0, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => item(i)))));
    await fc.assert(
      fc.asyncProperty(plan, async ([feedBehaviour, items]) => {
        const store = await openSqliteStore(':memory:');
        try {
          const url = publish(feedBehaviour, items);
          const first = await ingest(store, [url], { extractor: noExtraction, fetch: fetchOpts });
          const good = feedBehaviour === 'ok' ? items.filter((i) => i.body === 'inline' || i.body === 'ok') : [];
          const bad = feedBehaviour === 'ok' ? items.length - good.length : 1;
          const docIds = (await Promise.all(items.map(async (i) => ((await store.getArticle(i.id)) ? i.id : null)))).filter(Boolean);
          assert.deepEqual(docIds, good.map((i) => i.id), 'exactly the good items are stored');
          assert.equal(first.stored, good.length);
          if (feedBehaviour === 'ok' && items.length === 0) assert.ok(first.failed <= 1);
          else assert.equal(first.failed, bad, 'each bad feed or link is one recorded failure');
          const failures = await store.failures(1000);
          assert.equal(failures.length, first.failed);
          for (const f of failures) assert.match(f.code, /^E_INPUT_/);

          // The server misbehaves completely on the next poll: nothing stored may be lost.
          for (const [path, r] of routes) if (path.startsWith(new URL(url).pathname.replace('feed.xml', ''))) routes.set(path, { ...r, behaviour: 'error500' });
          const second = await ingest(store, [url], { extractor: noExtraction, fetch: fetchOpts });
          assert.equal(second.stored, 0);
          assert.equal((await store.stats()).articles, good.length);
        } finally {
          await store.close();
        }
      }),
      { numRuns: 30, seed: 21 },
    );
  });

  it('a feed of garbage served as RSS, JSON or HTML is a failure, not a crash', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 500 }), fc.constantFrom('application/rss+xml', 'application/json', 'text/html', 'application/x-ndjson', 'text/plain', ''), async (bytes, type) => {
          const path = `/g${++run}`;
          routes.set(path, { behaviour: 'ok', type, body: Buffer.from(bytes).toString('latin1') });
          const r = await ingest(store, [`${base}${path}`], { extractor: noExtraction, fetch: fetchOpts });
          assert.ok(r.stored + r.failed >= 1, 'every fetched document is stored or recorded');
        }),
        { numRuns: 100, seed: 22 },
      );
    } finally {
      await store.close();
    }
  });
});
