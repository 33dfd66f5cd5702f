import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { makeStoredArticle, makeStoredEvent } from '../store/store-contract.ts';
import { createApp } from './app.ts';
import { createResponseCache } from './response-cache.ts';

/** Issue 14 (load): answers kept while the store is unchanged, and never once it has changed. */

describe('response cache', () => {
  test('one answer per key while the marker holds; a new marker, a failure or the size bound drops answers', async () => {
    let marker = 'm1';
    let made = 0;
    const cached = createResponseCache(async () => marker, 10);
    const make = (body: string) => async () => (made++, body);
    assert.equal(await cached('a', make('aaaa')), 'aaaa');
    assert.equal(await cached('a', make('other')), 'aaaa');
    assert.equal(made, 1);
    marker = 'm2';
    assert.equal(await cached('a', make('new!')), 'new!', 'a write changed the marker');
    await assert.rejects(cached('b', async () => Promise.reject(new Error('store down'))), /store down/);
    assert.equal(await cached('b', make('bbbb')), 'bbbb', 'a failure is not kept');
    assert.equal(await cached('c', make('cccc')), 'cccc'); // 12 chars kept > 10: the least recently used ('a') goes
    made = 0;
    assert.equal(await cached('c', make('x')), 'cccc');
    assert.equal(await cached('a', make('gone')), 'gone');
    assert.equal(made, 1);
  });

  test('callers asking while the answer is being made share it; without a marker nothing is kept', async () => {
    let made = 0;
    const cached = createResponseCache(async () => 'm', 1000);
    const slow = async () => (made++, await new Promise((r) => setTimeout(r, 20)), 'body');
    assert.deepEqual(await Promise.all(Array.from({ length: 10 }, () => cached('k', slow))), Array(10).fill('body'));
    assert.equal(made, 1);
    const uncached = createResponseCache(undefined);
    made = 0;
    await uncached('k', slow);
    await uncached('k', slow);
    assert.equal(made, 2);
  });

  test('/api/events on SQLite sees writes of this process and of another connection to the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sitrep-cache-'));
    const file = join(dir, 'c.db');
    const served = await openSqliteStore(file);
    const other = await openSqliteStore(file);
    try {
      const app = createApp(served);
      const ids = async (q = '') => ((await (await app.request(`/api/events?limit=50${q}`)).json()) as { total: number; events: { event_id: string }[] });
      const save = async (store: typeof served, n: number) => {
        const e = makeStoredEvent({ event_id: `e${n}`, doc_id: `d${n}`, event_date: `2022-01-${String(10 + n).padStart(2, '0')}` });
        await store.saveArticle(makeStoredArticle({ doc_id: `d${n}`, event_ids: [e.event_id] }), [e]);
      };
      assert.equal((await ids()).total, 0);
      await save(served, 1);
      assert.deepEqual((await ids()).events.map((e) => e.event_id), ['e1'], 'a write through the served store');
      await save(other, 2);
      const after = await ids();
      assert.equal(after.total, 2, 'a write through another connection');
      assert.deepEqual(after.events.map((e) => e.event_id), ['e2', 'e1']);
      assert.equal((await ids('&sort=date')).total, 2, 'the count of another filter too');
      // A transaction rolled back leaves total_changes() raised: its rows must not linger in a kept count.
      await assert.rejects(served.writeTransaction([], async (tx) => {
        await save(tx as typeof served, 3);
        assert.equal((await tx.queryEvents({})).total, 3);
        throw new Error('abandon');
      }), /abandon/);
      assert.equal((await served.queryEvents({})).total, 2);
      assert.equal((await ids()).total, 2);
    } finally {
      await other.close();
      await served.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
