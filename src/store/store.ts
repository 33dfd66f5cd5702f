import type { EventRecord, MentionRole, SourceRef } from '../model/record.ts';
import type { PageKey } from './keyset.ts';
import type { NewReview, Review, ReviewFilter, ReviewStatus } from './review.ts';

/**
 * The storage contract. Every backend (SQLite by default, PostgreSQL when scaled out) implements
 * exactly this, and one contract test suite (src/store/store-contract.ts) runs against each.
 * Async throughout so that a networked backend fits the same shape.
 */

/** An event after deduplication: one real-world event, one or more reports. */
export interface StoredEvent extends Omit<EventRecord, 'evidence' | 'mentions'> {
  /** Evidence spans, each tied to the article it points into. */
  evidence: { doc_id: string; start: number; end: number }[];
  /** Where each report names the event's actors and place; empty for events stored before they were kept. */
  mentions: { doc_id: string; role: MentionRole; start: number; end: number }[];
  /** How many reports were merged into this event (sources.length). */
  n_sources: number;
  /** ISO timestamp of the first and latest report merged in. */
  first_seen: string;
  updated_at: string;
  /** Set by an analyst's review (src/store/review.ts); absent while unreviewed. saveArticle never changes it. */
  review_status?: ReviewStatus;
}

/** One ingested article, with its full text so evidence can be shown in context. */
export interface StoredArticle {
  doc_id: string;
  /** sha256 of the normalised text: the same article twice changes nothing. */
  content_hash: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  published: string | null;
  text: string;
  /** Where it came from: a file path, URL or feed. */
  origin: string;
  ingested_at: string;
  /** Events this article contributed to (ids after deduplication). */
  event_ids: string[];
}

/** An input that could not be read or coded, kept with its reason: nothing is dropped silently. */
export interface Failure {
  origin: string;
  line: number | null;
  doc_id: string | null;
  code: string;
  message: string;
  at: string;
}

export interface EventQuery {
  /** event_date_end >= from (YYYY-MM-DD) */
  from?: string;
  /** event_date <= to */
  to?: string;
  /** [west, south, east, north] in degrees */
  bbox?: [number, number, number, number];
  country?: string;
  /**
   * matches actor1, actor2, the associated actors or the mention text (case-insensitive substring),
   * and the actors this is a whole alias of in the actor lexicon ("SDF")
   */
  actor?: string;
  event_type?: string;
  sub_event_type?: string;
  /** full-text over notes, actors, location and the source titles, and the bodies of the event's articles */
  text?: string;
  /** events at this GeoNames place */
  geonameid?: number;
  /** by review: default every event but the rejected ones (see reviewClause) */
  review?: ReviewFilter;
  /** include background-history events (default false) */
  historical?: boolean;
  min_fatalities?: number;
  sort?: 'date' | '-date' | 'fatalities' | '-fatalities' | 'confidence' | '-confidence';
  limit?: number;
  offset?: number;
  /** Keyset paging: start after this row of the same sort (see src/store/keyset.ts); not with offset. */
  after?: PageKey;
}

export interface ActorSummary {
  name: string;
  inter: number;
  events: number;
  fatalities: number;
  first_date: string | null;
  last_date: string | null;
}

/** Events and fatalities (unknown counts as 0) under a query: the timeline's and the charts' figures. */
export interface EventTallies {
  total: number;
  undated: number;
  /** Per day and event type; date null gathers the undated events of a type. */
  days: { date: string | null; event_type: string; events: number; fatalities: number }[];
  /** Per actor on either side (an actor on both sides counts the event once); most events first, at most actorLimit. */
  actors: { actor: string; events: number; fatalities: number }[];
  /** Per country (null: no country), most events first. */
  countries: { country: string | null; events: number; fatalities: number }[];
}

export interface StoreStats {
  articles: number;
  events: number;
  failures: number;
}

/**
 * A lock a write transaction takes before it reads (see src/queue/blocking.ts for the keys used
 * in deduplication); keys of a lower level are always taken before keys of a higher one.
 */
export interface LockKey {
  readonly key: string;
  readonly exclusive: boolean;
  readonly level?: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates or migrates the schema; safe to call on every start. */
  migrate(): Promise<void>;
  /** The stored article with this doc_id, or null. */
  getArticle(docId: string): Promise<StoredArticle | null>;
  /** True when an article with this content hash is already stored (idempotent ingest). */
  hasContent(contentHash: string): Promise<boolean>;
  /**
   * Stores one article and its (already deduplicated) events atomically: either all of it
   * lands or none of it does, so a crash mid-batch loses nothing and duplicates nothing.
   * A doc_id already stored with another content_hash is refused (E_STORE), never overwritten;
   * ingest gives a changed article a new version's id instead (see versionedDocId).
   */
  saveArticle(article: StoredArticle, events: readonly StoredEvent[]): Promise<void>;
  /** Events that could be the same real event as `e` (dedup blocking): same event_type, dates within `days`, within `km` when both have points. */
  candidates(e: Pick<EventRecord, 'event_type' | 'event_date' | 'event_date_end' | 'latitude' | 'longitude' | 'country'>, days: number, km: number): Promise<StoredEvent[]>;
  getEvent(id: string): Promise<StoredEvent | null>;
  /**
   * Runs fn in one write transaction, so that what it reads is still true when it writes:
   * read–deduplicate–save of an article happens inside one, and no concurrent writer (another
   * process, another request) can overwrite its update of a stored event or miss its new one.
   * Commits when fn resolves, rolls back when it throws; inside fn, use only `tx`.
   *   SQLite: BEGIN IMMEDIATE takes the database's single write lock (waiting up to the busy
   *     timeout), and one process runs one such transaction at a time; `locks` are not needed.
   *   PostgreSQL: transaction-scoped advisory locks on `locks`, and the events read through tx
   *     are row-locked (SELECT … FOR UPDATE) until commit.
   */
  writeTransaction<T>(locks: readonly LockKey[], fn: (tx: Store) => Promise<T>): Promise<T>;
  queryEvents(q: EventQuery): Promise<{ total: number; events: StoredEvent[] }>;
  /**
   * queryEvents' answer with each event as JSON text (JSON.parse of events[i] deep-equals
   * queryEvents' events[i]), and the last event's page key under q's sort: the server writes a
   * page from these without making, and then serialising, an object per event. Optional: a
   * store without it is asked queryEvents.
   */
  queryEventsJson?(q: EventQuery): Promise<{ total: number; events: string[]; last: PageKey | null }>;
  actors(q?: { text?: string; limit?: number }): Promise<ActorSummary[]>;
  /** Counts of the events matching q (limit, offset and sort aside), grouped in the store. */
  tallies(q: EventQuery, actorLimit?: number): Promise<EventTallies>;
  /**
   * Stores an analyst's review and the event as reviewed, in one transaction: the event row gets
   * review.after's fields and its review_status. Later saveArticle calls keep the fields of the
   * event's latest review (see pinReviewed), whatever the merge made of them.
   */
  saveReview(review: NewReview, event: StoredEvent): Promise<Review>;
  /** Reviews, oldest first: of one event, or all of them (for export-corrections). */
  reviews(q?: { event_id?: string; limit?: number }): Promise<Review[]>;
  recordFailure(f: Failure): Promise<void>;
  failures(limit?: number): Promise<Failure[]>;
  stats(): Promise<StoreStats>;
  /**
   * A value that changes whenever something is written to the store, by this process or another:
   * read results may be kept while it stays the same. A store that cannot tell cheaply has none,
   * and then nothing is kept.
   */
  changeMarker?(): Promise<string>;
  close(): Promise<void>;
}

export function sourceOf(a: StoredArticle): SourceRef {
  return { doc_id: a.doc_id, title: a.title, publisher: a.publisher, url: a.url, published: a.published };
}

export function docIdTaken(docId: string): string {
  return `doc_id "${docId}" is already stored with different text; refusing to overwrite it`;
}

/** No country's name has three letters, so a three-letter country filter is an ISO 3166 alpha-3 code. */
export function isIso3(country: string): boolean {
  return /^[A-Za-z]{3}$/.test(country);
}
