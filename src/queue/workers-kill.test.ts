import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ingest } from '../ingest/ingest.ts';
import { openPgStore } from '../store/postgres/pg-store.ts';
import { pgTestGate, throwawayDatabases } from '../store/postgres/pg-test-db.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { Store, StoredEvent } from '../store/store.ts';
import { queueCounts } from './queue.ts';
import { syntheticJsonl } from './synthetic.ts';

const gate = await pgTestGate();
const dbs = throwawayDatabases();
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(repo, 'bin', 'sitrep.js');
const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-workers-'));
const children: ChildProcess[] = [];
after(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  await dbs.dropAll();
});

function sitrep(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [bin, ...args], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

/** Every event as the sorted list of its sources' doc ids: comparable across backends and runs. */
async function eventShapes(store: Store): Promise<string[]> {
  const { events } = await store.queryEvents({ historical: true, limit: 10_000 });
  return events.map((e: StoredEvent) => e.sources.map((s) => s.doc_id).sort().join('+')).sort();
}

const ARTICLES = 300;

describe('three worker processes on one PostgreSQL queue', { skip: gate.run ? false : gate.reason }, () => {
  it('code every article exactly once, also when one is killed (SIGKILL) mid-batch', { timeout: 180_000 }, async () => {
    const url = await dbs.create();
    const input = path.join(dir, 'articles.jsonl');
    writeFileSync(input, syntheticJsonl(0, ARTICLES, 'kill'));
    const enq = sitrep(['ingest', input, '--pg', url, '--queue']);
    const enqueued = await enq.done;
    assert.equal(enqueued.code, 0, enqueued.stderr);
    assert.match(enqueued.stderr, new RegExp(`${ARTICLES} article\\(s\\) queued`));

    const store = await openPgStore(url);
    try {
      const workerArgs = (id: string, batch: number) => ['worker', '--pg', url, '--exit-when-idle', '--lease-seconds', '2', '--batch', String(batch), '--poll-ms', '50', '--id', id];
      // The victim claims larger batches so that, however the machine is loaded, it is caught holding one.
      const victim = sitrep(workerArgs('victim', 20));
      const survivors = [sitrep(workerArgs('w1', 5)), sitrep(workerArgs('w2', 5))];

      // Kill the victim while it holds a claimed batch, after it has coded something.
      let held: number[] = [];
      const deadline = Date.now() + 120_000;
      for (;;) {
        const { rows } = await store.pool.query<{ id: number; status: string }>(`SELECT id::int AS id, status FROM ingest_jobs WHERE locked_by = 'victim' AND status = 'running'`);
        const doneByAll = (await queueCounts(store)).done;
        if (rows.length >= 2 && doneByAll >= 5) {
          // Freeze the victim, let a commit it already sent settle, and only then read what it holds:
          // a job it finished between a read and the kill would otherwise count as "held".
          victim.child.kill('SIGSTOP');
          await sleep(300);
          const { rows: frozen } = await store.pool.query<{ id: number }>(`SELECT id::int AS id FROM ingest_jobs WHERE locked_by = 'victim' AND status = 'running'`);
          if (frozen.length >= 2) {
            victim.child.kill('SIGKILL');
            held = frozen.map((r) => r.id);
            break;
          }
          victim.child.kill('SIGCONT');
        }
        assert.ok(Date.now() < deadline, 'the victim never took a batch');
        assert.equal(victim.child.exitCode, null, 'the victim exited before it could be killed');
        await sleep(5);
      }
      const killed = await victim.done;
      assert.equal(killed.signal, 'SIGKILL');

      const results = await Promise.all(survivors.map((s) => s.done));
      for (const r of results) assert.equal(r.code, 0, r.stderr);

      assert.deepEqual(await queueCounts(store), { queued: 0, running: 0, done: ARTICLES, dead: 0 });
      assert.deepEqual(await store.failures(), []);
      assert.equal((await store.stats()).articles, ARTICLES);
      const { rows: recovered } = await store.pool.query<{ attempts: number; status: string }>(
        'SELECT attempts, status FROM ingest_jobs WHERE id = ANY($1::bigint[])', [held]);
      assert.ok(recovered.length >= 2 && recovered.every((j) => j.status === 'done' && j.attempts >= 2), 'the killed worker’s batch was claimed again and finished');

      // Exactly-once effect: every article's events list it once, and no merge was doubled or missed.
      const { events } = await store.queryEvents({ historical: true, limit: 10_000 });
      const sourceRefs = events.reduce((n, e) => n + e.sources.length, 0);
      assert.ok(events.every((e) => e.n_sources === e.sources.length && new Set(e.sources.map((s) => s.doc_id)).size === e.sources.length));
      const { rows: refs } = await store.pool.query<{ n: number }>('SELECT COALESCE(SUM(jsonb_array_length(event_ids)), 0)::int AS n FROM articles');
      assert.equal(sourceRefs, refs[0].n);

      // The same articles coded by one process into SQLite give the same events.
      const sqlite = await openSqliteStore(':memory:');
      try {
        const r = await ingest(sqlite, [input]);
        assert.equal(r.stored, ARTICLES);
        assert.deepEqual(await eventShapes(store), await eventShapes(sqlite));
      } finally {
        await sqlite.close();
      }
    } finally {
      await store.close();
    }
  });
});
