import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ingest } from '../src/ingest/ingest.ts';
import type { Article } from '../src/model/article.ts';
import { clashRecord } from './helpers/records.ts';
import type { Extractor } from '../src/pipeline/extractor.ts';
import { syntheticJsonl } from '../src/queue/synthetic.ts';
import { openPgStore } from '../src/store/postgres/pg-store.ts';
import { pgTestGate, throwawayDatabases } from '../src/store/postgres/pg-test-db.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../src/store/store.ts';

/**
 * Issue 14, item 16 (and the concurrency target at small size): four writers ingesting the same
 * articles at once. Their summaries add up to the store: each article is "stored" by exactly one
 * writer and "already there" for the others, and the store equals a sequential run's.
 */

const gate = await pgTestGate();
const dbs = throwawayDatabases();
const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-summary-'));
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dbs.dropAll();
});

// bench/concurrency.bench.ts runs this file at full size (2,000 articles; 2 and 4 writers).
const ARTICLES = Number(process.env.SITREP_SUMMARY_ARTICLES ?? 40);
const WRITERS = Number(process.env.SITREP_SUMMARY_WRITERS ?? 4);

/** Instant stand-in for the NLP pipeline: one Battles record per article; articles 2k and 2k+1 report one event. */
const order = new Map<string, number>();
const pairs = {
  extract(a: Article) {
    if (!order.has(a.id)) order.set(a.id, order.size);
    const i = order.get(a.id)!;
    const date = new Date(Date.UTC(2022, 0, 1) + Math.floor(i / 2) * 30 * 86_400_000).toISOString().slice(0, 10);
    return { records: [clashRecord(a.id, date, i)] };
  },
} as unknown as Extractor;

async function shape(store: Store): Promise<string[]> {
  const { events } = await store.queryEvents({ historical: true, limit: 1000 });
  return events.map((e) => e.sources.map((s) => s.doc_id).sort().join('+')).sort();
}

const file = path.join(dir, 'articles.jsonl');
writeFileSync(file, syntheticJsonl(0, ARTICLES, 'sum'));

const backends: [string, (tag: string) => Promise<() => Promise<Store>>][] = [
  ['sqlite', async (tag) => {
    const db = path.join(dir, `${tag}.db`);
    return () => openSqliteStore(db);
  }],
  ['postgres', async () => {
    const url = await dbs.create();
    return () => openPgStore(url);
  }],
];

for (const [name, make] of backends) {
  describe(`${name}: ${WRITERS} concurrent writers of the same articles`, { skip: name === 'postgres' && !gate.run ? 'PostgreSQL unreachable' : false }, () => {
    it('summaries add up: each article stored once in all, and the store equals a sequential run', { timeout: 600_000 }, async () => {
      const seqOpen = await make('sequential');
      const seq = await seqOpen();
      const alone = await ingest(seq, [file], { extractor: pairs });
      const expected = await shape(seq);
      await seq.close();
      assert.equal(alone.stored, ARTICLES);

      const open = await make('concurrent');
      const stores = [];
      for (let i = 0; i < WRITERS; i++) stores.push(await open());
      try {
        const reports = await Promise.all(stores.map((s) => ingest(s, [file], { extractor: pairs })));
        const stored = reports.reduce((n, r) => n + r.stored, 0);
        const skipped = reports.reduce((n, r) => n + r.skipped, 0);
        assert.equal(reports.reduce((n, r) => n + r.failed, 0), 0);
        assert.equal(stored, ARTICLES, `stored ${reports.map((r) => r.stored).join('+')}`);
        assert.equal(skipped, ARTICLES * (WRITERS - 1));
        assert.equal(reports.reduce((n, r) => n + r.eventsNew, 0), alone.eventsNew, 'new events counted once');
        assert.deepEqual(await stores[0]!.stats(), { articles: ARTICLES, events: expected.length, failures: 0 });
        assert.equal(expected.length, ARTICLES / 2, 'the pairs merged');
        assert.deepEqual(await shape(stores[0]!), expected);
      } finally {
        for (const s of stores) await s.close();
      }
    });
  });
}
