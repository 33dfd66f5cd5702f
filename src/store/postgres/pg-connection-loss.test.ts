import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Article } from '../../model/article.ts';
import type { EventRecord } from '../../model/record.ts';
import { clashRecord } from '../../../test/helpers/records.ts';
import type { Extractor } from '../../pipeline/extractor.ts';
import { enqueueArticles, queueCounts } from '../../queue/queue.ts';
import { syntheticArticles } from '../../queue/synthetic.ts';
import { runWorker } from '../../queue/worker.ts';
import { createApp } from '../../server/app.ts';
import { adminUrl, pgTestGate, throwawayDatabases } from './pg-test-db.ts';
import { isConnectionLoss, openPgStore } from './pg-store.ts';

/**
 * Issue 14, item 6: pg_terminate_backend in the middle of work. Workers and the server must
 * survive it (an 'error' event on a checked-out client with no listener kills the process, and
 * with it this test run), workers must reconnect and finish every job without spending its
 * attempts, and reads in the window answer 503 E_STORE, never 500.
 */

const gate = await pgTestGate();
const dbs = throwawayDatabases();
after(() => dbs.dropAll());
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const TERMINATE = 'SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()';

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Terminates every connection to `db` from another process, synchronously (the caller is mid-transaction). */
function terminateNow(db: string): void {
  const script = `const pg = require('pg'); const c = new pg.Client(${JSON.stringify(adminUrl())});
    c.connect().then(() => c.query(${JSON.stringify(TERMINATE)}, [${JSON.stringify(db)}])).then(() => c.end());`;
  execFileSync(process.execPath, ['-e', script], { cwd: repo, stdio: 'ignore' });
}

function recordOf(a: Article, i: number): EventRecord {
  const date = new Date(Date.UTC(2021, 0, 1) + i * 20 * 86_400_000).toISOString().slice(0, 10);
  return clashRecord(a.id, date, i);
}

describe('PostgreSQL connection loss', { skip: gate.run ? false : gate.reason }, () => {
  it('workers survive pg_terminate_backend mid-transaction, reconnect and code every job once', { timeout: 60_000 }, async () => {
    const url = await dbs.create();
    const db = new URL(url).pathname.slice(1);
    const store = await openPgStore(url, { log: () => undefined });
    try {
      const articles = syntheticArticles(0, 30, 'loss');
      await enqueueArticles(store, articles);
      let calls = 0;
      const kills = new Set([3, 11, 19]);
      const extractor = {
        extract(a: Article) {
          // Called inside the job's open transaction: the kill lands between its statements.
          if (kills.has(++calls)) terminateNow(db);
          return { records: [recordOf(a, Number(a.id.split('-')[1]))] };
        },
      } as unknown as Extractor;
      const errors: unknown[] = [];
      const report = await runWorker(store, { extractor, concurrency: 2, batchSize: 4, pollMs: 20, leaseMs: 30_000, exitWhenIdle: true, onError: (e) => errors.push(e) });
      assert.ok(errors.length >= 1 && errors.every(isConnectionLoss), `the outages were seen as such: ${errors.map(String).join('; ')}`);
      assert.equal(report.dead, 0);
      assert.equal(report.retried, 0, 'a lost connection spends no attempt');
      const counts = await queueCounts(store);
      assert.equal(counts.done, articles.length, JSON.stringify(counts));
      assert.equal((await store.stats()).articles, articles.length);
    } finally {
      await store.close();
    }
  });

  it('the server answers 503 E_STORE while the database is unreachable, never 500, and recovers', { timeout: 60_000 }, async () => {
    const url = await dbs.create();
    const db = new URL(url).pathname.slice(1);
    const store = await openPgStore(url, { log: () => undefined });
    const logged: string[] = [];
    const app = createApp(store, { log: (m) => logged.push(m) });
    try {
      assert.equal((await app.request('/api/stats')).status, 200);
      const statuses: number[] = [];
      const codes = new Set<string>();
      const hammer = async (until: () => boolean) => {
        while (!until()) {
          for (const p of ['/api/stats', '/api/events?limit=5', '/api/actors']) {
            const r = await app.request(p);
            statuses.push(r.status);
            if (r.status !== 200) codes.add(((await r.json()) as { error: { code: string } }).error.code);
          }
        }
      };
      let done = false;
      const readers = Promise.all([hammer(() => done), hammer(() => done), hammer(() => done)]);
      // Kill every connection a few times while reads are in flight, then shut the door for a while.
      for (let i = 0; i < 5; i++) {
        await admin((c) => c.query(TERMINATE, [db]));
        await new Promise((r) => setTimeout(r, 30));
      }
      await admin(async (c) => {
        await c.query(`ALTER DATABASE "${db}" WITH ALLOW_CONNECTIONS false`);
        await c.query(TERMINATE, [db]);
      });
      await new Promise((r) => setTimeout(r, 300));
      await admin((c) => c.query(`ALTER DATABASE "${db}" WITH ALLOW_CONNECTIONS true`));
      await new Promise((r) => setTimeout(r, 100));
      done = true;
      await readers;
      assert.ok(statuses.includes(503), 'some reads fell in the window');
      assert.deepEqual(statuses.filter((s) => s !== 200 && s !== 503), [], `only 200 or 503; internal errors logged: ${logged.join('\n')}`);
      assert.deepEqual([...codes], ['E_STORE']);
      assert.equal((await app.request('/api/stats')).status, 200, 'answers again once the database is back');
    } finally {
      await store.close();
    }
  });
});
