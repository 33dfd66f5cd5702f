import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { ingest } from '../../ingest/ingest.ts';
import type { Extractor } from '../../pipeline/extractor.ts';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.ts';
import { openSqliteStore } from './sqlite-store.ts';

/** Issue 14, items 7 and 8: migrations under the write lock; a long-held lock waited out, never fatal. */

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-locking-'));
after(() => rmSync(dir, { recursive: true, force: true }));
/** Stands in for the NLP pipeline: these tests are about locking, not extraction. */
const noEvents = { extract: () => ({ records: [] }) } as unknown as Extractor;

function article(name: string, text: string): string {
  const file = path.join(dir, `${name}.txt`);
  writeFileSync(file, text);
  return file;
}

/** Another process's writer, played by a second connection: holds the write lock for ms. */
function holdLock(file: string, ms: number): Promise<void> {
  const holder = new Database(file);
  holder.exec('BEGIN IMMEDIATE');
  return new Promise((resolve) =>
    setTimeout(() => {
      holder.exec('COMMIT');
      holder.close();
      resolve();
    }, ms),
  );
}

describe('SQLite locking', () => {
  it('ten processes opening one fresh file at once all succeed, and migrate it once', async () => {
    const file = path.join(dir, 'fresh.db');
    const at = Date.now() + 4000;
    const runs = Array.from({ length: 10 }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'test', 'helpers', 'open-at.ts'), file, String(at)], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      return new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
    });
    const results = await Promise.all(runs);
    assert.deepEqual(results.map((r) => r.code), Array(10).fill(0), results.map((r) => r.stderr).join('\n'));
    const db = new Database(file, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    db.close();
    assert.deepEqual(versions, SQLITE_MIGRATIONS.map((m) => m.version));
  });

  it('an ingest waits out another writer holding the lock longer than one busy timeout', async () => {
    const file = path.join(dir, 'held.db');
    const store = await openSqliteStore(file, { busyTimeoutMs: 50, lockWaitMs: 10_000 });
    const held = holdLock(file, 1200);
    const report = await ingest(store, [article('held', 'KABUL - Gunmen attacked a checkpoint on 2024-05-02.')], { extractor: noEvents, date: '2024-05-02' });
    await held;
    assert.equal(report.stored, 1);
    assert.equal(report.failed, 0);
    assert.deepEqual(await store.stats(), { articles: 1, events: 0, failures: 0 });
    await store.close();
  });

  it('when the lock outlasts the wait, the ingest goes on and hands back the failure it could not record', async () => {
    const file = path.join(dir, 'outlasted.db');
    const store = await openSqliteStore(file, { busyTimeoutMs: 50, lockWaitMs: 200 });
    const held = holdLock(file, 1500);
    const report = await ingest(store, [article('outlasted', 'HERAT - A blast hit a market on 2024-05-03.')], { extractor: noEvents, date: '2024-05-03' });
    assert.equal(report.stored, 0);
    assert.equal(report.failed, 1);
    assert.equal(report.unrecorded.length, 1, 'recording hit the same lock: the failure comes back to the caller');
    assert.equal(report.unrecorded[0]!.code, 'E_STORE');
    assert.match(report.unrecorded[0]!.message, /stayed locked/);
    await held;
    // Once the lock is free, a re-run stores the article.
    const again = await ingest(store, [article('outlasted', 'HERAT - A blast hit a market on 2024-05-03.')], { extractor: noEvents, date: '2024-05-03' });
    assert.equal(again.stored, 1);
    await store.close();
  });
});
