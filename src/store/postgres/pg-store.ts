import pg from 'pg';
import { SitrepError } from '../../errors.ts';
import { actorNamesForAlias } from '../actor-match.ts';
import { addDays, boxAround, haversineKm } from '../geo-time.ts';
import { pinReviewed, reviewClause, type NewReview, type Review, type ReviewedFields } from '../review.ts';
import { DEFAULT_SORT, keysetParts } from '../keyset.ts';
import { isOptionalColumn, optionalColumnValue, OPTIONAL_EVENT_COLUMNS } from '../optional-fields.ts';
import { docIdTaken, isIso3 } from '../store.ts';
import type { ActorSummary, EventQuery, EventTallies, Failure, LockKey, Store, StoredArticle, StoredEvent, StoreStats } from '../store.ts';
import { migratePg } from './pg-migrations.ts';

/**
 * Columns of `events` in insert order; claims, evidence, sources and mentions are JSONB; the optional fields
 * last (see optional-fields.ts), so a record read back lists them where extract writes them, after sources.
 */
const EVENT_COLUMNS = [
  'event_id', 'doc_id', 'event_date', 'event_date_end', 'time_precision', 'historical', 'disorder_type', 'event_type',
  'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction',
  'actor1_mention', 'actor2_mention', 'country', 'iso3', 'admin1', 'admin2', 'location', 'latitude', 'longitude',
  'geo_precision', 'geonameid', 'fatalities', 'claims', 'evidence', 'notes', 'confidence', 'sources', 'n_sources',
  'first_seen', 'updated_at', 'mentions', ...OPTIONAL_EVENT_COLUMNS,
] as const;
const JSON_COLUMNS = new Set<string>(['claims', 'evidence', 'sources', 'mentions']);
const SELECT_EVENT = EVENT_COLUMNS.join(', ');
/** What reads select: the stored columns and the review status, which saveArticle never writes. */
const READ_EVENT = `${SELECT_EVENT}, review_status`;
const ARTICLE_COLUMNS = 'doc_id, content_hash, title, publisher, url, published, text, origin, ingested_at, event_ids';

// Ties break on the id in byte order, as SQLite does, so both backends page identically.
const SORTS: Record<NonNullable<EventQuery['sort']>, string> = {
  // undated events (NULL) last both ways
  date: 'event_date ASC NULLS LAST, event_id COLLATE "C" ASC',
  '-date': 'event_date DESC NULLS LAST, event_id COLLATE "C" ASC',
  fatalities: 'fatalities IS NULL, fatalities ASC, event_id COLLATE "C" ASC',
  '-fatalities': 'fatalities IS NULL, fatalities DESC, event_id COLLATE "C" ASC',
  confidence: 'confidence ASC, event_id COLLATE "C" ASC',
  '-confidence': 'confidence DESC, event_id COLLATE "C" ASC',
};
export const DEFAULT_QUERY_LIMIT = 100;

type Row = Record<string, unknown>;

/** What both a pool and a checked-out client offer. */
interface Queryable {
  query<R extends pg.QueryResultRow = Row>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

function eventValues(e: StoredEvent): unknown[] {
  return EVENT_COLUMNS.map((c) => {
    if (isOptionalColumn(c)) return optionalColumnValue(e, c);
    const v = (e as unknown as Row)[c];
    return JSON_COLUMNS.has(c) ? JSON.stringify(v ?? []) : (v ?? null);
  });
}

function eventFromRow(r: Row): StoredEvent {
  const e: Row = {};
  for (const c of EVENT_COLUMNS) {
    // JSONB comes back parsed; NULL (none, or a row stored before the column) leaves the field out.
    if (isOptionalColumn(c) && (r[c] === null || r[c] === undefined)) continue;
    e[c] = r[c];
  }
  if (r.review_status) e.review_status = r.review_status;
  return e as unknown as StoredEvent;
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
    event_ids: r.event_ids as string[],
  };
}

/** The text full-text search sees, matching the SQLite FTS columns: notes, actors, place, source titles. */
function searchText(e: StoredEvent): string {
  const actors = [e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2, e.actor1_mention, e.actor2_mention].filter(Boolean).join(' ; ');
  const place = [e.location, e.admin1, e.admin2, e.country].filter(Boolean).join(' ; ');
  const titles = e.sources.map((s) => s.title ?? '').join(' ; ');
  return [e.notes, actors, place, titles].join(' ; ');
}

/**
 * tsquery from free text: every word must occur as a prefix. Only letters and digits reach the
 * query, each quoted, so operators in the input are inert (the same rule as SQLite's ftsQuery).
 */
export function tsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words?.length ? words.map((w) => `'${w.toLowerCase()}':*`).join(' & ') : null;
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

function nonNegativeInt(v: number | undefined, name: string, fallback: number): number {
  if (v === undefined) return fallback;
  if (!Number.isInteger(v) || v < 0) throw new SitrepError('E_USAGE', `${name} must be a whole number >= 0, got ${v}`);
  return v;
}

/**
 * PostgreSQL text cannot hold NUL, and SQLite would cut a LIKE pattern at one (matching
 * everything), so a filter containing NUL is refused as a usage error on every backend.
 */
export function checkNoNul(q: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(q)) {
    if (typeof v === 'string' && v.includes('\u0000')) throw new SitrepError('E_USAGE', `${k} must not contain NUL characters`);
  }
}

/** WHERE clause for a query's filters; `params` receives the values ($1, $2, … in order). */
function whereOf(q: EventQuery, params: unknown[]): string {
  const p = (v: unknown) => `$${params.push(v)}`;
  checkNoNul(q as Record<string, unknown>);
  const clauses: string[] = [];
  if (!q.historical) clauses.push('NOT historical');
  if (q.from) clauses.push(`event_date_end >= ${p(q.from)}`);
  if (q.to) clauses.push(`event_date <= ${p(q.to)}`);
  if (q.bbox) {
    checkBbox(q.bbox);
    const [w, s, e, n] = q.bbox;
    clauses.push(`latitude BETWEEN ${p(s)} AND ${p(n)}`);
    // A box whose west edge is east of its east edge crosses the antimeridian.
    clauses.push(w <= e ? `longitude BETWEEN ${p(w)} AND ${p(e)}` : `(longitude >= ${p(w)} OR longitude <= ${p(e)})`);
  }
  // One indexed column, not an OR of two: a three-letter value is an ISO code (see isIso3).
  if (q.country) clauses.push(`lower(${isIso3(q.country) ? 'iso3' : 'country'}) = lower(${p(q.country)})`);
  if (q.actor) {
    // The text in any actor column or mention; the actors it is an alias of, in any actor column.
    const a = p(likePattern(q.actor));
    const ors = [`actor1 ILIKE ${a} OR actor2 ILIKE ${a} OR assoc_actor_1 ILIKE ${a} OR assoc_actor_2 ILIKE ${a} OR actor1_mention ILIKE ${a} OR actor2_mention ILIKE ${a}`];
    for (const name of actorNamesForAlias(q.actor)) {
      const n = p(likePattern(name));
      ors.push(`actor1 ILIKE ${n} OR actor2 ILIKE ${n} OR assoc_actor_1 ILIKE ${n} OR assoc_actor_2 ILIKE ${n}`);
    }
    clauses.push(`(${ors.join(' OR ')})`);
  }
  if (q.geonameid !== undefined) clauses.push(`geonameid = ${p(q.geonameid)}`);
  const review = reviewClause(q.review);
  if (review) clauses.push(review);
  if (q.event_type) clauses.push(`lower(event_type) = lower(${p(q.event_type)})`);
  if (q.sub_event_type) clauses.push(`lower(sub_event_type) = lower(${p(q.sub_event_type)})`);
  if (q.min_fatalities !== undefined) clauses.push(`fatalities >= ${p(q.min_fatalities)}`);
  if (q.text !== undefined) {
    const match = tsQuery(q.text);
    // In the event's own fields, or in the body of an article it was coded from.
    if (match) {
      const m = p(match);
      clauses.push(`(search @@ to_tsquery('simple', ${m}) OR event_id IN (SELECT jsonb_array_elements_text(event_ids) FROM articles WHERE articles.search @@ to_tsquery('simple', ${m})))`);
    }
  }
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

const UPSERT_ARTICLE = `
  INSERT INTO articles (doc_id, content_hash, title, publisher, url, published, text, origin, ingested_at, event_ids)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
  ON CONFLICT (doc_id) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title, publisher = excluded.publisher,
    url = excluded.url, published = excluded.published, text = excluded.text, origin = excluded.origin,
    ingested_at = excluded.ingested_at, event_ids = excluded.event_ids
  WHERE articles.content_hash = excluded.content_hash`;
const UPSERT_EVENT = `
  INSERT INTO events (${SELECT_EVENT}, search)
  VALUES (${EVENT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}, to_tsvector('simple', $${EVENT_COLUMNS.length + 1}))
  ON CONFLICT (event_id) DO UPDATE SET ${[...EVENT_COLUMNS.filter((c) => c !== 'event_id'), 'search'].map((c) => `${c} = excluded.${c}`).join(', ')}`;

export type { LockKey };

/** A Store whose statements run inside one open transaction (see PgStore.transaction). */
export interface PgTransaction extends Store {
  readonly client: pg.PoolClient;
  /**
   * Takes transaction-scoped advisory locks, exclusive or shared, in one statement ordered by the
   * keys' hashes (so transactions locking overlapping sets in one call cannot deadlock); released
   * at COMMIT or ROLLBACK. Plain strings are exclusive.
   */
  lock(keys: readonly (string | LockKey)[]): Promise<void>;
}

export interface PgStore extends Store {
  readonly kind: 'postgres';
  readonly pool: pg.Pool;
  /**
   * Runs fn in one transaction; commits when it resolves, rolls back when it throws. A statement
   * that fails inside (a failed saveArticle, say) aborts the transaction: let the error propagate.
   */
  transaction<T>(fn: (tx: PgTransaction) => Promise<T>): Promise<T>;
}

/** Namespace (first key) of Sitrep's two-key advisory locks, so they do not collide with other users'. */
export const ADVISORY_NAMESPACE = 0x5174;

/** The store operations over one Queryable; `saveInline` says the caller already holds a transaction. */
function operations(db: () => Queryable, withTransaction: <T>(fn: (c: pg.PoolClient) => Promise<T>) => Promise<T>, guard: () => void, rowLocks = false) {
  // Inside a transaction, events read for merging are row-locked: a concurrent merge into the same
  // stored event waits and then reads the committed version instead of overwriting it.
  const forUpdate = rowLocks ? ' ORDER BY event_id FOR UPDATE' : '';
  const one = async (sql: string, params: unknown[]) => (await db().query(sql, params)).rows[0];
  const saveOn = async (c: Queryable, article: StoredArticle, events: readonly StoredEvent[]) => {
    const saved = await c.query(UPSERT_ARTICLE, [
      article.doc_id, article.content_hash, article.title, article.publisher, article.url, article.published,
      article.text, article.origin, article.ingested_at, JSON.stringify(article.event_ids),
    ]);
    // Another text under a stored doc_id is refused, never written over the first.
    if (!saved.rowCount) throw new Error(docIdTaken(article.doc_id));
    const ids = events.map((e) => e.event_id);
    const reviewed = new Map<string, ReviewedFields>();
    if (ids.length) {
      const { rows } = await c.query<{ event_id: string; after: ReviewedFields }>('SELECT DISTINCT ON (event_id) event_id, after FROM reviews WHERE event_id = ANY($1) ORDER BY event_id, id DESC', [ids]);
      for (const r of rows) reviewed.set(r.event_id, r.after);
    }
    for (const merged of events) {
      // What an analyst settled stays settled, whatever a later report made of the event.
      const e = pinReviewed(merged, reviewed.get(merged.event_id));
      await c.query(UPSERT_EVENT, [...eventValues(e), searchText(e)]);
    }
  };
  const reviewOn = async (c: Queryable, r: NewReview, e: StoredEvent): Promise<Review> => {
    const row = { ...e, ...r.after };
    const values = eventValues(row);
    const sets = EVENT_COLUMNS.map((col, i) => [col, i] as const).filter(([col]) => col !== 'event_id').map(([col, i]) => `${col} = $${i + 1}`);
    const n = EVENT_COLUMNS.length;
    const updated = await c.query(`UPDATE events SET ${sets.join(', ')}, search = to_tsvector('simple', $${n + 1}), review_status = $${n + 2} WHERE event_id = $1`, [...values, searchText(row), e.review_status ?? null]);
    if (!updated.rowCount) throw new SitrepError('E_NOT_FOUND', `no event with id "${r.event_id.slice(0, 100)}"`);
    const { rows } = await c.query<{ id: string }>('INSERT INTO reviews (event_id, action, reviewer, reason, changes, before, after, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id', [
      r.event_id, r.action, r.reviewer, r.reason, JSON.stringify(r.changes), JSON.stringify(r.before), JSON.stringify(r.after), r.at,
    ]);
    return { ...r, id: Number(rows[0]!.id) };
  };
  return {
    async getArticle(docId: string) {
      guard();
      if (docId.includes('\u0000')) return null; // no stored id can hold one
      const r = await one(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE doc_id = $1`, [docId]);
      return r ? articleFromRow(r) : null;
    },
    async hasContent(contentHash: string) {
      guard();
      if (contentHash.includes('\u0000')) return false;
      return (await one('SELECT 1 AS x FROM articles WHERE content_hash = $1 LIMIT 1', [contentHash])) !== undefined;
    },
    async saveArticle(article: StoredArticle, events: readonly StoredEvent[]) {
      guard();
      try {
        await withTransaction((c) => saveOn(c, article, events));
      } catch (cause) {
        throw new SitrepError('E_STORE', `could not save article "${article.doc_id}" (nothing of it was stored): ${(cause as Error).message}`, {}, { cause });
      }
    },
    async candidates(e: Parameters<Store['candidates']>[0], days: number, km: number) {
      guard();
      // An undated event could be of any day: it has no candidates (and is none, as NULL dates match no range).
      if (e.event_date === null || e.event_date_end === null) return [];
      const from = addDays(e.event_date, -days);
      const to = addDays(e.event_date_end, days);
      // The range test matches the GiST index (migration 3); the plain comparisons keep the exact semantics.
      const overlap = `int4range(sitrep_day(event_date), sitrep_day(event_date_end), '[]') && int4range(sitrep_day($3), sitrep_day($2), '[]')
        AND event_type = $1 AND event_date <= $2 AND event_date_end >= $3`;
      if (e.latitude === null || e.longitude === null) {
        const { rows } = await db().query(`SELECT ${READ_EVENT} FROM events WHERE ${overlap}${forUpdate}`, [e.event_type, to, from]);
        return rows.map(eventFromRow);
      }
      const [w, s, east, n] = boxAround(e.latitude, e.longitude, km);
      const { rows } = await db().query(
        `SELECT ${READ_EVENT} FROM events WHERE ${overlap}
           AND (latitude IS NULL OR (latitude BETWEEN $4 AND $5 AND longitude BETWEEN $6 AND $7))${forUpdate}`,
        [e.event_type, to, from, s, n, w, east],
      );
      return rows.map(eventFromRow).filter((c) => c.latitude === null || c.longitude === null || haversineKm(e.latitude!, e.longitude!, c.latitude, c.longitude) <= km);
    },
    async getEvent(id: string) {
      guard();
      if (id.includes('\u0000')) return null;
      const r = await one(`SELECT ${READ_EVENT} FROM events WHERE event_id = $1${rowLocks ? ' FOR UPDATE' : ''}`, [id]);
      return r ? eventFromRow(r) : null;
    },
    async queryEvents(q: EventQuery) {
      guard();
      const limit = nonNegativeInt(q.limit, 'limit', DEFAULT_QUERY_LIMIT);
      const offset = nonNegativeInt(q.offset, 'offset', 0);
      const order = SORTS[q.sort ?? '-date'];
      if (!order) throw new SitrepError('E_USAGE', `sort must be one of ${Object.keys(SORTS).join(', ')}, got "${q.sort}"`);
      const params: unknown[] = [];
      const where = whereOf(q, params);
      const total = (await one(`SELECT COUNT(*)::int AS n FROM events ${where}`, params)).n as number;
      if (!q.after) {
        const { rows } = await db().query(`SELECT ${READ_EVENT} FROM events ${where} ORDER BY ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, limit, offset]);
        return { total, events: rows.map(eventFromRow) };
      }
      if (offset) throw new SitrepError('E_USAGE', 'give offset or a cursor, not both');
      const rows: Row[] = [];
      checkNoNul({ cursor: q.after.id });
      for (const part of keysetParts(q.sort ?? DEFAULT_SORT, q.after, (n) => `$${params.length + 1 + n}`, 'event_id COLLATE "C"')) {
        if (rows.length >= limit) break;
        const sql = `SELECT ${READ_EVENT} FROM events ${where ? `${where} AND` : 'WHERE'} (${part.sql}) ORDER BY ${order} LIMIT $${params.length + part.params.length + 1}`;
        rows.push(...(await db().query(sql, [...params, ...part.params, limit - rows.length])).rows);
      }
      return { total, events: rows.map(eventFromRow) };
    },
    async tallies(q: EventQuery, actorLimit = 25) {
      guard();
      const params: unknown[] = [];
      const where = whereOf(q, params);
      const and = (cond: string) => (where ? `${where} AND ${cond}` : `WHERE ${cond}`);
      const count = 'COUNT(*)::int AS events, COALESCE(SUM(fatalities), 0)::float8 AS fatalities';
      const days = (await db().query(`SELECT event_date AS date, event_type, ${count} FROM events ${where} GROUP BY event_date, event_type`, params)).rows as EventTallies['days'];
      // the where clause's placeholders serve both halves of the union
      const actors = (await db().query(`
        SELECT actor, ${count} FROM (
          SELECT actor1 AS actor, fatalities FROM events ${and('actor1 IS NOT NULL')}
          UNION ALL
          SELECT actor2 AS actor, fatalities FROM events ${and('actor2 IS NOT NULL AND (actor1 IS NULL OR actor2 <> actor1)')}
        ) sides GROUP BY actor ORDER BY events DESC, fatalities DESC, actor COLLATE "C" LIMIT $${params.length + 1}`, [...params, actorLimit])).rows as EventTallies['actors'];
      const countries = (await db().query(`SELECT country, ${count} FROM events ${where} GROUP BY country ORDER BY events DESC, fatalities DESC, country COLLATE "C"`, params)).rows as EventTallies['countries'];
      const sum = (rows: typeof days) => rows.reduce((a, d) => a + d.events, 0);
      return { total: sum(days), undated: sum(days.filter((d) => d.date === null)), days, actors, countries };
    },
    async actors(q: { text?: string; limit?: number } = {}) {
      guard();
      const limit = nonNegativeInt(q.limit, 'limit', DEFAULT_QUERY_LIMIT);
      checkNoNul(q);
      const params: unknown[] = q.text ? [likePattern(q.text), limit] : [limit];
      const filter = q.text ? 'WHERE name ILIKE $1' : '';
      // Background-history events are excluded, as in queryEvents' default.
      const { rows } = await db().query<ActorSummary & Row>(`
        WITH sides AS (
          SELECT actor1 AS name, inter1 AS inter, fatalities, event_date, event_date_end FROM events WHERE actor1 IS NOT NULL AND NOT historical AND ${reviewClause(undefined)}
          UNION ALL
          SELECT actor2, inter2, fatalities, event_date, event_date_end FROM events WHERE actor2 IS NOT NULL AND NOT historical AND ${reviewClause(undefined)}
        )
        SELECT name, MAX(inter)::int AS inter, COUNT(*)::int AS events, COALESCE(SUM(fatalities), 0)::int AS fatalities,
               MIN(event_date) AS first_date, MAX(event_date_end) AS last_date
        FROM sides ${filter} GROUP BY name ORDER BY events DESC, name COLLATE "C" ASC LIMIT $${params.length}`, params);
      return rows as ActorSummary[];
    },
    async saveReview(r: NewReview, e: StoredEvent) {
      guard();
      if (r.event_id.includes('\u0000')) throw new SitrepError('E_NOT_FOUND', 'no such event');
      return withTransaction((c) => reviewOn(c, r, e));
    },
    async reviews(q: { event_id?: string; limit?: number } = {}) {
      guard();
      const limit = nonNegativeInt(q.limit, 'limit', 1_000_000);
      if (q.event_id?.includes('\u0000')) return [];
      const { rows } = q.event_id === undefined
        ? await db().query('SELECT * FROM reviews ORDER BY id LIMIT $1', [limit])
        : await db().query('SELECT * FROM reviews WHERE event_id = $1 ORDER BY id LIMIT $2', [q.event_id, limit]);
      return rows.map((r) => ({ ...r, id: Number(r.id) }) as unknown as Review);
    },
    async recordFailure(f: Failure) {
      guard();
      // The same failure again (a re-run) replaces its row, moving it to the newest: failures count each once.
      await db().query(
        `WITH gone AS (DELETE FROM failures WHERE origin = $1 AND doc_id IS NOT DISTINCT FROM $3 AND line IS NOT DISTINCT FROM $2::int AND code = $4 AND message = $5)
         INSERT INTO failures (origin, line, doc_id, code, message, at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [f.origin, f.line, f.doc_id, f.code, f.message, f.at],
      );
    },
    async failures(limit = DEFAULT_QUERY_LIMIT) {
      guard();
      const { rows } = await db().query('SELECT origin, line, doc_id, code, message, at FROM failures ORDER BY id DESC LIMIT $1', [nonNegativeInt(limit, 'limit', DEFAULT_QUERY_LIMIT)]);
      return rows as unknown as Failure[];
    },
    async stats(): Promise<StoreStats> {
      guard();
      return (await one('SELECT (SELECT COUNT(*) FROM articles)::int AS articles, (SELECT COUNT(*) FROM events)::int AS events, (SELECT COUNT(*) FROM failures)::int AS failures', [])) as unknown as StoreStats;
    },
  };
}

export interface PgStoreOptions {
  /** Most connections this process opens (default 10). */
  readonly maxConnections?: number;
  /** Where idle-connection errors are reported; default stderr. */
  readonly log?: (message: string) => void;
}

/** SQLSTATEs of a lost or refused connection: class 08, the server shutting down or starting, too many connections. */
const CONNECTION_STATES = /^(?:08...|57P0[1-3]|53300)$/;
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * True when the error (or one it wraps) is the database connection being lost or refused, not a
 * fault of the statement: worth waiting and trying again, and answered 503 by the server.
 */
export function isConnectionLoss(e: unknown): boolean {
  for (let cur = e, depth = 0; cur && typeof cur === 'object' && depth < 5; cur = (cur as { cause?: unknown }).cause, depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_STATES.test(code) || CONNECTION_ERRNOS.has(code))) return true;
    const message = (cur as { message?: unknown }).message;
    if (typeof message === 'string' && /Connection terminated|connection error|Connection ended|timeout exceeded when trying to connect|Client was closed|not currently accepting connections|the database system is/i.test(message)) return true;
  }
  return false;
}

/** A lost connection becomes E_STORE (503 from the server, a retry for workers); other errors pass unchanged. */
function storeErrorOf(e: unknown): unknown {
  if (!isConnectionLoss(e) || e instanceof SitrepError) return e;
  return new SitrepError('E_STORE', `the PostgreSQL connection was lost or refused (${(e as Error).message}); try again shortly`, {}, { cause: e });
}

/** The same Queryable, its connection failures reported as E_STORE. */
function reporting(db: Queryable): Queryable {
  return {
    query: <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => db.query<R>(text, values).catch((e: unknown) => Promise.reject(storeErrorOf(e))),
  };
}

/** Hides the password when a URL appears in a message. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

/** The PostgreSQL store: a connection pool, every statement parameterised, schema migrated on open. */
export async function openPgStore(url: string, opts: PgStoreOptions = {}): Promise<PgStore> {
  // A refused connection fails in seconds (E_STORE, 503) instead of queueing requests forever.
  const pool = new pg.Pool({ connectionString: url, max: opts.maxConnections ?? 10, connectionTimeoutMillis: 5000 });
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  // A connection dropped while idle must not crash the process; the next query reconnects.
  pool.on('error', (e) => log(`sitrep: PostgreSQL connection lost: ${e.message}`));
  const pooled = reporting(pool);
  try {
    await migratePg(pool);
  } catch (cause) {
    await pool.end().catch(() => undefined);
    if (cause instanceof SitrepError) throw cause;
    throw new SitrepError('E_STORE', `cannot open PostgreSQL database ${redactUrl(url)}: ${(cause as Error).message}`, {}, { cause });
  }

  let closed = false;
  const guard = () => {
    if (closed) throw new SitrepError('E_STORE', 'the store is closed');
  };
  /**
   * A checked-out client has no listener of the pool's: when its server process is terminated
   * (pg_terminate_backend, a restart) mid-transaction it emits 'error', which with no listener
   * kills the process. Each client gets one listener for its whole life.
   */
  const guarded = new WeakSet<pg.PoolClient>();
  const inNewTransaction = async <T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (e) {
      throw storeErrorOf(e);
    }
    if (!guarded.has(client)) {
      guarded.add(client);
      client.on('error', (e) => log(`sitrep: PostgreSQL connection lost in a transaction: ${e.message}`));
    }
    let broken = false;
    try {
      await client.query('BEGIN');
      const out = await fn(client);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      broken = isConnectionLoss(e);
      if (!broken) await client.query('ROLLBACK').catch(() => (broken = true));
      throw storeErrorOf(e);
    } finally {
      // A broken connection is closed, not handed to the next caller.
      client.release(broken || undefined);
    }
  };

  const store: PgStore = {
    kind: 'postgres',
    pool,
    ...operations(() => pooled, inNewTransaction, guard),
    async migrate() {
      guard();
      await migratePg(pool);
    },
    async writeTransaction(locks, fn) {
      return store.transaction(async (tx) => {
        await tx.lock(locks);
        return fn(tx);
      });
    },
    async transaction(fn) {
      guard();
      return inNewTransaction(async (client) => {
        // Inside the caller's transaction a save runs inline: if it fails, PostgreSQL aborts the
        // whole transaction, so nothing of the article (or of anything else in it) commits.
        const inline = <T>(f: (c: pg.PoolClient) => Promise<T>): Promise<T> => f(client);
        const reported = reporting(client);
        const tx: PgTransaction = {
          kind: 'postgres',
          client,
          ...operations(() => reported, inline, guard, true),
          async lock(keys) {
            const wanted = new Map<string, { exclusive: boolean; level: number }>();
            for (const k of keys) {
              const { key, exclusive, level = 0 } = typeof k === 'string' ? { key: k, exclusive: true } : k;
              const had = wanted.get(key);
              wanted.set(key, { exclusive: (had?.exclusive ?? false) || exclusive, level: Math.min(had?.level ?? level, level) });
            }
            if (!wanted.size) return;
            const entries = [...wanted];
            // One round trip. Volatile functions in the select list run after the sort, so the
            // locks are taken in (level, hash) order, the same in every transaction.
            await client.query(
              `SELECT count(*) FROM (SELECT CASE WHEN ex THEN pg_advisory_xact_lock($1, hashtext(k)) ELSE pg_advisory_xact_lock_shared($1, hashtext(k)) END
                 FROM unnest($2::text[], $3::boolean[], $4::int[]) AS t(k, ex, lvl) ORDER BY lvl, hashtext(k)) AS locked`,
              [ADVISORY_NAMESPACE, entries.map(([k]) => k), entries.map(([, v]) => v.exclusive), entries.map(([, v]) => v.level)],
            );
          },
          async writeTransaction(locks, f) {
            // Already in one: take the further locks and go on in it.
            await tx.lock(locks);
            return f(tx);
          },
          async migrate() {
            throw new SitrepError('E_STORE', 'migrate() cannot run inside a transaction');
          },
          async close() {
            throw new SitrepError('E_STORE', 'close the store, not the transaction');
          },
        };
        return fn(tx);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
  return store;
}
