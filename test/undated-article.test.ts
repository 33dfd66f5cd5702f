import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createApp } from '../src/server/app.ts';
import { createExtractor } from '../src/pipeline/extractor.ts';
import { openPgStore } from '../src/store/postgres/pg-store.ts';
import { pgTestGate, throwawayDatabases } from '../src/store/postgres/pg-test-db.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../src/store/store.ts';
import { REPO } from './helpers/shared.ts';

/**
 * Issue 13, item 1: an article that carries no date anywhere (no date field, no dated dateline,
 * no date under the headline, no --date) must not be lost on any ingest path. Its events are
 * stored undated (null dates, time_precision 4) and the user is told to give --date.
 */

const BIN = join(REPO, 'bin', 'sitrep.js');
const TITLE = 'Clashes near Mopti';
const BODY = 'Fighting broke out on Tuesday between Malian soldiers and jihadists near Mopti in central Mali, killing 7 soldiers, the army said.';
const TEXT = `${TITLE}\n\n${BODY}\n`;

const dir = mkdtempSync(join(tmpdir(), 'sitrep-undated-'));
const STORY = join(dir, 'story.txt');
writeFileSync(STORY, TEXT);
const gate = await pgTestGate();
const dbs = throwawayDatabases();
after(async () => {
  await dbs.dropAll();
  rmSync(dir, { recursive: true, force: true });
});

function sitrep(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** The article and its events are in the store, undated, and nothing was recorded as failed. */
async function assertStoredUndated(store: Store, docId: string): Promise<void> {
  const article = await store.getArticle(docId);
  assert.ok(article, `article ${docId} is stored`);
  assert.equal(article.published, null);
  assert.ok(article.event_ids.length >= 1, 'its events are stored');
  for (const id of article.event_ids) {
    const e = await store.getEvent(id);
    assert.ok(e, `event ${id} is stored`);
    assert.equal(e.event_date, null);
    assert.equal(e.event_date_end, null);
    assert.equal(e.time_precision, 4);
  }
  assert.deepEqual(await store.failures(), []);
}

const WARNING = /no publication date[\s\S]*--date/;

describe('an undated article is stored on every ingest path', () => {
  it('sitrep extract prints its events with null dates and says why', async () => {
    const r = await sitrep(['extract', STORY]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, WARNING);
    const events = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(events.length >= 1);
    for (const e of events) assert.deepEqual([e.event_date, e.event_date_end, e.time_precision], [null, null, 4]);
  });

  it('sitrep ingest into SQLite', async () => {
    const db = join(dir, 'cli.db');
    const r = await sitrep(['ingest', STORY, '--db', db]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, WARNING);
    const store = await openSqliteStore(db);
    try {
      await assertStoredUndated(store, 'story');
    } finally {
      await store.close();
    }
  });

  it('POST /api/ingest', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const app = createApp(store, { token: 'undated-test-token', makeExtractor: () => createExtractor(), log: () => undefined });
      const res = await app.request('/api/ingest', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer undated-test-token' },
        body: JSON.stringify({ id: 'api-undated', title: TITLE, text: BODY }),
      });
      assert.equal(res.status, 200);
      const body = (await res.json()) as { articles: number; failed: unknown[]; warnings: { doc_id: string; message: string }[] };
      assert.equal(body.articles, 1);
      assert.deepEqual(body.failed, []);
      assert.equal(body.warnings.length, 1);
      assert.equal(body.warnings[0].doc_id, 'api-undated');
      assert.match(body.warnings[0].message, /no publication date/);
      await assertStoredUndated(store, 'api-undated');
    } finally {
      await store.close();
    }
  });

  describe('PostgreSQL', { skip: gate.run ? false : gate.reason }, () => {
    it('sitrep ingest --pg', async () => {
      const url = await dbs.create();
      const r = await sitrep(['ingest', STORY, '--pg', url]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, WARNING);
      const store = await openPgStore(url);
      try {
        await assertStoredUndated(store, 'story');
      } finally {
        await store.close();
      }
    });

    it('sitrep ingest --pg --queue, then sitrep worker', async () => {
      const url = await dbs.create();
      const queued = await sitrep(['ingest', STORY, '--pg', url, '--queue']);
      assert.equal(queued.code, 0, queued.err);
      assert.match(queued.err, WARNING);
      const worked = await sitrep(['worker', '--pg', url, '--exit-when-idle', '--max-attempts', '1']);
      assert.equal(worked.code, 0, worked.err);
      const store = await openPgStore(url);
      try {
        const { rows } = await store.pool.query(`SELECT status, last_error FROM ingest_jobs`);
        assert.deepEqual(rows, [{ status: 'done', last_error: null }]);
        await assertStoredUndated(store, 'story');
      } finally {
        await store.close();
      }
    });
  });
});
