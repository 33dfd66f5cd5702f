import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SitrepError } from '../errors.ts';
import type { Article } from '../model/article.ts';
import type { EventRecord } from '../model/record.ts';
import type { Extractor } from '../pipeline/extractor.ts';
import { openPgStore, type PgStore } from '../store/postgres/pg-store.ts';
import { pgTestGate, throwawayDatabases } from '../store/postgres/pg-test-db.ts';
import { claimJobs, enqueueArticles, enqueueInputs, queueCounts, requeueDead } from './queue.ts';
import { syntheticArticles } from './synthetic.ts';
import { backoffMs, runWorker } from './worker.ts';

const gate = await pgTestGate();
const dbs = throwawayDatabases();
after(() => dbs.dropAll());

/** One Battles record per article, placed and dated by its synthetic group, so a group's two reports merge. */
function recordOf(a: Article): EventRecord {
  const group = Number(a.id.split('-')[1]);
  const date = new Date(Date.UTC(2020, 0, 1) + group * 9 * 86_400_000).toISOString().slice(0, 10);
  return {
    event_id: `ev-${a.id}`, doc_id: a.id, event_date: date, event_date_end: date, time_precision: 1, historical: false,
    disorder_type: 'Political violence', event_type: 'Battles', sub_event_type: 'Armed clash',
    actor1: 'Islamic State', assoc_actor_1: null, inter1: 2, actor2: 'Military Forces of Iraq (2020-)', assoc_actor_2: null, inter2: 1, interaction: 12,
    actor1_mention: 'militants', actor2_mention: 'soldiers', country: 'Iraq', iso3: 'IRQ', admin1: 'Nineveh', admin2: null, location: 'Mosul',
    latitude: 36.335, longitude: 43.119, geo_precision: 1, geonameid: 99072, fatalities: 3, claims: [], evidence: [{ start: 0, end: 10 }],
    notes: `Clash ${group}.`, confidence: 0.8, sources: [],
  };
}

/** A stand-in for the NLP pipeline: instant, and it fails on command (text containing POISON). */
function fakeExtractor(failures: Map<string, number> = new Map()): Extractor {
  return {
    pipeline: undefined as never,
    deps: undefined as never,
    extract(a) {
      const left = failures.get(a.id) ?? 0;
      if (left > 0) {
        failures.set(a.id, left - 1);
        throw new SitrepError('E_STAGE', `stage blew up on ${a.id}`);
      }
      return { doc: undefined as never, records: [recordOf(a)] };
    },
    *extractMany() {},
  };
}

describe('ingest queue on PostgreSQL', { skip: gate.run ? false : gate.reason }, () => {
  let store: PgStore;
  before(async () => {
    store = await openPgStore(await dbs.create());
  });
  after(async () => store?.close());
  const reset = async () => {
    await store.pool.query('TRUNCATE ingest_jobs, articles, events, failures');
  };

  it('enqueues each text once', async () => {
    await reset();
    const articles = syntheticArticles(0, 10);
    assert.deepEqual(await enqueueArticles(store, articles), { enqueued: 10, alreadyQueued: 0, failed: [] });
    assert.deepEqual(await enqueueArticles(store, [...articles, ...syntheticArticles(10, 12)]), { enqueued: 2, alreadyQueued: 10, failed: [] });
    assert.deepEqual(await queueCounts(store), { queued: 12, running: 0, done: 0, dead: 0 });
  });

  it('an article the server refuses costs that article alone: the rest of its chunk is queued (fault injection)', async () => {
    await reset();
    const articles = syntheticArticles(0, 5);
    // Built by hand, past the readers (which replace NUL): PostgreSQL's JSONB refuses it.
    const poisoned: Article = { ...articles[2], text: `${articles[2].text}\u0000` };
    const r = await enqueueArticles(store, [articles[0], articles[1], poisoned, articles[3], articles[4]]);
    assert.deepEqual([r.enqueued, r.alreadyQueued, r.failed.map((f) => f.article.id)], [4, 0, [poisoned.id]]);
    assert.match(String(r.failed[0].error), /unicode|\\u0000/i);
  });

  it('ingest --queue: a NUL character in one JSON line is no reason to stop; offsets stay right', async () => {
    await reset();
    const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-queue-nul-'));
    try {
      const lines = syntheticArticles(0, 3).map((a) => ({ id: a.id, date: a.published, text: a.text }));
      lines[1].text = `${lines[1].text.slice(0, 10)}\u0000${lines[1].text.slice(10)}`;
      const file = path.join(dir, 'wire.jsonl');
      writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
      const r = await enqueueInputs(store, [file, file]);
      assert.deepEqual([r.enqueued, r.alreadyQueued, r.failed], [3, 3, 0]);
      const { rows } = await store.pool.query(`SELECT article->>'text' AS text FROM ingest_jobs WHERE doc_id = $1`, [lines[1].id]);
      assert.equal(rows[0].text, lines[1].text.replace('\u0000', '\ufffd'), 'the NUL became U+FFFD, one code unit for one');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('codes every job once; a second worker run finds nothing to do', async () => {
    await reset();
    await enqueueArticles(store, syntheticArticles(0, 20));
    const r = await runWorker(store, { extractor: fakeExtractor(), exitWhenIdle: true, pollMs: 10, batchSize: 3 });
    assert.equal(r.stored, 20);
    assert.deepEqual(await queueCounts(store), { queued: 0, running: 0, done: 20, dead: 0 });
    assert.deepEqual(await store.stats(), { articles: 20, events: 10, failures: 0 }, 'each group of two reports is one event');
    const again = await runWorker(store, { extractor: fakeExtractor(), exitWhenIdle: true, pollMs: 10 });
    assert.equal(again.stored + again.skipped, 0);
  });

  it('retries a failing job with backoff, then dead-letters it and records why', async () => {
    await reset();
    const articles = syntheticArticles(0, 6);
    await enqueueArticles(store, articles);
    const failures = new Map([['syn-0-0', 99], ['syn-1-1', 1]]);
    const r = await runWorker(store, { extractor: fakeExtractor(failures), exitWhenIdle: true, pollMs: 10, maxAttempts: 3, backoffBaseMs: 20 });
    assert.equal(r.dead, 1);
    assert.equal(r.retried, 3, 'two retries of the poisoned job, one of the flaky one');
    assert.deepEqual(await queueCounts(store), { queued: 0, running: 0, done: 5, dead: 1 });
    const jobs = (await store.pool.query('SELECT doc_id, status, attempts, last_error FROM ingest_jobs ORDER BY id')).rows;
    assert.deepEqual(jobs.find((j) => j.doc_id === 'syn-0-0'), { doc_id: 'syn-0-0', status: 'dead', attempts: 3, last_error: 'stage blew up on syn-0-0' });
    assert.equal(jobs.find((j) => j.doc_id === 'syn-1-1').attempts, 2, 'the flaky job succeeded on its second attempt');
    const [f] = await store.failures();
    assert.equal(f.doc_id, 'syn-0-0');
    assert.equal(f.code, 'E_STAGE');
    assert.match(f.message, /gave up after 3 attempt\(s\): stage blew up/);
    assert.equal(f.origin, 'synthetic:syn:1');
    assert.equal((await store.stats()).articles, 5);
    assert.equal(await requeueDead(store), 1);
    const fixed = await runWorker(store, { extractor: fakeExtractor(), exitWhenIdle: true, pollMs: 10 });
    assert.equal(fixed.stored, 1, 'a requeued dead job is coded once fixed');
  });

  it('recovers jobs whose worker died (lease expiry), without coding anything twice', async () => {
    await reset();
    await enqueueArticles(store, syntheticArticles(0, 8));
    const ghost = await claimJobs(store, 'ghost-worker', 5, 300);
    assert.equal(ghost.length, 5);
    assert.equal((await claimJobs(store, 'other', 10, 60_000)).length, 3, 'leased jobs are not handed out twice');
    await store.pool.query(`UPDATE ingest_jobs SET status = 'queued', locked_by = NULL, attempts = 0 WHERE locked_by = 'other'`);
    const t0 = Date.now();
    const r = await runWorker(store, { extractor: fakeExtractor(), exitWhenIdle: true, pollMs: 20 });
    assert.equal(r.stored, 8);
    assert.ok(Date.now() - t0 >= 250, 'the dead worker’s jobs waited for its lease to expire');
    const attempts = (await store.pool.query<{ attempts: number }>('SELECT attempts FROM ingest_jobs ORDER BY id')).rows.map((x) => x.attempts);
    assert.deepEqual(attempts, [2, 2, 2, 2, 2, 1, 1, 1]);
    assert.deepEqual(await store.stats(), { articles: 8, events: 4, failures: 0 });
  });

  it('dead-letters a job that keeps killing its workers', async () => {
    await reset();
    await enqueueArticles(store, syntheticArticles(0, 1));
    for (let i = 0; i < 3; i++) {
      assert.equal((await claimJobs(store, `doomed-${i}`, 1, 1)).length, 1);
      await new Promise((r) => setTimeout(r, 10));
    }
    const r = await runWorker(store, { extractor: fakeExtractor(), exitWhenIdle: true, pollMs: 10, maxAttempts: 3 });
    assert.equal(r.dead, 1);
    assert.match((await store.failures())[0].message, /claimed 4 times/);
  });

  it('concurrent workers merge reports of one event into one event (advisory locks per blocking key)', async () => {
    await reset();
    // A group's reports sit next to each other in the queue and each claim takes one job, so
    // different workers code the two reports of one event at the same time.
    await enqueueArticles(store, syntheticArticles(0, 60));
    const stores = await Promise.all([0, 1, 2].map(async () => openPgStore((store.pool.options as { connectionString: string }).connectionString)));
    try {
      const reports = await Promise.all(stores.map((s, i) => runWorker(s, { extractor: fakeExtractor(), workerId: `w${i}`, exitWhenIdle: true, pollMs: 5, batchSize: 1, concurrency: 2 })));
      assert.equal(reports.reduce((n, r) => n + r.stored, 0), 60);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
    assert.deepEqual(await store.stats(), { articles: 60, events: 30, failures: 0 });
    const { events } = await store.queryEvents({ limit: 100 });
    assert.ok(events.every((e) => e.n_sources === 2 && e.sources.length === 2));
  });
});

describe('worker helpers', () => {
  it('backs off exponentially, capped', () => {
    assert.deepEqual([1, 2, 3, 4, 10].map((n) => backoffMs(n, 100, 1000)), [100, 200, 400, 800, 1000]);
  });

});
