// Issue 14's fault suite at full size, with real `sitrep` processes; prints one line per fault and
// exits 1 if any check fails. Nothing may be lost, and no process may die of the fault.
//   node --import tsx bench/fault-suite.ts [--articles 200] [--hold-seconds 20]
// 1. kill -9 during `sitrep ingest --db`, then the same command again;
// 2. another writer holding SQLite's write lock for 20 s while an ingest runs;
// 3. ten processes opening one fresh SQLite file at once (three rounds);
// 4. pg_terminate_backend, three times, under three `sitrep worker` processes;
// 5. pg_terminate_backend and a closed database under `sitrep serve --pg` while it is read.
// Parts 4 and 5 need PostgreSQL (SITREP_TEST_PG); they are skipped with a notice without it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { queueCounts } from '../src/queue/queue.ts';
import { syntheticJsonl } from '../src/queue/synthetic.ts';
import { openPgStore } from '../src/store/postgres/pg-store.ts';
import { adminUrl, pgUnavailable, throwawayDatabases } from '../src/store/postgres/pg-test-db.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '200' }, 'hold-seconds': { type: 'string', default: '20' } } });
const N = Number(values.articles);
const HOLD_MS = Number(values['hold-seconds']) * 1000;
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(repo, 'bin', 'sitrep.js');
const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-faults-'));
const children: ChildProcess[] = [];
let failed = false;

function check(ok: boolean, what: string): void {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failed = true;
}

function run(args: string[], extra: string[] = []): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [...extra, ...args], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.resume();
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

function counts(file: string): { articles: number; failures: number; sources: number } {
  const db = new Database(file, { readonly: true });
  try {
    const articles = db.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number;
    const failures = db.prepare('SELECT COUNT(*) FROM failures').pluck().get() as number;
    const sources = db.prepare('SELECT COALESCE(SUM(n_sources), 0) FROM events').pluck().get() as number;
    return { articles, failures, sources };
  } finally {
    db.close();
  }
}

const input = path.join(dir, 'articles.jsonl');
writeFileSync(input, syntheticJsonl(0, N, 'fault'));

try {
  // 1. kill -9 mid-ingest, then the same command: every article once.
  {
    const db = path.join(dir, 'killed.db');
    const first = run([bin, 'ingest', input, '--db', db]);
    // Killed once a tenth of the articles are in: mid-run, whatever start-up costs on this machine.
    while (first.child.exitCode === null) {
      await sleep(100);
      const n = existsSync(db) ? (() => { try { return counts(db).articles; } catch { return 0; } })() : 0;
      if (n >= N / 10) break;
    }
    first.child.kill('SIGKILL');
    const r1 = await first.done;
    const mid = counts(db);
    const second = await run([bin, 'ingest', input, '--db', db]).done;
    const after = counts(db);
    check(r1.signal === 'SIGKILL' && second.code === 0 && after.articles === N && after.failures === 0,
      `kill -9 during ingest (${mid.articles} of ${N} stored when killed), re-run exit ${second.code}: ${after.articles} articles, ${after.failures} failures`);
  }

  // 2. a writer holding the lock for HOLD_MS while an ingest runs.
  {
    const db = path.join(dir, 'held.db');
    const seed = await run([bin, 'ingest', input, '--db', db]).done; // a warm store, as in use
    const small = path.join(dir, 'more.jsonl');
    writeFileSync(small, syntheticJsonl(N, N + 20, 'fault'));
    const holder = run(['-e', `const D = require('better-sqlite3'); const d = new D(${JSON.stringify(db)}); d.exec('BEGIN IMMEDIATE'); setTimeout(() => { d.exec('COMMIT'); d.close(); }, ${HOLD_MS});`]);
    await sleep(500);
    const t0 = performance.now();
    const r = await run([bin, 'ingest', small, '--db', db]).done;
    const waited = (performance.now() - t0) / 1000;
    await holder.done;
    const after = counts(db);
    check(seed.code === 0 && r.code === 0 && after.articles === N + 20 && after.failures === 0,
      `lock held ${HOLD_MS / 1000} s by another writer: ingest exit ${r.code} after ${waited.toFixed(1)} s, ${after.articles - N} of 20 stored, ${after.failures} failures`);
  }

  // 3. ten processes opening one fresh file at once, three rounds.
  {
    let ok = 0;
    for (let round = 0; round < 3; round++) {
      const file = path.join(dir, `fresh-${round}.db`);
      const at = String(Date.now() + 4000);
      const rs = await Promise.all(Array.from({ length: 10 }, () => run([path.join(repo, 'test', 'helpers', 'open-at.ts'), file, at], ['--import', 'tsx']).done));
      ok += rs.filter((r) => r.code === 0).length;
    }
    check(ok === 30, `fresh-file race, 10 processes × 3 rounds: ${ok} of 30 opened`);
  }

  const down = await pgUnavailable();
  if (down) console.log(`skip PostgreSQL faults: ${down}`);
  else {
    const dbs = throwawayDatabases();
    const terminate = async (db: string) => {
      const c = new pg.Client({ connectionString: adminUrl() });
      await c.connect();
      const r = await c.query('SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [db]);
      await c.end();
      return r.rows[0].n as number;
    };
    try {
      // 4. workers under pg_terminate_backend.
      {
        const url = await dbs.create();
        const db = new URL(url).pathname.slice(1);
        const enq = await run([bin, 'ingest', input, '--pg', url, '--queue']).done;
        const workers = Array.from({ length: 3 }, (_, i) => run([bin, 'worker', '--pg', url, '--exit-when-idle', '--poll-ms', '50', '--lease-seconds', '10', '--id', `w${i}`]));
        await sleep(8000); // past start-up, into the work
        let killed = 0;
        for (let k = 0; k < 3; k++) {
          killed += await terminate(db);
          await sleep(2000);
        }
        const rs = await Promise.all(workers.map((w) => w.done));
        const store = await openPgStore(url);
        const q = await queueCounts(store);
        const stats = await store.stats();
        await store.close();
        check(enq.code === 0 && rs.every((r) => r.code === 0) && q.done === N && stats.articles === N && q.dead === 0,
          `pg_terminate_backend ×3 (${killed} connections) under 3 workers: exits ${rs.map((r) => r.code ?? r.signal).join(',')}, ${q.done} of ${N} jobs done, ${q.dead} dead, ${stats.articles} articles`);
      }
      // 5. the server under pg_terminate_backend and a closed database.
      {
        const url = await dbs.create();
        const db = new URL(url).pathname.slice(1);
        const port = 20000 + Math.floor(Math.random() * 20000);
        const server = run([bin, 'serve', '--pg', url, '--port', String(port)]);
        for (let i = 0; i < 100; i++) {
          if (await fetch(`http://127.0.0.1:${port}/api/stats`).then(() => true, () => false)) break;
          await sleep(100);
        }
        const statuses = new Map<number, number>();
        let reading = true;
        const reader = (async () => {
          while (reading) {
            const s = await fetch(`http://127.0.0.1:${port}/api/events?limit=50`).then((r) => r.status, () => 0);
            statuses.set(s, (statuses.get(s) ?? 0) + 1);
          }
        })();
        for (let k = 0; k < 5; k++) {
          await terminate(db);
          await sleep(300);
        }
        const admin = new pg.Client({ connectionString: adminUrl() });
        await admin.connect();
        await admin.query(`ALTER DATABASE "${db}" WITH ALLOW_CONNECTIONS false`);
        await terminate(db);
        await sleep(2000);
        await admin.query(`ALTER DATABASE "${db}" WITH ALLOW_CONNECTIONS true`);
        await admin.end();
        await sleep(500);
        reading = false;
        await reader;
        const alive = server.child.exitCode === null && server.child.signalCode === null;
        const last = await fetch(`http://127.0.0.1:${port}/api/stats`).then((r) => r.status, () => 0);
        server.child.kill('SIGTERM');
        await server.done;
        const summary = [...statuses].sort().map(([s, n]) => `${s}×${n}`).join(', ');
        check(alive && last === 200 && !statuses.has(500) && !statuses.has(0), `serve --pg under pg_terminate_backend ×6 and 2 s closed: alive ${alive}, answers ${summary}, then ${last}`);
      }
    } finally {
      await dbs.dropAll();
    }
  }
} finally {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
