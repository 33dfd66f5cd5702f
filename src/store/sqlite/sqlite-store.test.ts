import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openStore } from '../open-store.ts';
import type { Store } from '../store.ts';
import { makeStoredArticle, makeStoredEvent, storeContract } from '../store-contract.ts';
import { SQLITE_MIGRATIONS, migrateSqlite } from './sqlite-migrations.ts';
import { ftsQuery, openSqliteStore, whereOf } from './sqlite-store.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-sqlite-'));

/** The event columns every schema version has: rows written before a migration fill only these. */
const EARLY_EVENT_COLUMNS = 'event_id, doc_id, event_date, event_date_end, time_precision, historical, disorder_type, event_type, sub_event_type, inter1, inter2, interaction, claims, evidence, notes, confidence, sources, n_sources, first_seen, updated_at';

/** An event row written before a migration: its coding (disorder, type, sub-type, inter codes, notes), the rest fixed. */
function insertEarlyEvent(db: Database.Database, id: string, coded: [string, string, string, number, number, number, string]): void {
  db.prepare(`INSERT INTO events (${EARLY_EVENT_COLUMNS}) VALUES (?, 'd', '2022-01-20', '2022-01-20', 1, 0, ?, ?, ?, ?, ?, ?, '[]', '[]', ?, 0.5, '[]', 1, 't', 't')`).run(id, ...coded);
}
after(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;

storeContract('sqlite :memory:', () => openSqliteStore(':memory:'));
/** Each file store's path, for VACUUM from a connection of the test's own. */
const files = new WeakMap<Store, string>();
const openFile = async (opts?: Parameters<typeof openSqliteStore>[1]) => {
  const file = path.join(dir, `contract-${++fileNo}.db`);
  const store = await openSqliteStore(file, opts);
  files.set(store, file);
  return store;
};
const vacuum = async (store: Store) => {
  const db = new Database(files.get(store)!);
  try {
    db.exec('VACUUM');
  } finally {
    db.close();
  }
};
storeContract('sqlite file', () => openFile(), { compact: vacuum });
// Reads (queryEvents, queryEventsJson, tallies, actors) on a worker thread with read-only
// connections, writes on the main one: every read must still see every committed write, and
// errors keep their codes across the thread boundary.
storeContract('sqlite file, reads on a worker thread', () => openFile({ readWorkers: 1 }), { compact: vacuum });

/** Two events at rowids 7 and 42 (a gap, as deletions leave), each with its full-text row keyed on that rowid, in a store of an early version. */
function seedIndexedEvents(db: Database.Database): void {
  const insert = db.prepare(`INSERT INTO events (rowid, ${EARLY_EVENT_COLUMNS}) VALUES (?, ?, 'd', '2022-01-20', '2022-01-20', 1, 0, 'Political violence', 'Battles', 'Armed clash', 2, 1, 12, '[]', '[]', ?, 0.5, '[]', 1, 't', 't')`);
  insert.run(7, 'e7', 'clash at Tal Tamr');
  insert.run(42, 'e42', 'shelling of Ariha');
  db.prepare("INSERT INTO events_fts (rowid, notes, actors, location, titles) VALUES (7, 'clash at Tal Tamr', '', '', ''), (42, 'shelling of Ariha', '', '', '')").run();
}

describe('sqlite store specifics', () => {
  it('keeps data across close and reopen, in WAL mode', async () => {
    const file = path.join(dir, 'reopen.db');
    const s1 = await openSqliteStore(file);
    await s1.saveArticle(makeStoredArticle({ doc_id: 'd1', event_ids: ['e1'] }), [makeStoredEvent({ event_id: 'e1', doc_id: 'd1' })]);
    await s1.recordFailure({ origin: 'x', line: null, doc_id: null, code: 'E_INPUT_EMPTY', message: 'empty', at: '2024-01-01T00:00:00.000Z' });
    await s1.close();
    const s2 = await openSqliteStore(file);
    assert.deepEqual(await s2.stats(), { articles: 1, events: 1, failures: 1 });
    assert.equal((await s2.getEvent('e1'))?.actor1, 'Islamic State');
    assert.equal((await s2.queryEvents({ text: 'Ghweran' })).total, 1);
    await s2.close();
    const raw = new Database(file, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    raw.close();
  });

  it('records applied migrations once and refuses a newer schema', () => {
    const db = new Database(':memory:');
    assert.deepEqual(migrateSqlite(db), SQLITE_MIGRATIONS.map((m) => m.version));
    assert.deepEqual(migrateSqlite(db), []);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, ?, ?)').run('future', 'now');
    assert.throws(() => migrateSqlite(db), /version 999/);
    db.close();
  });

  it('migration 3 lets a version-2 database take undated events and keeps its events searchable', async () => {
    const file = path.join(dir, 'v2.db');
    const old = new Database(file);
    migrateSqlite(old, SQLITE_MIGRATIONS.filter((m) => m.version <= 2));
    old.close();
    // as the previous release left it: dates NOT NULL
    const v2 = new Database(file);
    assert.throws(() => v2.prepare('INSERT INTO events (event_id, event_date) VALUES (?, NULL)').run('x'), /NOT NULL/);
    v2.close();
    const s = await openSqliteStore(file);
    await s.saveArticle(makeStoredArticle({ doc_id: 'd-old', event_ids: ['e-old'] }), [makeStoredEvent({ event_id: 'e-old', doc_id: 'd-old', notes: 'Ghweran prison clash.' })]);
    await s.saveArticle(makeStoredArticle({ doc_id: 'd-new', published: null, event_ids: ['e-new'] }), [
      makeStoredEvent({ event_id: 'e-new', doc_id: 'd-new', event_date: null, event_date_end: null, time_precision: 4, notes: 'Undated clash at Tal Tamr.' }),
    ]);
    assert.equal((await s.getEvent('e-new'))?.event_date, null);
    assert.deepEqual((await s.queryEvents({ text: 'Ghweran' })).events.map((e) => e.event_id), ['e-old']);
    assert.deepEqual((await s.queryEvents({ text: 'Tamr' })).events.map((e) => e.event_id), ['e-new']);
    await s.close();
  });

  it('migration 3 keeps every event row and its full-text rowid', () => {
    const db = new Database(':memory:');
    migrateSqlite(db, SQLITE_MIGRATIONS.filter((m) => m.version <= 2));
    seedIndexedEvents(db);
    assert.deepEqual(migrateSqlite(db, SQLITE_MIGRATIONS.filter((m) => m.version <= 3)), [3]);
    const byText = (w: string) => db.prepare('SELECT event_id FROM events WHERE rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)').pluck().all(w);
    assert.deepEqual(byText('Tamr'), ['e7']);
    assert.deepEqual(byText('Ariha'), ['e42']);
    db.close();
  });

  it('migration 5 gives events stored before it an empty list of mention offsets', async () => {
    const file = path.join(tmpdir(), `sitrep-m4-${process.pid}.db`);
    const db = new Database(file);
    migrateSqlite(db, SQLITE_MIGRATIONS.filter((m) => m.version <= 3));
    insertEarlyEvent(db, 'e1', ['Political violence', 'Battles', 'Armed clash', 2, 1, 12, 'clash']);
    db.close();
    const s = await openSqliteStore(file);
    try {
      assert.deepEqual((await s.getEvent('e1'))?.mentions, []);
    } finally {
      await s.close();
      rmSync(file, { force: true });
    }
  });

  it('migration 6 indexes the bodies of articles stored before it; migration 7 leaves events unreviewed', async () => {
    const file = path.join(dir, 'v3.db');
    const db = new Database(file);
    migrateSqlite(db, SQLITE_MIGRATIONS.filter((m) => m.version <= 3));
    db.prepare("INSERT INTO articles (doc_id, content_hash, text, origin, ingested_at, event_ids) VALUES ('d3', 'h3', 'Fighting near the Sinaa prison.', 'o', 't', '[\"e3\"]')").run();
    db.close();
    const s = await openSqliteStore(file);
    await s.saveArticle(makeStoredArticle({ doc_id: 'd4', event_ids: ['e3'] }), [makeStoredEvent({ event_id: 'e3', doc_id: 'd4', notes: 'A clash.' })]);
    assert.deepEqual((await s.queryEvents({ text: 'Sinaa' })).events.map((e) => e.event_id), ['e3']);
    assert.equal((await s.getEvent('e3'))?.review_status, undefined);
    await s.close();
  });

  it('migration 8 leaves events stored before it without decided_by, crowd_size and fatalities_flag; new saves keep them', async () => {
    const file = path.join(dir, 'v7.db');
    const db = new Database(file);
    migrateSqlite(db, SQLITE_MIGRATIONS.filter((m) => m.version <= 7));
    insertEarlyEvent(db, 'e7', ['Demonstrations', 'Protests', 'Peaceful protest', 6, 0, 60, 'march']);
    db.close();
    const s = await openSqliteStore(file);
    try {
      const old = await s.getEvent('e7');
      assert.deepEqual(['decided_by', 'crowd_size', 'fatalities_flag'].filter((k) => k in old!), []);
      const crowd = { text: 'dozens', low: 12, high: null, qualifier: 'vague' } as const;
      await s.saveArticle(makeStoredArticle({ doc_id: 'd8', event_ids: ['e8'] }), [makeStoredEvent({ event_id: 'e8', doc_id: 'd8', decided_by: 'model', crowd_size: crowd })]);
      const fresh = await s.getEvent('e8');
      assert.deepEqual([fresh?.decided_by, fresh?.crowd_size, fresh?.fatalities_flag], ['model', crowd, undefined]);
    } finally {
      await s.close();
    }
  });

  it('migration 10 keys both full-text indexes on explicit ids that hold the old rowids: a version-9 store keeps its search', () => {
    const db = new Database(':memory:');
    migrateSqlite(db, SQLITE_MIGRATIONS.filter((m) => m.version <= 9));
    seedIndexedEvents(db);
    db.prepare("INSERT INTO articles (rowid, doc_id, content_hash, text, origin, ingested_at, event_ids) VALUES (5, 'd5', 'h5', 'Guards at the Sinaa prison.', 'o', 't', '[\"e7\"]'), (9, 'd9', 'h9', 'Shells fell on Ariha market.', 'o', 't', '[\"e42\"]')").run();
    assert.deepEqual(migrateSqlite(db), [10]);
    const pk = (table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string; pk: number }[]).filter((c) => c.pk).map((c) => [c.name, c.type]);
    assert.deepEqual(pk('events'), [['id', 'INTEGER']]);
    assert.deepEqual(pk('articles'), [['id', 'INTEGER']]);
    const events = (w: string) => db.prepare('SELECT event_id FROM events WHERE id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)').pluck().all(w);
    const articles = (w: string) => db.prepare('SELECT doc_id FROM articles WHERE id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)').pluck().all(w);
    assert.deepEqual([events('Tamr'), events('Ariha'), articles('Sinaa'), articles('market')], [['e7'], ['e42'], ['d5'], ['d9']]);
    // A new article after the migration takes a fresh id, and the trigger indexes it under that id.
    db.prepare("INSERT INTO articles (doc_id, content_hash, text, origin, ingested_at) VALUES ('d10', 'h10', 'Drones over Deir ez-Zor.', 'o', 't')").run();
    assert.deepEqual(articles('drones'), ['d10']);
    assert.throws(() => db.prepare("INSERT INTO events (event_id, doc_id) VALUES ('e7', 'x')").run(), /UNIQUE|NOT NULL/);
    db.close();
  });

  it('text search survives VACUUM and a .dump reloaded into a new file, also where rows were deleted (migration 10)', async (t) => {
    const file = path.join(dir, 'vacuum.db');
    const s = await openSqliteStore(file);
    const words = ['Ghweran prison', 'Tal Tamr road', 'Ariha market', 'Sinaa gate'];
    for (const [i, w] of words.entries()) {
      await s.saveArticle(makeStoredArticle({ doc_id: `d${i}`, text: `Body ${i}: fighting near the ${w}.`, event_ids: [`e${i}`] }), [
        makeStoredEvent({ event_id: `e${i}`, doc_id: `d${i}`, notes: `Note ${i}: clash by the ${w}.` }),
      ]);
    }
    await s.close();
    // Housekeeping by hand deletes the first article and its event: the ids now have a gap at 1.
    const raw = new Database(file);
    raw.exec("DELETE FROM events WHERE event_id = 'e0'; DELETE FROM articles WHERE doc_id = 'd0';");
    raw.exec('VACUUM');
    raw.close();
    const check = async (f: string, label: string) => {
      const store = await openSqliteStore(f);
      try {
        for (const [i, w] of words.entries()) {
          if (i === 0) continue;
          const [first, second] = w.split(' ');
          // 'fighting' and the word pair occur in the body only; 'clash' in the notes only.
          assert.deepEqual((await store.queryEvents({ text: `fighting ${first}` })).events.map((e) => e.event_id), [`e${i}`], `${label}: body of d${i}`);
          assert.deepEqual((await store.queryEvents({ text: `clash ${second}` })).events.map((e) => e.event_id), [`e${i}`], `${label}: notes of e${i}`);
        }
        assert.deepEqual((await store.queryEvents({ text: 'Ghweran' })).events, [], `${label}: the deleted article's words find nothing`);
        // A new article takes an id no earlier row had, so it never inherits a deleted one's words.
        await store.saveArticle(makeStoredArticle({ doc_id: 'd-new', text: 'Drones over Deir ez-Zor.', event_ids: ['e-new'] }), [makeStoredEvent({ event_id: 'e-new', doc_id: 'd-new', notes: 'Drone strike.' })]);
        assert.deepEqual((await store.queryEvents({ text: 'Ghweran' })).events, [], `${label}: a new article does not take the deleted one's words`);
        assert.deepEqual((await store.queryEvents({ text: 'Deir' })).events.map((e) => e.event_id), ['e-new'], label);
      } finally {
        await store.close();
      }
    };
    const copy = path.join(dir, 'vacuum-dump.db');
    const dumped = spawnSync('sqlite3', [file, '.dump'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    await check(file, 'after VACUUM');
    if (dumped.error) return t.skip('no sqlite3 command-line shell to .dump with');
    // The shell may be built without STAT4, whose planner statistics the dump carries: leave them out.
    const sql = dumped.stdout.split('\n').filter((l) => !l.includes('sqlite_stat4')).join('\n');
    const loaded = spawnSync('sqlite3', [copy], { input: sql, encoding: 'utf8' });
    assert.equal(loaded.status, 0, loaded.stderr);
    await check(copy, 'after .dump and reload');
  });

  it('turns free text into a safe FTS5 query', () => {
    assert.equal(ftsQuery('air strike'), '"air"* "strike"*');
    assert.equal(ftsQuery('NEAR(" x'), '"NEAR"* "x"*');
    assert.equal(ftsQuery('--- "" '), null);
    // Repeats and words another word starts with are implied by it.
    assert.equal(ftsQuery('raid Raid RAID'), '"raid"*');
    assert.equal(ftsQuery('air airstrike strike'), '"airstrike"* "strike"*');
    assert.equal(ftsQuery('Kirkuk kir'), '"Kirkuk"*');
  });

  it('plans bbox and date filters on indexes', () => {
    const db = new Database(':memory:');
    migrateSqlite(db);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    assert.match(plan('SELECT * FROM events WHERE latitude BETWEEN 1 AND 2 AND longitude BETWEEN 3 AND 4'), /USING INDEX events_lat_lon/);
    assert.match(plan("SELECT * FROM events WHERE event_date <= '2020-01-01'"), /USING INDEX events_date/);
    assert.match(plan("SELECT * FROM events WHERE event_type = 'Battles' AND event_date <= '2020-01-02' AND event_date_end >= '2020-01-01'"), /USING INDEX events_type_date/);
    db.close();
  });

  it('counts and picks a page\'s rows for the common filter shapes from an index alone, whichever index it takes (migration 9)', () => {
    const db = new Database(':memory:');
    migrateSqlite(db);
    // Each filter shape with the indexes a planner may answer it from, each forced in turn: the
    // planner's choice rests on sampled statistics, so none of them may need the table's wide rows.
    const shapes: [Parameters<typeof whereOf>[0], string[]][] = [
      [{ bbox: [0, 5, 30, 25], from: '2021-01-01', to: '2022-12-31', event_type: 'Battles' }, ['events_type_hist_date', 'events_hist_date', 'events_lat_lon']],
      [{ bbox: [0, 5, 30, 25] }, ['events_hist_date', 'events_lat_lon']],
      [{ country: 'SYR', min_fatalities: 3, from: '2018-06-01' }, ['events_iso3_hist']],
      [{ country: 'Syria', from: '2018-06-01' }, ['events_country_hist']],
      [{ event_type: 'Protests', from: '2020-01-01' }, ['events_type_hist_date', 'events_hist_date']],
      [{}, ['events_hist_date']],
    ];
    for (const [q, indexes] of shapes) {
      const w = whereOf(q);
      for (const sql of [`SELECT COUNT(*) FROM events ${w.sql}`, `SELECT rowid FROM events ${w.sql} ORDER BY event_date DESC NULLS LAST, event_id LIMIT 100`]) {
        for (const index of indexes) {
          const forced = (db.prepare(`EXPLAIN QUERY PLAN ${sql.replace('FROM events', `FROM events INDEXED BY ${index}`)}`).all(...w.params) as { detail: string }[]).map((r) => r.detail);
          assert.ok(forced.some((d) => d.includes(`USING COVERING INDEX ${index}`)), `${JSON.stringify(q)} through ${index} reads table rows: ${forced.join(' | ')}`);
        }
      }
    }
    db.close();
  });
});

describe('openStore', () => {
  it('opens SQLite at the given file', async () => {
    const s = await openStore({ db: path.join(dir, 'open.db') });
    assert.equal(s.kind, 'sqlite');
    await s.close();
  });
  it('names an unreachable PostgreSQL server clearly, without its password', async () => {
    await assert.rejects(
      openStore({ pg: 'postgres://sitrep:secret@127.0.0.1:1/sitrep' }),
      (e: Error & { code?: string }) => e.code === 'E_STORE' && /cannot open PostgreSQL/.test(e.message) && !e.message.includes('secret'),
    );
  });
});
