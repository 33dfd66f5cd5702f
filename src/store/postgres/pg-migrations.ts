import type pg from 'pg';
import { SitrepError } from '../../errors.ts';

export interface PgMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Append-only, like the SQLite list: a released migration is never edited. No extension is
 * required (PostGIS is not assumed): the bbox filter runs on a B-tree over (latitude, longitude)
 * and full-text search on a tsvector column with a GIN index, built with the 'simple'
 * configuration so names in any language are kept as written (lower-cased), not stemmed.
 */
export const PG_MIGRATIONS: readonly PgMigration[] = Object.freeze([
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
        event_ids     JSONB NOT NULL DEFAULT '[]'
      );
      CREATE INDEX articles_content_hash ON articles (content_hash);

      CREATE TABLE events (
        event_id        TEXT PRIMARY KEY,
        doc_id          TEXT NOT NULL,
        event_date      TEXT COLLATE "C" NOT NULL,
        event_date_end  TEXT COLLATE "C" NOT NULL,
        time_precision  INTEGER NOT NULL,
        historical      BOOLEAN NOT NULL,
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
        latitude        DOUBLE PRECISION,
        longitude       DOUBLE PRECISION,
        geo_precision   INTEGER,
        geonameid       INTEGER,
        fatalities      INTEGER,
        claims          JSONB NOT NULL,
        evidence        JSONB NOT NULL,
        notes           TEXT NOT NULL,
        confidence      DOUBLE PRECISION NOT NULL,
        sources         JSONB NOT NULL,
        n_sources       INTEGER NOT NULL,
        first_seen      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        search          TSVECTOR NOT NULL
      );
      CREATE INDEX events_type_date ON events (lower(event_type), event_date);
      CREATE INDEX events_sub_type_date ON events (lower(sub_event_type), event_date);
      CREATE INDEX events_date ON events (event_date);
      CREATE INDEX events_date_end ON events (event_date_end);
      CREATE INDEX events_lat_lon ON events (latitude, longitude);
      CREATE INDEX events_country ON events (lower(country));
      CREATE INDEX events_iso3 ON events (lower(iso3));
      CREATE INDEX events_fatalities ON events (fatalities);
      CREATE INDEX events_search ON events USING GIN (search);

      CREATE TABLE failures (
        id       BIGSERIAL PRIMARY KEY,
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
    name: 'ingest job queue',
    // One row per article to code. Workers claim rows with FOR UPDATE SKIP LOCKED and hold a lease
    // (locked_by, locked_until); a worker that dies stops renewing it and the row is claimed again.
    sql: `
      CREATE TABLE ingest_jobs (
        id            BIGSERIAL PRIMARY KEY,
        content_hash  TEXT NOT NULL UNIQUE,
        doc_id        TEXT NOT NULL,
        origin        TEXT NOT NULL,
        article       JSONB NOT NULL,
        status        TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'dead')),
        attempts      INTEGER NOT NULL DEFAULT 0,
        available_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
        locked_by     TEXT,
        locked_until  TIMESTAMPTZ,
        last_error    TEXT,
        enqueued_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
        finished_at   TIMESTAMPTZ
      );
      CREATE INDEX ingest_jobs_ready ON ingest_jobs (available_at, id) WHERE status = 'queued';
      CREATE INDEX ingest_jobs_leased ON ingest_jobs (locked_until) WHERE status = 'running';
    `,
  },
  {
    version: 3,
    name: 'date-range index for dedup candidates',
    // Candidates are events whose date range overlaps a window: two one-sided B-tree ranges scan
    // every earlier event, a GiST index on the range does not. Dates are 'YYYY-MM-DD' text, and the
    // built-in text-to-date cast is not immutable (it reads DateStyle), hence the helper.
    sql: `
      CREATE FUNCTION sitrep_day(d text) RETURNS integer LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT make_date(substr(d, 1, 4)::int, substr(d, 6, 2)::int, substr(d, 9, 2)::int) - DATE '1970-01-01' $$;
      CREATE INDEX events_day_range ON events USING gist (int4range(sitrep_day(event_date), sitrep_day(event_date_end), '[]'));
      ANALYZE events;
    `,
  },
  {
    version: 4,
    name: 'undated events: event_date and event_date_end may be NULL',
    // Undated events sort last both ways, as in SQLite; the index serves "newest first" (the default sort).
    // The GiST range index needs no change: candidates() never asks about undated events.
    sql: `
      ALTER TABLE events ALTER COLUMN event_date DROP NOT NULL, ALTER COLUMN event_date_end DROP NOT NULL;
      CREATE INDEX events_date_desc ON events (event_date DESC NULLS LAST);
    `,
  },
  {
    version: 5,
    name: 'one failure row per failure: re-runs replace, not add',
    // recordFailure deletes the same failure (origin, line, doc_id, code, message) before it inserts.
    sql: `
      DELETE FROM failures f USING failures g
       WHERE f.origin = g.origin AND f.line IS NOT DISTINCT FROM g.line AND f.doc_id IS NOT DISTINCT FROM g.doc_id
         AND f.code = g.code AND f.message = g.message AND f.id < g.id;
      CREATE INDEX failures_origin_doc ON failures (origin, doc_id);
    `,
  },
  {
    version: 6,
    name: 'mention offsets: where each report names the event\'s actors and place',
    // Events stored before this keep an empty list; the UI then marks no actor or place words.
    sql: `ALTER TABLE events ADD COLUMN mentions JSONB NOT NULL DEFAULT '[]';`,
  },
  {
    version: 7,
    name: 'full-text index of article bodies',
    // Generated, so existing rows are indexed by the migration and new ones need no code.
    sql: `
      ALTER TABLE articles ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED;
      CREATE INDEX articles_search ON articles USING GIN (search);
    `,
  },
  {
    version: 8,
    name: 'analysts\' reviews',
    // review_status: NULL (unreviewed), 'accepted', 'edited' or 'rejected', written only by saveReview.
    sql: `
      ALTER TABLE events ADD COLUMN review_status TEXT CHECK (review_status IN ('accepted', 'edited', 'rejected'));
      CREATE INDEX events_review_status ON events (review_status);
      CREATE TABLE reviews (
        id        BIGSERIAL PRIMARY KEY,
        event_id  TEXT NOT NULL,
        action    TEXT NOT NULL CHECK (action IN ('accept', 'edit', 'reject')),
        reviewer  TEXT NOT NULL,
        reason    TEXT,
        changes   JSONB NOT NULL,
        before    JSONB NOT NULL,
        after     JSONB NOT NULL,
        at        TEXT NOT NULL
      );
      CREATE INDEX reviews_event ON reviews (event_id, id);
    `,
  },
  {
    version: 9,
    name: 'who decided the type, crowd size, why the fatalities',
    // The record fields extract writes when they apply (src/store/optional-fields.ts). Events stored
    // before this get NULL: read back without them, as extract writes an event that has none.
    sql: `
      ALTER TABLE events ADD COLUMN decided_by TEXT CHECK (decided_by IN ('rules', 'model'));
      ALTER TABLE events ADD COLUMN crowd_size JSONB;
      ALTER TABLE events ADD COLUMN fatalities_flag JSONB;
    `,
  },
]);

/** Serialises concurrent migrators (several workers starting at once) on one advisory lock. */
const MIGRATION_LOCK = 0x5179_0001;

/** Applies every migration newer than the database, each in its own transaction. Safe on every start. */
export async function migratePg(pool: pg.Pool, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      const newest = Math.max(0, ...applied);
      const known = Math.max(0, ...migrations.map((m) => m.version));
      if (newest > known) {
        throw new SitrepError('E_STORE', `database schema is version ${newest} but this Sitrep knows only up to ${known}; upgrade Sitrep`);
      }
      const done: number[] = [];
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (applied.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK');
          throw new SitrepError('E_STORE', `PostgreSQL migration ${m.version} (${m.name}) failed: ${(e as Error).message}`, {}, { cause: e });
        }
        done.push(m.version);
      }
      return done;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
