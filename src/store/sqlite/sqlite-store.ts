import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { SitrepError } from '../../errors.ts';
import { actorNamesForAlias } from '../actor-match.ts';
import { addDays, boxAround, haversineKm } from '../geo-time.ts';
import { pinReviewed, reviewClause, type Review, type ReviewedFields } from '../review.ts';
import { DEFAULT_SORT, keysetParts, SORT_COLUMNS, type PageKey } from '../keyset.ts';
import { isOptionalColumn, optionalColumnValue, OPTIONAL_EVENT_COLUMNS, OPTIONAL_JSON_COLUMNS } from '../optional-fields.ts';
import { docIdTaken, isIso3 } from '../store.ts';
import type { ActorSummary, EventQuery, EventTallies, Failure, Store, StoredArticle, StoredEvent, StoreStats } from '../store.ts';
import { migrateSqlite } from './sqlite-migrations.ts';
import { POOLED_READS, startReadPool, type PooledRead, type ReadPool } from './read-pool.ts';

/**
 * Columns of `events` in insert order; claims, evidence, sources and mentions are JSON; the optional fields
 * last (see optional-fields.ts), so a record read back lists them where extract writes them, after sources.
 */
const EVENT_COLUMNS = [
  'event_id', 'doc_id', 'event_date', 'event_date_end', 'time_precision', 'historical', 'disorder_type', 'event_type',
  'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction',
  'actor1_mention', 'actor2_mention', 'country', 'iso3', 'admin1', 'admin2', 'location', 'latitude', 'longitude',
  'geo_precision', 'geonameid', 'fatalities', 'claims', 'evidence', 'notes', 'confidence', 'sources', 'n_sources',
  'first_seen', 'updated_at', 'mentions', ...OPTIONAL_EVENT_COLUMNS,
] as const;
const JSON_COLUMNS = new Set(['claims', 'evidence', 'sources', 'mentions']);

const SORTS: Record<NonNullable<EventQuery['sort']>, string> = {
  // undated events (NULL) last both ways
  date: 'event_date ASC NULLS LAST, event_id ASC',
  '-date': 'event_date DESC NULLS LAST, event_id ASC',
  fatalities: 'fatalities IS NULL, fatalities ASC, event_id ASC',
  '-fatalities': 'fatalities IS NULL, fatalities DESC, event_id ASC',
  confidence: 'confidence ASC, event_id ASC',
  '-confidence': 'confidence DESC, event_id ASC',
};
export const DEFAULT_QUERY_LIMIT = 100;

type Row = Record<string, unknown>;

function eventParams(e: StoredEvent): Row {
  const row: Row = {};
  for (const c of EVENT_COLUMNS) {
    if (isOptionalColumn(c)) {
      row[c] = optionalColumnValue(e, c);
      continue;
    }
    const v = (e as unknown as Row)[c];
    row[c] = JSON_COLUMNS.has(c) ? JSON.stringify(v ?? []) : c === 'historical' ? (v ? 1 : 0) : (v ?? null);
  }
  return row;
}

function eventFromRow(r: Row): StoredEvent {
  const e: Row = {};
  for (const c of EVENT_COLUMNS) {
    const v = r[c];
    if (isOptionalColumn(c)) {
      if (v !== null && v !== undefined) e[c] = OPTIONAL_JSON_COLUMNS.has(c) ? JSON.parse(v as string) : v;
      continue;
    }
    e[c] = JSON_COLUMNS.has(c) ? JSON.parse(v as string) : c === 'historical' ? v === 1 : v;
  }
  if (r.review_status) e.review_status = r.review_status;
  return e as unknown as StoredEvent;
}

/**
 * SQL giving an event row as the JSON text of eventFromRow's record (same keys, same order, the
 * same values once parsed; SQLite may spell a number differently, 17 digits or 1.0). Built in
 * SQLite so a page of events becomes the answer's text without a JS object per row, a parse of
 * every JSON column and a stringify of it all again: about a third of the cost of a cache-missing
 * page. `base` is the record up to sources' fields; `tail` the optional fields that are set,
 * each as `,"key":value` (left out when NULL, as eventFromRow leaves them out).
 */
const EVENT_JSON_SQL = (() => {
  const value = (c: string) => (c === 'historical' ? "json(CASE historical WHEN 0 THEN 'false' ELSE 'true' END)" : JSON_COLUMNS.has(c) ? `json(${c})` : c);
  const base = EVENT_COLUMNS.filter((c) => !isOptionalColumn(c)).map((c) => `'${c}', ${value(c)}`).join(', ');
  const optional = [...OPTIONAL_EVENT_COLUMNS, 'review_status'].map((c) => {
    const v = OPTIONAL_JSON_COLUMNS.has(c) ? `json(${c})` : `json_quote(${c})`;
    return `CASE WHEN ${c} IS NULL THEN '' ELSE ',"${c}":' || ${v} END`;
  });
  return `json_object(${base}) AS base, ${optional.join(' || ')} AS tail`;
})();

/** The JSON text of one event from EVENT_JSON_SQL's two columns. */
function eventJson(base: string, tail: string): string {
  return tail ? `${base.slice(0, -1)}${tail}}` : base;
}

function articleFromRow(r: Row): StoredArticle {
  return {
    doc_id: r.doc_id as string,
    content_hash: r.content_hash as string,
    title: r.title as string | null,
    publisher: r.publisher as string | null,
    url: r.url as string | null,
    published: r.published as string | null,
    text: r.text as string,
    origin: r.origin as string,
    ingested_at: r.ingested_at as string,
    event_ids: JSON.parse(r.event_ids as string) as string[],
  };
}

/**
 * FTS5 query from free text: every word must occur (as a prefix), operators in the input are inert.
 * A word repeated, or the start of another word given, adds nothing to the match but another
 * pass over its posting list, so it is left out ("raid raid" asks "raid"* once).
 */
export function ftsQuery(text: string): string | null {
  const words = [...new Set(text.match(/[\p{L}\p{N}]+/gu) ?? [])];
  const folded = words.map((w) => w.toLowerCase());
  const kept = words.filter((_, i) => !folded.some((other, j) => j !== i && other.startsWith(folded[i]!) && (other !== folded[i] || j < i)));
  return kept.length ? kept.map((w) => `"${w}"*`).join(' ') : null;
}

function likePattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function checkBbox(b: readonly number[]): void {
  const [w, s, e, n] = b;
  if (b.length !== 4 || !b.every(Number.isFinite) || s > n || Math.abs(s) > 90 || Math.abs(n) > 90 || Math.abs(w) > 180 || Math.abs(e) > 180) {
    throw new SitrepError('E_USAGE', `bbox must be [west, south, east, north] in degrees with south <= north, got [${b.join(', ')}]`);
  }
}

/** WHERE clause and parameters for a query's filters (shared by the count and the page). */
export function whereOf(q: EventQuery): { sql: string; params: unknown[] } {
  // SQLite cuts a bound LIKE pattern at NUL, so "%\0%" would match everything.
  for (const [k, v] of Object.entries(q)) {
    if (typeof v === 'string' && v.includes('\u0000')) throw new SitrepError('E_USAGE', `${k} must not contain NUL characters`);
  }
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (!q.historical) clauses.push('historical = 0');
  if (q.from) clauses.push('event_date_end >= ?'), params.push(q.from);
  if (q.to) clauses.push('event_date <= ?'), params.push(q.to);
  if (q.bbox) {
    checkBbox(q.bbox);
    const [w, s, e, n] = q.bbox;
    clauses.push('latitude BETWEEN ? AND ?'), params.push(s, n);
    // A box whose west edge is east of its east edge crosses the antimeridian.
    if (w <= e) clauses.push('longitude BETWEEN ? AND ?'), params.push(w, e);
    else clauses.push('(longitude >= ? OR longitude <= ?)'), params.push(w, e);
  }
  // One indexed column, not an OR of two (which scanned the table): a three-letter value is an ISO code.
  if (q.country) clauses.push(`${isIso3(q.country) ? 'iso3' : 'country'} = ? COLLATE NOCASE`), params.push(q.country);
  if (q.actor) {
    // The text in any actor column or mention; the actors it is an alias of, in any actor column.
    const like = (col: string) => `${col} LIKE ? ESCAPE '\\'`;
    const sides = ['actor1', 'actor2', 'assoc_actor_1', 'assoc_actor_2'];
    const ors: string[] = [];
    for (const name of [q.actor, ...actorNamesForAlias(q.actor)]) {
      const cols = name === q.actor ? [...sides, 'actor1_mention', 'actor2_mention'] : sides;
      for (const col of cols) ors.push(like(col)), params.push(likePattern(name));
    }
    clauses.push(`(${ors.join(' OR ')})`);
  }
  if (q.geonameid !== undefined) clauses.push('geonameid = ?'), params.push(q.geonameid);
  const review = reviewClause(q.review);
  if (review) clauses.push(review);
  if (q.event_type) clauses.push('event_type = ? COLLATE NOCASE'), params.push(q.event_type);
  if (q.sub_event_type) clauses.push('sub_event_type = ? COLLATE NOCASE'), params.push(q.sub_event_type);
  if (q.min_fatalities !== undefined) clauses.push('fatalities >= ?'), params.push(q.min_fatalities);
  if (q.text !== undefined) {
    const match = ftsQuery(q.text);
    // In the event's own fields, or in the body of an article it was coded from.
    // One rowid list (a UNION) rather than an OR of two tests, which read every match's row twice.
    if (match) {
      // The indexes' rowids are events.id and articles.id (migration 10), which no VACUUM renumbers.
      clauses.push(`id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?
        UNION SELECT e.id FROM articles a, json_each(a.event_ids) j, events e
          WHERE e.event_id = j.value AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`);
      params.push(match, match);
    }
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function nonNegativeInt(v: number | undefined, name: string, fallback: number): number {
  if (v === undefined) return fallback;
  if (!Number.isInteger(v) || v < 0) throw new SitrepError('E_USAGE', `${name} must be a whole number >= 0, got ${v}`);
  return v;
}

export interface SqliteStoreOptions {
  /**
   * How long one statement waits inside SQLite for another process's write lock. SQLite waits
   * synchronously, blocking the event loop (a server's other requests), so this is short and the
   * longer wait is lockWaitMs, spent asleep between tries. Default 200 ms.
   */
  readonly busyTimeoutMs?: number;
  /** How long a write (a transaction, a failure record, the migration) keeps trying before E_STORE; default SITREP_LOCK_WAIT_MS or 120 s. */
  readonly lockWaitMs?: number;
  /**
   * Open the file read-only: no migration (an out-of-date file is refused), no planner upkeep;
   * writes fail. What a read worker (read-pool.ts) opens.
   */
  readonly readOnly?: boolean;
  /**
   * Run queryEvents, queryEventsJson, tallies and actors on this many worker threads, each with
   * its own read-only connection (read-pool.ts); 0 (the default) runs them on the caller's thread.
   * For a server: a query then never blocks its event loop, and reads use every core.
   */
  readonly readWorkers?: number;
}

export const DEFAULT_LOCK_WAIT_MS = 120_000;

function lockWaitFromEnv(): number {
  const v = Number(process.env.SITREP_LOCK_WAIT_MS);
  return Number.isFinite(v) && v >= 0 && process.env.SITREP_LOCK_WAIT_MS !== '' ? v : DEFAULT_LOCK_WAIT_MS;
}

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * Runs fn, and while another process holds the write lock tries again after a growing pause
 * (25 ms up to 1 s), for up to waitMs in all; then E_STORE, saying how long it waited.
 */
async function whileLocked<T>(waitMs: number, fn: () => T): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (let pause = 25; ; pause = Math.min(pause * 2, 1000)) {
    try {
      return fn();
    } catch (e) {
      if (!isBusy(e)) throw e;
      const left = deadline - Date.now();
      if (left <= 0) throw new SitrepError('E_STORE', `the database stayed locked by another writer for ${(waitMs / 1000).toFixed(1)} s; try again (SITREP_LOCK_WAIT_MS sets the wait)`, {}, { cause: e });
      await sleep(Math.min(pause, left));
    }
  }
}

/**
 * Lets SQLite re-gather the query planner's statistics of tables that have none or have grown
 * (PRAGMA optimize; cheap when nothing changed). The migrations analyse an empty file, and with
 * those statistics the planner walked the date index of all 25,000 events for a bbox + type
 * query instead of the type index (8 ms against 0.6 ms for the page's rowids). Best effort: a
 * busy database just keeps the old statistics.
 */
function refreshPlannerStatistics(db: Database.Database, mask?: number): void {
  try {
    db.pragma('analysis_limit = 0');
    db.pragma(mask === undefined ? 'optimize' : `optimize = ${mask}`);
  } catch (e) {
    if (!isBusy(e)) throw e;
  }
}

/**
 * Prepared statements by SQL text, for the queries built per request and per export page:
 * preparing one afresh each time cost CPU, and its native memory, which V8 does not count,
 * waited for a garbage collection to free it.
 */
function createStatementCache(db: Database.Database, maxEntries = 256): (sql: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (sql) => {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      if (statements.size >= maxEntries) statements.delete(statements.keys().next().value as string);
      statements.set(sql, s);
    }
    return s;
  };
}

/**
 * COUNT(*) of a query's matches, kept while the store's change marker stays the same: paging
 * through one filter, or many clients asking the same, count once instead of on every page
 * (a count scans every match, often more than the page itself costs).
 */
function createCountCache(statement: (sql: string) => Database.Statement, marker: () => string, maxEntries = 512): (sql: string, params: readonly unknown[]) => number {
  const totals = new Map<string, number>();
  let keptAt = '';
  return (sql, params) => {
    const now = marker();
    if (now !== keptAt) totals.clear(), (keptAt = now);
    const key = `${sql}\u0000${JSON.stringify(params)}`;
    let total = totals.get(key);
    if (total === undefined) {
      total = statement(sql).pluck(true).get(...params) as number;
      if (totals.size >= maxEntries) totals.clear();
      totals.set(key, total);
    }
    return total;
  };
}

/** The SQLite store: one file (or ':memory:'), WAL journal, every statement parameterised. */
export async function openSqliteStore(file: string, opts: SqliteStoreOptions = {}): Promise<Store> {
  const lockWaitMs = opts.lockWaitMs ?? lockWaitFromEnv();
  const readOnly = opts.readOnly ?? false;
  let db: Database.Database;
  try {
    db = new Database(file, readOnly ? { readonly: true, fileMustExist: true } : {});
  } catch (cause) {
    throw new SitrepError('E_STORE', `cannot open SQLite database "${file}": ${(cause as Error).message}`, { file }, { cause });
  }
  // First, so that switching a fresh file to WAL also waits for a process doing the same.
  db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 200}`);
  try {
    await whileLocked(lockWaitMs, () => {
      if (readOnly) {
        // A reader changes nothing: the file must already be migrated (migrateSqlite only reads then).
        migrateSqlite(db);
        return;
      }
      if (file !== ':memory:') db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrateSqlite(db);
    });
  } catch (e) {
    db.close();
    throw e;
  }
  if (!readOnly) refreshPlannerStatistics(db, 0x10002);
  let pool: ReadPool | null = null;
  if (opts.readWorkers && file !== ':memory:' && !readOnly) {
    try {
      pool = await startReadPool(file, opts.readWorkers);
    } catch (e) {
      db.close();
      throw e;
    }
  }

  const insertArticle = db.prepare(`
    INSERT INTO articles (doc_id, content_hash, title, publisher, url, published, text, origin, ingested_at, event_ids)
    VALUES (@doc_id, @content_hash, @title, @publisher, @url, @published, @text, @origin, @ingested_at, @event_ids)
    ON CONFLICT (doc_id) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title, publisher = excluded.publisher,
      url = excluded.url, published = excluded.published, text = excluded.text, origin = excluded.origin,
      ingested_at = excluded.ingested_at, event_ids = excluded.event_ids
    WHERE articles.content_hash = excluded.content_hash`);
  const upsertEvent = db.prepare(`
    INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map((c) => `@${c}`).join(', ')})
    ON CONFLICT (event_id) DO UPDATE SET ${EVENT_COLUMNS.filter((c) => c !== 'event_id').map((c) => `${c} = excluded.${c}`).join(', ')}
    RETURNING id`);
  const deleteFts = db.prepare('DELETE FROM events_fts WHERE rowid = ?');
  const insertFts = db.prepare('INSERT INTO events_fts (rowid, notes, actors, location, titles) VALUES (?, ?, ?, ?, ?)');
  const getArticle = db.prepare('SELECT * FROM articles WHERE doc_id = ?');
  const hasContent = db.prepare('SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1').pluck();
  const getEvent = db.prepare('SELECT * FROM events WHERE event_id = ?');
  // The same failure again (a re-run) replaces its row, moving it to the newest: failures count each once.
  const dropFailure = db.prepare('DELETE FROM failures WHERE origin = ? AND doc_id IS ? AND line IS ? AND code = ? AND message = ?');
  const addFailure = db.prepare('INSERT INTO failures (origin, line, doc_id, code, message, at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertFailure = db.transaction((f: Failure) => {
    dropFailure.run(f.origin, f.doc_id, f.line, f.code, f.message);
    addFailure.run(f.origin, f.line, f.doc_id, f.code, f.message, f.at);
  });
  const listFailures = db.prepare('SELECT origin, line, doc_id, code, message, at FROM failures ORDER BY id DESC LIMIT ?');
  const counts = db.prepare(`SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM failures) AS failures`);
  const candidatesNear = db.prepare(`
    SELECT * FROM events WHERE event_type = ? AND event_date <= ? AND event_date_end >= ?
      AND (latitude IS NULL OR (latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?))`);
  const candidatesAnywhere = db.prepare('SELECT * FROM events WHERE event_type = ? AND event_date <= ? AND event_date_end >= ?');
  const latestReview = db.prepare('SELECT after FROM reviews WHERE event_id = ? ORDER BY id DESC LIMIT 1').pluck();
  const setReviewed = db.prepare(`UPDATE events SET ${EVENT_COLUMNS.filter((c) => c !== 'event_id').map((c) => `${c} = @${c}`).join(', ')}, review_status = @review_status WHERE event_id = @event_id RETURNING id`);
  const insertReview = db.prepare('INSERT INTO reviews (event_id, action, reviewer, reason, changes, before, after, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const reviewsOf = db.prepare('SELECT * FROM reviews WHERE event_id = ? ORDER BY id LIMIT ?');
  const allReviews = db.prepare('SELECT * FROM reviews ORDER BY id LIMIT ?');
  const reviewFromRow = (r: Row): Review => ({
    id: r.id as number, event_id: r.event_id as string, action: r.action as Review['action'], reviewer: r.reviewer as string, reason: r.reason as string | null,
    changes: JSON.parse(r.changes as string), before: JSON.parse(r.before as string), after: JSON.parse(r.after as string), at: r.at as string,
  });
  /** events_fts row `id` (events.id) holds the event's words. */
  const indexEvent = (id: number, e: StoredEvent) => {
    deleteFts.run(id);
    const actors = [e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2, e.actor1_mention, e.actor2_mention].filter(Boolean).join(' ; ');
    const place = [e.location, e.admin1, e.admin2, e.country].filter(Boolean).join(' ; ');
    const titles = e.sources.map((s) => s.title ?? '').join(' ; ');
    insertFts.run(id, e.notes, actors, place, titles);
  };

  const save = db.transaction((article: StoredArticle, events: readonly StoredEvent[]) => {
    // Another text under a stored doc_id is refused, never written over the first.
    if (insertArticle.run({ ...article, event_ids: JSON.stringify(article.event_ids) }).changes === 0) throw new Error(docIdTaken(article.doc_id));
    for (const merged of events) {
      // What an analyst settled stays settled, whatever a later report made of the event.
      const reviewed = latestReview.get(merged.event_id) as string | undefined;
      const e = pinReviewed(merged, reviewed ? (JSON.parse(reviewed) as ReviewedFields) : null);
      const { id } = upsertEvent.get(eventParams(e)) as { id: number };
      indexEvent(id, e);
    }
  });
  const review = db.transaction((r: Omit<Review, 'id'>, e: StoredEvent): Review => {
    const updated = setReviewed.get({ ...eventParams({ ...e, ...r.after }), review_status: e.review_status ?? null }) as { id: number } | undefined;
    if (!updated) throw new SitrepError('E_NOT_FOUND', `no event with id "${r.event_id.slice(0, 100)}"`);
    indexEvent(updated.id, { ...e, ...r.after });
    const { lastInsertRowid } = insertReview.run(r.event_id, r.action, r.reviewer, r.reason, JSON.stringify(r.changes), JSON.stringify(r.before), JSON.stringify(r.after), r.at);
    return { ...r, id: Number(lastInsertRowid) };
  });

  /** Bumped whenever this process's writer finishes, committed or rolled back (total_changes() never goes down). */
  let writesEnded = 0;
  // data_version changes when another connection commits; total_changes() counts this one's writes.
  const changes = db.prepare('SELECT total_changes() || \':\' || data_version FROM pragma_data_version').pluck();
  const changeMarker = () => `${writesEnded}:${changes.get() as string}`;
  const statement = createStatementCache(db);
  // A cached statement may be plucked by one caller: each use says how it wants its rows.
  const rowsOf = (sql: string) => statement(sql).pluck(false);
  const countTotal = createCountCache(statement, changeMarker);

  /**
   * The total and one page of a query's rows, each row the `select` list of its events row: the
   * page's rows are chosen by rowid first, so the sort holds narrow records (often straight from
   * an index), and only the page's wide rows are read.
   */
  const pageOf = (q: EventQuery, select: string): { total: number; rows: Row[] } => {
    const limit = nonNegativeInt(q.limit, 'limit', DEFAULT_QUERY_LIMIT);
    const offset = nonNegativeInt(q.offset, 'offset', 0);
    const order = SORTS[q.sort ?? DEFAULT_SORT];
    if (!order) throw new SitrepError('E_USAGE', `sort must be one of ${Object.keys(SORTS).join(', ')}, got "${q.sort}"`);
    const where = whereOf(q);
    const total = countTotal(`SELECT COUNT(*) FROM events ${where.sql}`, where.params);
    const page = (filter: string, tail: string) => `SELECT ${select} FROM events WHERE rowid IN (SELECT rowid FROM events ${filter} ORDER BY ${order} ${tail}) ORDER BY ${order}`;
    if (!q.after) return { total, rows: rowsOf(page(where.sql, 'LIMIT ? OFFSET ?')).all(...where.params, limit, offset) as Row[] };
    if (offset) throw new SitrepError('E_USAGE', 'give offset or a cursor, not both');
    const rows: Row[] = [];
    for (const part of keysetParts(q.sort ?? DEFAULT_SORT, q.after, () => '?')) {
      if (rows.length >= limit) break;
      const sql = page(`${where.sql ? `${where.sql} AND` : 'WHERE'} (${part.sql})`, 'LIMIT ?');
      rows.push(...(rowsOf(sql).all(...where.params, ...part.params, limit - rows.length) as Row[]));
    }
    return { total, rows };
  };

  let closed = false;
  const open = () => {
    if (closed) throw new SitrepError('E_STORE', 'the store is closed');
  };

  /**
   * The write transaction in progress in this process, if any. better-sqlite3 has one connection,
   * so while a transaction spans awaits, every other caller in the process (another HTTP request)
   * waits for it here instead of running its statements inside it.
   */
  let busy: Promise<void> | null = null;
  const turn = async () => {
    while (busy) await busy;
  };

  const operations: Omit<Store, 'kind' | 'migrate' | 'writeTransaction' | 'close'> = {
    async getArticle(docId) {
      open();
      const r = getArticle.get(docId) as Row | undefined;
      return r ? articleFromRow(r) : null;
    },
    async hasContent(contentHash) {
      open();
      return hasContent.get(contentHash) !== undefined;
    },
    async saveArticle(article, events) {
      open();
      try {
        // IMMEDIATE: take the write lock before the first read, so waiting for it is retried whole.
        await whileLocked(lockWaitMs, () => (db.inTransaction ? save(article, events) : save.immediate(article, events)));
      } catch (cause) {
        throw new SitrepError('E_STORE', `could not save article "${article.doc_id}" (nothing of it was stored): ${(cause as Error).message}`, {}, { cause });
      }
    },
    async candidates(e, days, km) {
      open();
      // An undated event could be of any day: it has no candidates (and is none, as NULL dates match no range).
      if (e.event_date === null || e.event_date_end === null) return [];
      const from = addDays(e.event_date, -days);
      const to = addDays(e.event_date_end, days);
      const hasPoint = e.latitude !== null && e.longitude !== null;
      if (!hasPoint) return (candidatesAnywhere.all(e.event_type, to, from) as Row[]).map(eventFromRow);
      const [w, s, east, n] = boxAround(e.latitude!, e.longitude!, km);
      const rows = (candidatesNear.all(e.event_type, to, from, s, n, w, east) as Row[]).map(eventFromRow);
      return rows.filter((c) => c.latitude === null || c.longitude === null || haversineKm(e.latitude!, e.longitude!, c.latitude, c.longitude) <= km);
    },
    async getEvent(id) {
      open();
      const r = getEvent.get(id) as Row | undefined;
      return r ? eventFromRow(r) : null;
    },
    async queryEvents(q) {
      open();
      const { total, rows } = pageOf(q, '*');
      return { total, events: rows.map(eventFromRow) };
    },
    async queryEventsJson(q) {
      open();
      const column = SORT_COLUMNS[q.sort ?? DEFAULT_SORT]?.column ?? 'event_date';
      const { total, rows } = pageOf(q, `${EVENT_JSON_SQL}, ${column} AS sort_value, event_id`);
      const last = rows.at(-1);
      return {
        total,
        events: rows.map((r) => eventJson(r.base as string, r.tail as string)),
        last: last ? { value: last.sort_value as PageKey['value'], id: last.event_id as string } : null,
      };
    },
    async tallies(q, actorLimit = 25) {
      open();
      const where = whereOf(q);
      const and = (cond: string) => (where.sql ? `${where.sql} AND ${cond}` : `WHERE ${cond}`);
      const days = rowsOf(`SELECT event_date AS date, event_type, COUNT(*) AS events, COALESCE(SUM(fatalities), 0) AS fatalities FROM events ${where.sql} GROUP BY event_date, event_type`).all(...where.params) as EventTallies['days'];
      const actors = rowsOf(`
        SELECT actor, COUNT(*) AS events, COALESCE(SUM(fatalities), 0) AS fatalities FROM (
          SELECT actor1 AS actor, fatalities FROM events ${and('actor1 IS NOT NULL')}
          UNION ALL
          SELECT actor2 AS actor, fatalities FROM events ${and('actor2 IS NOT NULL AND (actor1 IS NULL OR actor2 <> actor1)')}
        ) GROUP BY actor ORDER BY events DESC, fatalities DESC, actor LIMIT ?`).all(...where.params, ...where.params, actorLimit) as EventTallies['actors'];
      const countries = rowsOf(`SELECT country, COUNT(*) AS events, COALESCE(SUM(fatalities), 0) AS fatalities FROM events ${where.sql} GROUP BY country ORDER BY events DESC, fatalities DESC, country`).all(...where.params) as EventTallies['countries'];
      const count = (rows: typeof days) => rows.reduce((a, d) => a + d.events, 0);
      return { total: count(days), undated: count(days.filter((d) => d.date === null)), days, actors, countries };
    },
    async actors(q = {}) {
      open();
      const limit = nonNegativeInt(q.limit, 'limit', DEFAULT_QUERY_LIMIT);
      if (q.text?.includes('\u0000')) throw new SitrepError('E_USAGE', 'text must not contain NUL characters');
      const filter = q.text ? "WHERE name LIKE ? ESCAPE '\\'" : '';
      const params: unknown[] = q.text ? [likePattern(q.text)] : [];
      // Background-history events are excluded, as in queryEvents' default.
      const rows = rowsOf(`
        WITH sides AS (
          SELECT actor1 AS name, inter1 AS inter, fatalities, event_date, event_date_end FROM events WHERE actor1 IS NOT NULL AND historical = 0 AND ${reviewClause(undefined)}
          UNION ALL
          SELECT actor2, inter2, fatalities, event_date, event_date_end FROM events WHERE actor2 IS NOT NULL AND historical = 0 AND ${reviewClause(undefined)}
        )
        SELECT name, MAX(inter) AS inter, COUNT(*) AS events, COALESCE(SUM(fatalities), 0) AS fatalities,
               MIN(event_date) AS first_date, MAX(event_date_end) AS last_date
        FROM sides ${filter} GROUP BY name ORDER BY events DESC, name ASC LIMIT ?`).all(...params, limit) as ActorSummary[];
      return rows;
    },
    async saveReview(r, e) {
      open();
      return review(r, e);
    },
    async reviews(q = {}) {
      open();
      const limit = nonNegativeInt(q.limit, 'limit', 1_000_000);
      const rows = (q.event_id === undefined ? allReviews.all(limit) : reviewsOf.all(q.event_id, limit)) as Row[];
      return rows.map(reviewFromRow);
    },
    async recordFailure(f: Failure) {
      open();
      await whileLocked(lockWaitMs, () => (db.inTransaction ? insertFailure(f) : insertFailure.immediate(f)));
    },
    async failures(limit = DEFAULT_QUERY_LIMIT) {
      open();
      return listFailures.all(nonNegativeInt(limit, 'limit', DEFAULT_QUERY_LIMIT)) as Failure[];
    },
    async stats(): Promise<StoreStats> {
      open();
      return counts.get() as StoreStats;
    },
    async changeMarker() {
      open();
      return changeMarker();
    },
  };

  const tx: Store = {
    kind: 'sqlite',
    ...operations,
    async writeTransaction(_locks, fn) {
      return fn(tx); // already in one
    },
    async migrate() {
      throw new SitrepError('E_STORE', 'migrate() cannot run inside a transaction');
    },
    async close() {
      throw new SitrepError('E_STORE', 'close the store, not the transaction');
    },
  };

  /** Runs fn as this process's one writer: others wait for it (also while it sleeps waiting for another process's lock). */
  const exclusive = async <T>(fn: () => Promise<T>): Promise<T> => {
    // Checked and taken with no await in between, so two callers cannot both pass.
    while (busy) await busy;
    let release!: () => void;
    busy = new Promise((resolve) => (release = resolve));
    try {
      return await fn();
    } finally {
      writesEnded++;
      busy = null;
      release();
    }
  };
  const WRITES = new Set(['saveArticle', 'recordFailure']);

  // Outside a transaction, every operation first waits for this process's transaction to end.
  const pooled: ReadonlySet<string> = new Set(POOLED_READS);
  const gated = Object.fromEntries(
    Object.entries(operations).map(([name, f]) => [name, async (...args: unknown[]) => {
      const run = () => (f as (...a: unknown[]) => Promise<unknown>)(...args);
      if (WRITES.has(name)) return exclusive(run);
      await turn();
      if (pool && pooled.has(name)) {
        open();
        return pool.run(name as PooledRead, args);
      }
      return run();
    }]),
  ) as typeof operations;

  return {
    kind: 'sqlite',
    ...gated,
    async migrate() {
      open();
      await turn();
      await whileLocked(lockWaitMs, () => migrateSqlite(db));
    },
    async writeTransaction(_locks, fn) {
      open();
      return exclusive(async () => {
        try {
          // IMMEDIATE takes the write lock now, before the first read, waiting for other
          // processes' writers up to lockWaitMs: reads and writes in fn see one state.
          await whileLocked(lockWaitMs, () => db.exec('BEGIN IMMEDIATE'));
        } catch (cause) {
          if (cause instanceof SitrepError) throw cause;
          throw new SitrepError('E_STORE', `cannot start a write transaction: ${(cause as Error).message}`, {}, { cause });
        }
        try {
          const out = await fn(tx);
          db.exec('COMMIT');
          return out;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await turn();
      await pool?.close();
      if (!readOnly) refreshPlannerStatistics(db);
      db.close();
    },
  };
}
