import type { Database } from 'better-sqlite3';
import { SitrepError } from '../../errors.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** The events columns as migration 1 made them, in order; spelled out so that migration 3 copies exactly these. */
const EVENT_COLUMNS_V1 = [
  'event_id', 'doc_id', 'event_date', 'event_date_end', 'time_precision', 'historical', 'disorder_type', 'event_type',
  'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction',
  'actor1_mention', 'actor2_mention', 'country', 'iso3', 'admin1', 'admin2', 'location', 'latitude', 'longitude',
  'geo_precision', 'geonameid', 'fatalities', 'claims', 'evidence', 'notes', 'confidence', 'sources', 'n_sources',
  'first_seen', 'updated_at',
].join(', ');

/** The articles columns as migration 1 made them (none was added since); migration 10 copies these. */
const ARTICLE_COLUMNS_V1 = 'doc_id, content_hash, title, publisher, url, published, text, origin, ingested_at, event_ids';

/** The events columns after migration 9 (migrations 5, 7 and 8 added the last six); migration 10 copies these. */
const EVENT_COLUMNS_V9 = `${EVENT_COLUMNS_V1}, mentions, review_status, decided_by, crowd_size, fatalities_flag`;

/**
 * Append-only: a released migration is never edited, a change is a new version. JSON columns
 * (claims, evidence, sources, event_ids) hold arrays that are always read whole with their row.
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = Object.freeze([
  {
    version: 1,
    name: 'articles, events, failures, full-text index',
    sql: `
      CREATE TABLE articles (
        doc_id        TEXT PRIMARY KEY,
        content_hash  TEXT NOT NULL,
        title         TEXT,
        publisher     TEXT,
        url           TEXT,
        published     TEXT,
        text          TEXT NOT NULL,
        origin        TEXT NOT NULL,
        ingested_at   TEXT NOT NULL,
        event_ids     TEXT NOT NULL DEFAULT '[]'
      );
      CREATE INDEX articles_content_hash ON articles (content_hash);

      CREATE TABLE events (
        event_id        TEXT PRIMARY KEY,
        doc_id          TEXT NOT NULL,
        event_date      TEXT NOT NULL,
        event_date_end  TEXT NOT NULL,
        time_precision  INTEGER NOT NULL,
        historical      INTEGER NOT NULL,
        disorder_type   TEXT NOT NULL,
        event_type      TEXT NOT NULL,
        sub_event_type  TEXT NOT NULL,
        actor1          TEXT,
        assoc_actor_1   TEXT,
        inter1          INTEGER NOT NULL,
        actor2          TEXT,
        assoc_actor_2   TEXT,
        inter2          INTEGER NOT NULL,
        interaction     INTEGER NOT NULL,
        actor1_mention  TEXT,
        actor2_mention  TEXT,
        country         TEXT,
        iso3            TEXT,
        admin1          TEXT,
        admin2          TEXT,
        location        TEXT,
        latitude        REAL,
        longitude       REAL,
        geo_precision   INTEGER,
        geonameid       INTEGER,
        fatalities      INTEGER,
        claims          TEXT NOT NULL,
        evidence        TEXT NOT NULL,
        notes           TEXT NOT NULL,
        confidence      REAL NOT NULL,
        sources         TEXT NOT NULL,
        n_sources       INTEGER NOT NULL,
        first_seen      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      );
      CREATE INDEX events_type_date ON events (event_type, event_date);
      CREATE INDEX events_date ON events (event_date);
      CREATE INDEX events_date_end ON events (event_date_end);
      CREATE INDEX events_lat_lon ON events (latitude, longitude);
      CREATE INDEX events_country ON events (country COLLATE NOCASE);
      CREATE INDEX events_fatalities ON events (fatalities);

      -- rowid = events.rowid; refreshed by saveArticle together with its event row
      CREATE VIRTUAL TABLE events_fts USING fts5 (notes, actors, location, titles, tokenize = 'unicode61 remove_diacritics 2');

      CREATE TABLE failures (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        origin   TEXT NOT NULL,
        line     INTEGER,
        doc_id   TEXT,
        code     TEXT NOT NULL,
        message  TEXT NOT NULL,
        at       TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'case-insensitive type indexes',
    // Filters compare event and sub-event types case-insensitively; only NOCASE indexes serve them.
    sql: `
      CREATE INDEX events_type_nocase_date ON events (event_type COLLATE NOCASE, event_date);
      CREATE INDEX events_sub_nocase_date ON events (sub_event_type COLLATE NOCASE, event_date);
      ANALYZE;
    `,
  },
  {
    version: 3,
    name: 'undated events: event_date and event_date_end may be NULL',
    // SQLite cannot drop a NOT NULL constraint, so the table is rebuilt. Rows keep their rowids,
    // which events_fts is keyed on; dropping the old table dropped its indexes, made again here.
    sql: `
      CREATE TABLE events_v3 (
        event_id        TEXT PRIMARY KEY,
        doc_id          TEXT NOT NULL,
        event_date      TEXT,
        event_date_end  TEXT,
        time_precision  INTEGER NOT NULL,
        historical      INTEGER NOT NULL,
        disorder_type   TEXT NOT NULL,
        event_type      TEXT NOT NULL,
        sub_event_type  TEXT NOT NULL,
        actor1          TEXT,
        assoc_actor_1   TEXT,
        inter1          INTEGER NOT NULL,
        actor2          TEXT,
        assoc_actor_2   TEXT,
        inter2          INTEGER NOT NULL,
        interaction     INTEGER NOT NULL,
        actor1_mention  TEXT,
        actor2_mention  TEXT,
        country         TEXT,
        iso3            TEXT,
        admin1          TEXT,
        admin2          TEXT,
        location        TEXT,
        latitude        REAL,
        longitude       REAL,
        geo_precision   INTEGER,
        geonameid       INTEGER,
        fatalities      INTEGER,
        claims          TEXT NOT NULL,
        evidence        TEXT NOT NULL,
        notes           TEXT NOT NULL,
        confidence      REAL NOT NULL,
        sources         TEXT NOT NULL,
        n_sources       INTEGER NOT NULL,
        first_seen      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      );
      INSERT INTO events_v3 (rowid, ${EVENT_COLUMNS_V1}) SELECT rowid, ${EVENT_COLUMNS_V1} FROM events;
      DROP TABLE events;
      ALTER TABLE events_v3 RENAME TO events;
      CREATE INDEX events_type_date ON events (event_type, event_date);
      CREATE INDEX events_date ON events (event_date);
      CREATE INDEX events_date_end ON events (event_date_end);
      CREATE INDEX events_lat_lon ON events (latitude, longitude);
      CREATE INDEX events_country ON events (country COLLATE NOCASE);
      CREATE INDEX events_fatalities ON events (fatalities);
      CREATE INDEX events_type_nocase_date ON events (event_type COLLATE NOCASE, event_date);
      CREATE INDEX events_sub_nocase_date ON events (sub_event_type COLLATE NOCASE, event_date);
      ANALYZE;
    `,
  },
  {
    version: 4,
    name: 'indexes for counting and paging under load; one failure row per failure',
    // The country filter asks one column (iso3 for a three-letter value). These indexes hold what
    // a filtered count and a page's sort read, so neither touches the wide rows of the table:
    // counting current events, a country's events sorted, the default newest-first page, a type's events
    // in a date range and box.
    // recordFailure deletes the same failure (origin, line, doc_id, code, message) before it inserts.
    sql: `
      CREATE INDEX events_iso3_hist ON events (iso3 COLLATE NOCASE, historical, fatalities, event_date, event_id);
      CREATE INDEX events_country_hist ON events (country COLLATE NOCASE, historical, fatalities, event_date, event_id);
      CREATE INDEX events_hist_date ON events (historical, event_date DESC, event_id);
      CREATE INDEX events_type_hist_date ON events (event_type COLLATE NOCASE, historical, event_date, event_date_end, latitude, longitude);
      DELETE FROM failures WHERE id NOT IN (SELECT MAX(id) FROM failures GROUP BY origin, line, doc_id, code, message);
      CREATE INDEX failures_origin_doc ON failures (origin, doc_id);
      ANALYZE;
    `,
  },
  {
    version: 5,
    name: 'mention offsets: where each report names the event\'s actors and place',
    // Events stored before this keep an empty list; the UI then marks no actor or place words.
    sql: `ALTER TABLE events ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';`,
  },
  {
    version: 6,
    name: 'full-text index of article bodies',
    // Contentless (content=''): the index alone, not a second copy of every text; rowid =
    // articles.rowid, as events_fts does for events. An article's text never changes (another
    // text under its doc_id is refused), so inserts are the only writes to follow.
    sql: `
      CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = '', tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO articles_fts (rowid, title, text) SELECT rowid, COALESCE(title, ''), text FROM articles;
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, COALESCE(new.title, ''), new.text);
      END;
    `,
  },
  {
    version: 7,
    name: 'analysts\' reviews',
    // review_status: NULL (unreviewed), 'accepted', 'edited' or 'rejected', written only by
    // saveReview. JSON columns: changes as sent; before and after: the reviewed fields.
    sql: `
      ALTER TABLE events ADD COLUMN review_status TEXT CHECK (review_status IN ('accepted', 'edited', 'rejected'));
      CREATE INDEX events_review_status ON events (review_status);
      CREATE TABLE reviews (
        id        INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id  TEXT NOT NULL,
        action    TEXT NOT NULL CHECK (action IN ('accept', 'edit', 'reject')),
        reviewer  TEXT NOT NULL,
        reason    TEXT,
        changes   TEXT NOT NULL,
        before    TEXT NOT NULL,
        after     TEXT NOT NULL,
        at        TEXT NOT NULL
      );
      CREATE INDEX reviews_event ON reviews (event_id, id);
    `,
  },
  {
    version: 8,
    name: 'who decided the type, crowd size, why the fatalities',
    // The record fields extract writes when they apply (src/store/optional-fields.ts). Events stored
    // before this get NULL: read back without them, as extract writes an event that has none.
    // crowd_size and fatalities_flag hold JSON objects.
    sql: `
      ALTER TABLE events ADD COLUMN decided_by TEXT CHECK (decided_by IN ('rules', 'model'));
      ALTER TABLE events ADD COLUMN crowd_size TEXT;
      ALTER TABLE events ADD COLUMN fatalities_flag TEXT;
    `,
  },
  {
    version: 9,
    name: 'covering indexes for filtered counts and pages under load',
    // A filtered count and a page's choice of rows read one index and never a wide row, whichever
    // index the planner takes: each holds every column its filter shape tests (review_status too,
    // which every default query tests since migration 7 and no index held, so each candidate row
    // was read from the table) and the sort's columns, ties (event_id) included. With the planner
    // statistics PRAGMA optimize gathers from a sample, bbox + date + type counted through the
    // lat/lon index and paged by walking the date index, reading up to 10,000 rows each (13 ms on
    // 25,000 events; 0.5 ms now).
    sql: `
      DROP INDEX events_type_hist_date;
      CREATE INDEX events_type_hist_date ON events (event_type COLLATE NOCASE, historical, event_date, event_date_end, latitude, longitude, review_status, event_id);
      DROP INDEX events_iso3_hist;
      CREATE INDEX events_iso3_hist ON events (iso3 COLLATE NOCASE, historical, fatalities, event_date, event_date_end, review_status, event_id);
      DROP INDEX events_country_hist;
      CREATE INDEX events_country_hist ON events (country COLLATE NOCASE, historical, fatalities, event_date, event_date_end, review_status, event_id);
      DROP INDEX events_hist_date;
      CREATE INDEX events_hist_date ON events (historical, event_date DESC, event_id, event_date_end, latitude, longitude, event_type, fatalities, review_status);
      DROP INDEX events_lat_lon;
      CREATE INDEX events_lat_lon ON events (latitude, longitude, historical, event_date, event_date_end, event_type, review_status, event_id);
      ANALYZE events;
    `,
  },
  {
    version: 10,
    name: 'full-text indexes keyed on explicit ids',
    // events_fts and articles_fts were keyed on the implicit rowids of events and articles, which
    // SQLite may renumber (VACUUM may; a .dump reloaded, or a copy made with INSERT … SELECT, does
    // wherever rows were deleted), and then every search answers with other rows. An INTEGER
    // PRIMARY KEY is the rowid and is kept by all of these, so both tables are rebuilt with one
    // (id), holding the rowid each row had, which both indexes already hold: nothing is reindexed.
    // AUTOINCREMENT: an id is never reused, so a deleted article's words, which the contentless
    // articles_fts cannot forget, can never point at a later article. The old PRIMARY KEY columns
    // become NOT NULL UNIQUE (ON CONFLICT (event_id) and (doc_id) keep working). Rebuilding the
    // table dropped its indexes and trigger; they are made again as migrations 1–9 left them.
    sql: `
      CREATE TABLE articles_v10 (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id        TEXT NOT NULL UNIQUE,
        content_hash  TEXT NOT NULL,
        title         TEXT,
        publisher     TEXT,
        url           TEXT,
        published     TEXT,
        text          TEXT NOT NULL,
        origin        TEXT NOT NULL,
        ingested_at   TEXT NOT NULL,
        event_ids     TEXT NOT NULL DEFAULT '[]'
      );
      INSERT INTO articles_v10 (id, ${ARTICLE_COLUMNS_V1}) SELECT rowid, ${ARTICLE_COLUMNS_V1} FROM articles;
      DROP TABLE articles;
      ALTER TABLE articles_v10 RENAME TO articles;
      CREATE INDEX articles_content_hash ON articles (content_hash);
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, COALESCE(new.title, ''), new.text);
      END;

      CREATE TABLE events_v10 (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id        TEXT NOT NULL UNIQUE,
        doc_id          TEXT NOT NULL,
        event_date      TEXT,
        event_date_end  TEXT,
        time_precision  INTEGER NOT NULL,
        historical      INTEGER NOT NULL,
        disorder_type   TEXT NOT NULL,
        event_type      TEXT NOT NULL,
        sub_event_type  TEXT NOT NULL,
        actor1          TEXT,
        assoc_actor_1   TEXT,
        inter1          INTEGER NOT NULL,
        actor2          TEXT,
        assoc_actor_2   TEXT,
        inter2          INTEGER NOT NULL,
        interaction     INTEGER NOT NULL,
        actor1_mention  TEXT,
        actor2_mention  TEXT,
        country         TEXT,
        iso3            TEXT,
        admin1          TEXT,
        admin2          TEXT,
        location        TEXT,
        latitude        REAL,
        longitude       REAL,
        geo_precision   INTEGER,
        geonameid       INTEGER,
        fatalities      INTEGER,
        claims          TEXT NOT NULL,
        evidence        TEXT NOT NULL,
        notes           TEXT NOT NULL,
        confidence      REAL NOT NULL,
        sources         TEXT NOT NULL,
        n_sources       INTEGER NOT NULL,
        first_seen      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        mentions        TEXT NOT NULL DEFAULT '[]',
        review_status   TEXT CHECK (review_status IN ('accepted', 'edited', 'rejected')),
        decided_by      TEXT CHECK (decided_by IN ('rules', 'model')),
        crowd_size      TEXT,
        fatalities_flag TEXT
      );
      INSERT INTO events_v10 (id, ${EVENT_COLUMNS_V9}) SELECT rowid, ${EVENT_COLUMNS_V9} FROM events;
      DROP TABLE events;
      ALTER TABLE events_v10 RENAME TO events;
      CREATE INDEX events_type_date ON events (event_type, event_date);
      CREATE INDEX events_date ON events (event_date);
      CREATE INDEX events_date_end ON events (event_date_end);
      CREATE INDEX events_country ON events (country COLLATE NOCASE);
      CREATE INDEX events_fatalities ON events (fatalities);
      CREATE INDEX events_type_nocase_date ON events (event_type COLLATE NOCASE, event_date);
      CREATE INDEX events_sub_nocase_date ON events (sub_event_type COLLATE NOCASE, event_date);
      CREATE INDEX events_review_status ON events (review_status);
      CREATE INDEX events_type_hist_date ON events (event_type COLLATE NOCASE, historical, event_date, event_date_end, latitude, longitude, review_status, event_id);
      CREATE INDEX events_iso3_hist ON events (iso3 COLLATE NOCASE, historical, fatalities, event_date, event_date_end, review_status, event_id);
      CREATE INDEX events_country_hist ON events (country COLLATE NOCASE, historical, fatalities, event_date, event_date_end, review_status, event_id);
      CREATE INDEX events_hist_date ON events (historical, event_date DESC, event_id, event_date_end, latitude, longitude, event_type, fatalities, review_status);
      CREATE INDEX events_lat_lon ON events (latitude, longitude, historical, event_date, event_date_end, event_type, review_status, event_id);
      ANALYZE events;
      ANALYZE articles;
    `,
  },
]);

/**
 * Applies every migration newer than the database, all in one BEGIN IMMEDIATE transaction: the
 * write lock is taken before schema_migrations is read, so two processes opening a fresh file at
 * once cannot both decide to create the tables (the second waits, then finds them made). Safe to
 * call on every start. The caller's busy timeout bounds the wait for the lock.
 */
export function migrateSqlite(db: Database, migrations: readonly Migration[] = SQLITE_MIGRATIONS): number[] {
  const known = Math.max(0, ...migrations.map((m) => m.version));
  // The usual case, an up-to-date database, needs no write lock: read first, lock only to change.
  const applied = appliedVersions(db);
  if (applied && migrations.every((m) => applied.has(m.version))) {
    checkNotNewer(applied, known);
    return [];
  }
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const now = appliedVersions(db) ?? new Set<number>();
    checkNotNewer(now, known);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    const done: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (now.has(m.version)) continue;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
      done.push(m.version);
    }
    db.exec('COMMIT');
    return done;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}

/** Versions recorded in schema_migrations, or null when the table does not exist yet. */
function appliedVersions(db: Database): Set<number> | null {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!exists) return null;
  return new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
}

function checkNotNewer(applied: ReadonlySet<number>, known: number): void {
  const newest = Math.max(0, ...applied);
  if (newest > known) {
    throw new SitrepError('E_STORE', `database schema is version ${newest} but this Sitrep knows only up to ${known}; upgrade Sitrep`);
  }
}
