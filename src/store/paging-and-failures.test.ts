import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { keyOf, SORT_COLUMNS, type PageKey, type Sort } from './keyset.ts';
import { openPgStore } from './postgres/pg-store.ts';
import { pgTestGate, throwawayDatabases } from './postgres/pg-test-db.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import { makeStoredArticle, makeStoredEvent } from './store-contract.ts';
import type { Store, StoredEvent } from './store.ts';

/**
 * Issue 14, items 10 and 13, on both backends: keyset pages give exactly the rows offset pages do
 * (ties, NULLs last both ways), the country filter takes a name or an ISO code without an OR scan,
 * and a failure recorded again replaces its row instead of adding one.
 */

const gate = await pgTestGate();
const dbs = throwawayDatabases();
after(() => dbs.dropAll());

/** 40 events with repeated dates and fatalities (ties) and NULLs in both, in two countries. */
function seedEvents(): StoredEvent[] {
  return Array.from({ length: 40 }, (_, i) => {
    const iraq = i % 3 !== 0;
    const day = String(1 + (i % 6)).padStart(2, '0');
    return makeStoredEvent({
      event_id: `ev-${String((i * 17) % 40).padStart(2, '0')}`,
      doc_id: 'paging',
      event_date: i % 7 === 0 ? null : `2023-03-${day}`,
      event_date_end: i % 7 === 0 ? null : `2023-03-${day}`,
      fatalities: i % 5 === 0 ? null : i % 4,
      confidence: [0.5, 0.7, 0.9][i % 3]!,
      country: iraq ? 'Iraq' : 'Syria',
      iso3: iraq ? 'IRQ' : 'SYR',
    });
  });
}

const backends: [string, () => Promise<Store>][] = [
  ['sqlite', () => openSqliteStore(':memory:')],
  ['postgres', async () => openPgStore(await dbs.create())],
];

for (const [name, open] of backends) {
  describe(`${name}: keyset paging, country filter, failures`, { skip: name === 'postgres' && !gate.run ? (gate as { reason: string }).reason : false }, () => {
    it('every sort: pages after a key concatenate to the offset listing', async () => {
      const store = await open();
      try {
        const events = seedEvents();
        await store.saveArticle(makeStoredArticle({ doc_id: 'paging', event_ids: events.map((e) => e.event_id) }), events);
        for (const sort of Object.keys(SORT_COLUMNS) as Sort[]) {
          for (const filter of [{}, { country: 'Iraq' }]) {
            const all = (await store.queryEvents({ ...filter, sort, limit: 1000 })).events.map((e) => e.event_id);
            const paged: string[] = [];
            let after: PageKey | undefined;
            for (let pages = 0; pages < 50; pages++) {
              const { events: page, total } = await store.queryEvents({ ...filter, sort, limit: 6, ...(after && { after }) });
              assert.equal(total, all.length);
              paged.push(...page.map((e) => e.event_id));
              if (page.length < 6) break;
              after = keyOf(page.at(-1)!, sort);
            }
            assert.deepEqual(paged, all, `sort=${sort} ${JSON.stringify(filter)}`);
          }
        }
        await assert.rejects(store.queryEvents({ offset: 5, after: { value: null, id: 'x' } }), /offset or a cursor/);
      } finally {
        await store.close();
      }
    });

    it('the country filter takes a name or an ISO code, in any case', async () => {
      const store = await open();
      try {
        const events = seedEvents();
        await store.saveArticle(makeStoredArticle({ doc_id: 'paging', event_ids: events.map((e) => e.event_id) }), events);
        const iraq = events.filter((e) => e.country === 'Iraq').length;
        for (const country of ['Iraq', 'iraq', 'IRQ', 'irq']) assert.equal((await store.queryEvents({ country })).total, iraq, country);
        assert.equal((await store.queryEvents({ country: 'Syr' })).total, 40 - iraq, 'a three-letter value is a code');
        assert.equal((await store.queryEvents({ country: 'Atlantis' })).total, 0);
      } finally {
        await store.close();
      }
    });

    it('the same failure recorded again (a re-run) is one row, moved to the newest', async () => {
      const store = await open();
      try {
        const f = { origin: 'in/a.jsonl', line: 3, doc_id: null, code: 'E_INPUT_JSON', message: 'line 3 is not JSON', at: '2024-01-01T00:00:00.000Z' };
        await store.recordFailure(f);
        await store.recordFailure({ ...f, origin: 'in/b.jsonl' });
        await store.recordFailure({ ...f, at: '2024-01-02T00:00:00.000Z' });
        await store.recordFailure({ ...f, line: null, at: '2024-01-03T00:00:00.000Z' });
        await store.recordFailure({ ...f, line: null, at: '2024-01-04T00:00:00.000Z' });
        assert.equal((await store.stats()).failures, 3);
        const listed = await store.failures(10);
        assert.deepEqual(listed.map((x) => [x.origin, x.line, x.at]), [
          ['in/a.jsonl', null, '2024-01-04T00:00:00.000Z'],
          ['in/a.jsonl', 3, '2024-01-02T00:00:00.000Z'],
          ['in/b.jsonl', 3, '2024-01-01T00:00:00.000Z'],
        ]);
      } finally {
        await store.close();
      }
    });
  });
}

describe('sqlite: the country filter uses an index', () => {
  it('for a name and for an ISO code (no OR over two columns, no table scan)', async () => {
    const Database = (await import('better-sqlite3')).default;
    const { migrateSqlite } = await import('./sqlite/sqlite-migrations.ts');
    const { whereOf } = await import('./sqlite/sqlite-store.ts');
    const db = new Database(':memory:');
    migrateSqlite(db);
    for (const country of ['Iraq', 'IRQ']) {
      const where = whereOf({ country });
      const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT * FROM events ${where.sql}`).all(...where.params) as { detail: string }[];
      assert.ok(plan.some((p) => /USING (COVERING )?INDEX events_(iso3|country)/.test(p.detail)), `${country}: ${plan.map((p) => p.detail).join(' | ')}`);
    }
    db.close();
  });
});
