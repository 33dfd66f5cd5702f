import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createExtractor, type Extractor } from '../pipeline/extractor.ts';
import { sameEventArticles, sameEventJsonl } from '../queue/synthetic.ts';
import { startServer } from '../server/listen.ts';
import { openPgStore } from '../store/postgres/pg-store.ts';
import { pgTestGate, throwawayDatabases } from '../store/postgres/pg-test-db.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { ingest } from './ingest.ts';

/**
 * Concurrent writers that all report the same event: each must add its source to the one stored
 * event, never overwrite another writer's addition. Every write path is checked against a
 * sequential run of the same articles: two `sitrep ingest` processes on one SQLite file, two on
 * one PostgreSQL database, and parallel POST /api/ingest clients.
 */

const gate = await pgTestGate();
const dbs = throwawayDatabases();
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(repo, 'bin', 'sitrep.js');
const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-concurrent-'));
const children: ChildProcess[] = [];
// bench/concurrency.bench.ts runs this file at full size (200 per writer, the 400 reports).
const PER_WRITER = Number(process.env.SITREP_CONCURRENT_PER_WRITER ?? 40);
const TOTAL = 2 * PER_WRITER;
const halves = [sameEventJsonl(0, PER_WRITER), sameEventJsonl(PER_WRITER, TOTAL)];
const docIds = sameEventArticles(0, TOTAL).map((a) => a.id);

after(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  await dbs.dropAll();
});

/**
 * Two `sitrep ingest` processes, one per half, that really overlap: each first ingests its half's
 * first article from a file (paying for start-up and the gazetteer), then blocks reading the rest
 * from a named pipe. Once both are blocked, both pipes are written at once.
 */
async function racingIngests(storeArgs: string[], tag: string): Promise<void> {
  const runs = halves.map((text, i) => {
    const [first, ...rest] = text.split('\n');
    const head = path.join(dir, `${tag}-${i}-head.jsonl`);
    const pipe = path.join(dir, `${tag}-${i}-rest.jsonl`);
    writeFileSync(head, first);
    execFileSync('mkfifo', [pipe]);
    const child = spawn(process.execPath, [bin, 'ingest', head, pipe, ...storeArgs], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    const done = new Promise<{ code: number | null; stderr: string }>((resolve) =>
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stderr });
      }),
    );
    return { pipe, rest: rest.join('\n'), done };
  });
  // Opening a pipe for writing waits until its reader opens it: the barrier.
  const handles = await Promise.all(runs.map((r) => open(r.pipe, 'w')));
  await Promise.all(handles.map(async (h, i) => {
    await h.writeFile(runs[i].rest);
    await h.close();
  }));
  for (const r of await Promise.all(runs.map((r) => r.done))) assert.equal(r.code, 0, r.stderr);
}

/** Every event as the sorted doc ids of its sources, after checking that articles and events agree. */
async function consistentShapes(store: Store): Promise<string[]> {
  assert.equal((await store.stats()).articles, TOTAL, 'every article stored once');
  const { events } = await store.queryEvents({ historical: true, limit: 10_000 });
  const listedBy = new Map<string, Set<string>>();
  for (const e of events) {
    assert.equal(e.n_sources, e.sources.length);
    for (const s of e.sources) {
      if (!listedBy.has(s.doc_id)) listedBy.set(s.doc_id, new Set());
      listedBy.get(s.doc_id)!.add(e.event_id);
    }
  }
  let dangling = 0;
  for (const id of docIds) {
    const a = await store.getArticle(id);
    assert.ok(a, `article ${id} is stored`);
    for (const ev of a.event_ids) if (!listedBy.get(id)?.has(ev)) dangling++;
  }
  assert.equal(dangling, 0, 'every article is listed by the events it points at');
  return events.map((e) => e.sources.map((s) => s.doc_id).sort().join('+')).sort();
}

describe('concurrent ingestion of reports of one event', () => {
  let extractor: Extractor;
  let sequential: string[];
  before(async () => {
    extractor = createExtractor();
    const files = halves.map((text, i) => {
      const f = path.join(dir, `half-${i}.jsonl`);
      writeFileSync(f, text);
      return f;
    });
    const store = await openSqliteStore(':memory:');
    try {
      const r = await ingest(store, files, { extractor });
      assert.equal(r.stored, TOTAL);
      sequential = await consistentShapes(store);
      assert.equal(sequential.length, 1, 'a sequential run merges every report into one event');
    } finally {
      await store.close();
    }
  });

  it('two `sitrep ingest --db` processes on one SQLite file give the sequential result', { timeout: 180_000 }, async () => {
    const file = path.join(dir, 'two.db');
    (await openSqliteStore(file)).close(); // create and migrate once, so the racing processes only ingest
    await racingIngests(['--db', file], 'sqlite');
    const store = await openSqliteStore(file);
    try {
      assert.deepEqual(await consistentShapes(store), sequential);
    } finally {
      await store.close();
    }
  });

  it('two `sitrep ingest --pg` processes on one database give the sequential result', { timeout: 180_000, skip: gate.run ? false : gate.reason }, async () => {
    const url = await dbs.create();
    (await openPgStore(url)).close(); // migrate once, so the racing processes only ingest
    await racingIngests(['--pg', url], 'pg');
    const store = await openPgStore(url);
    try {
      assert.deepEqual(await consistentShapes(store), sequential);
    } finally {
      await store.close();
    }
  });

  for (const backend of ['sqlite', 'postgres'] as const) {
    it(`four parallel POST /api/ingest clients (${backend}) give the sequential result`, { timeout: 120_000, skip: backend === 'postgres' && !gate.run ? 'PostgreSQL unreachable' : false }, async () => {
      const store = backend === 'sqlite' ? await openSqliteStore(path.join(dir, 'api.db')) : await openPgStore(await dbs.create());
      const token = 'concurrency-test-token';
      const server = await startServer(store, { port: 0, host: '127.0.0.1', token, makeExtractor: () => extractor });
      try {
        const articles = sameEventArticles(0, TOTAL);
        const clients = [0, 1, 2, 3].map(async (k) => {
          for (const a of articles.filter((_, i) => i % 4 === k)) {
            const res = await fetch(`${server.url}api/ingest`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
              body: JSON.stringify({ id: a.id, title: a.title, date: a.published, source: a.publisher, text: a.text }),
            });
            const body = (await res.json()) as { articles: number; failed: unknown[] };
            assert.equal(res.status, 200, JSON.stringify(body));
            assert.deepEqual([body.articles, body.failed], [1, []]);
          }
        });
        await Promise.all(clients);
        assert.deepEqual(await consistentShapes(store), sequential);
      } finally {
        await server.close();
        await store.close();
      }
    });
  }
});
