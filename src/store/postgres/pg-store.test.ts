import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { openStore } from '../open-store.ts';
import type { Store } from '../store.ts';
import { makeStoredArticle, makeStoredEvent, storeContract } from '../store-contract.ts';
import { PG_MIGRATIONS, migratePg } from './pg-migrations.ts';
import { openPgStore, redactUrl, tsQuery } from './pg-store.ts';
import { pgTestGate, throwawayDatabases } from './pg-test-db.ts';

const gate = await pgTestGate();
const dbs = throwawayDatabases();
after(() => dbs.dropAll());

describe('postgres store', { skip: gate.run ? false : gate.reason }, () => {
  // VACUUM FULL rewrites both tables (new physical row positions); search must not depend on them.
  const urls = new WeakMap<Store, string>();
  storeContract(
    'postgres',
    async () => {
      const url = await dbs.create();
      const store = await openPgStore(url);
      urls.set(store, url);
      return store;
    },
    {
      compact: async (store) => {
        const client = new pg.Client({ connectionString: urls.get(store)! });
        await client.connect();
        try {
          await client.query('VACUUM FULL events, articles');
        } finally {
          await client.end();
        }
      },
    },
  );

  it('records applied migrations once, survives concurrent migrators, refuses a newer schema', async () => {
    const pool = new pg.Pool({ connectionString: await dbs.create() });
    try {
      const runs = await Promise.all([migratePg(pool), migratePg(pool), migratePg(pool)]);
      assert.deepEqual(runs.flat().sort(), PG_MIGRATIONS.map((m) => m.version), 'each migration applied exactly once');
      assert.deepEqual(await migratePg(pool), []);
      await pool.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'now')");
      await assert.rejects(migratePg(pool), /version 999/);
    } finally {
      await pool.end();
    }
  });

  it('serves bbox and text filters from indexes (no PostGIS needed)', async () => {
    const store = await openPgStore(await dbs.create());
    try {
      const c = await store.pool.connect();
      try {
        await c.query('SET enable_seqscan = off');
        const explain = async (sql: string) => (await c.query(`EXPLAIN ${sql}`)).rows.map((r) => r['QUERY PLAN']).join('\n');
        assert.match(await explain('SELECT * FROM events WHERE latitude BETWEEN 1 AND 2 AND longitude BETWEEN 3 AND 4'), /events_lat_lon/);
        assert.match(await explain("SELECT * FROM events WHERE search @@ to_tsquery('simple', 'kirk:*')"), /events_search/);
      } finally {
        c.release();
      }
    } finally {
      await store.close();
    }
  });

  it('migration 9 leaves events stored before it without decided_by, crowd_size and fatalities_flag', async () => {
    const url = await dbs.create();
    const pool = new pg.Pool({ connectionString: url });
    try {
      await migratePg(pool, PG_MIGRATIONS.filter((m) => m.version <= 8));
      const cols = 'event_id, doc_id, event_date, event_date_end, time_precision, historical, disorder_type, event_type, sub_event_type, inter1, inter2, interaction, claims, evidence, notes, confidence, sources, n_sources, first_seen, updated_at, search';
      await pool.query(`INSERT INTO events (${cols}) VALUES ('e8', 'd', '2022-01-20', '2022-01-20', 1, false, 'Demonstrations', 'Protests', 'Peaceful protest', 6, 0, 60, '[]', '[]', 'march', 0.5, '[]', 1, 't', 't', to_tsvector('simple', 'march'))`);
    } finally {
      await pool.end();
    }
    const store = await openPgStore(url);
    try {
      const old = await store.getEvent('e8');
      assert.equal(old?.event_id, 'e8');
      assert.deepEqual(['decided_by', 'crowd_size', 'fatalities_flag'].filter((k) => k in old!), []);
    } finally {
      await store.close();
    }
  });

  it('keeps data across close and reopen', async () => {
    const url = await dbs.create();
    const s1 = await openPgStore(url);
    await s1.saveArticle(makeStoredArticle({ doc_id: 'd1', event_ids: ['e1'] }), [makeStoredEvent({ event_id: 'e1', doc_id: 'd1' })]);
    await s1.close();
    const s2 = await openStore({ pg: url });
    assert.equal(s2.kind, 'postgres');
    assert.deepEqual(await s2.stats(), { articles: 1, events: 1, failures: 0 });
    assert.equal((await s2.queryEvents({ text: 'ghweran' })).total, 1);
    await s2.close();
  });

  it('transaction(): a throw rolls back everything, saves included', async () => {
    const store = await openPgStore(await dbs.create());
    try {
      await assert.rejects(
        store.transaction(async (tx) => {
          await tx.lock(['Battles', 'hash-x']);
          await tx.saveArticle(makeStoredArticle({ doc_id: 'dx', event_ids: ['ex'] }), [makeStoredEvent({ event_id: 'ex', doc_id: 'dx' })]);
          assert.equal((await tx.stats()).articles, 1, 'visible inside the transaction');
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.deepEqual(await store.stats(), { articles: 0, events: 0, failures: 0 });
    } finally {
      await store.close();
    }
  });
});

describe('postgres helpers', () => {
  it('turns free text into a safe prefix tsquery', () => {
    assert.equal(tsQuery('Air strike'), "'air':* & 'strike':*");
    assert.equal(tsQuery("x' | !y"), "'x':* & 'y':*");
    assert.equal(tsQuery('--- "" '), null);
  });
  it('hides passwords in URLs', () => {
    assert.equal(redactUrl('postgres://u:secret@h:5432/db'), 'postgres://u:***@h:5432/db');
    assert.equal(redactUrl('postgres://h/db'), 'postgres://h/db');
  });
  it('openStore refuses --db with --pg', async () => {
    await assert.rejects(openStore({ db: 'x.db', pg: 'postgres://h/db' }), /not both/);
  });
});
