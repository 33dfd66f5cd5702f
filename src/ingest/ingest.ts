import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { mergeEvents, type DedupOptions } from '../dedup/merge.ts';
import { SitrepError, errorMessage, isSitrepError } from '../errors.ts';
import { dateWarning, detectFormat, readArticles, type ReadOutcome } from '../input/index.ts';
import type { Article } from '../model/article.ts';
import { contentHash } from '../model/ids.ts';
import { createExtractor, type Extractor } from '../pipeline/extractor.ts';
import type { EventRecord } from '../model/record.ts';
import { blockingLocks } from '../queue/blocking.ts';
import type { Failure, LockKey, Store, StoredArticle } from '../store/store.ts';
import { isUrl, readUrl, type FetchOptions } from './fetch.ts';

export { contentHash };

export interface IngestProgress {
  /** Articles handled so far (stored + skipped + failed articles). */
  readonly done: number;
  readonly stored: number;
  readonly skipped: number;
  readonly failed: number;
  readonly elapsedMs: number;
  /** Estimated number of articles in all inputs; null when unknown (URLs). */
  readonly expected: number | null;
}

export interface IngestOptions {
  /** Publication date for articles that carry none (YYYY-MM-DD). */
  readonly date?: string;
  /** Largest input file read, in bytes (default that of readArticles; --max-file-mb). */
  readonly maxFileBytes?: number;
  readonly extractor?: Extractor;
  readonly dedup?: Omit<DedupOptions, 'now'>;
  readonly fetch?: FetchOptions;
  /** Checked between articles: when true the run stops after the article in hand (Ctrl-C). */
  readonly shouldStop?: () => boolean;
  readonly onProgress?: (p: IngestProgress) => void;
  /** Told of each stored article whose date is missing or a guess (see dateWarning). */
  readonly onWarning?: (message: string) => void;
  /** Estimated total for progress; see estimateArticles. */
  readonly expected?: number | null;
  readonly now?: () => string;
}

export interface IngestReport {
  /** Articles newly stored. */
  stored: number;
  /** Articles already in the store (same content hash). */
  skipped: number;
  /** Inputs or articles that failed, each recorded with recordFailure. */
  failed: number;
  /** Articles stored as a new version because their doc_id already held other text. */
  versions: { doc_id: string; stored_as: string; origin: string }[];
  /** Events created, and existing events that gained a report. */
  eventsNew: number;
  eventsUpdated: number;
  /** True when shouldStop ended the run early. */
  stopped: boolean;
  /**
   * Failures the store could not record (it stayed locked or unreachable past its wait); the
   * caller must report them another way (the CLI prints each), so no failure goes untold.
   */
  unrecorded: Failure[];
  elapsedMs: number;
}

function failureOf(error: unknown, origin: string, line: number | null, docId: string | null, at: string): Failure {
  if (isSitrepError(error)) {
    return { origin: error.location.file ?? origin, line: error.location.line ?? line, doc_id: docId, code: error.code, message: error.message, at };
  }
  return { origin, line, doc_id: docId, code: 'E_INTERNAL', message: errorMessage(error), at };
}

function articleOrigin(a: Article): string {
  return a.origin.line ? `${a.origin.file}:${a.origin.line}` : a.origin.file;
}

async function* inputsToArticles(store: Store, inputs: readonly string[], opts: IngestOptions): AsyncGenerator<{ input: string; outcome: ReadOutcome }> {
  for (const input of inputs) {
    if (isUrl(input)) {
      const alreadyHave = async (docId: string) => (await store.getArticle(docId)) !== null;
      for await (const outcome of readUrl(input, { ...opts.fetch, fallbackDate: opts.date ?? null, alreadyHave })) yield { input, outcome };
    } else {
      for await (const outcome of readArticles([input], { date: opts.date, ...(opts.maxFileBytes && { maxBytes: opts.maxFileBytes }) })) yield { input, outcome };
    }
  }
}

export interface IngestArticleOptions {
  readonly extractor: Extractor;
  /** Where the article came from; default its file (and line). */
  readonly origin?: string;
  readonly dedup?: Omit<DedupOptions, 'now'>;
  /** ISO timestamp of ingestion; default now. */
  readonly now?: string;
}

export interface IngestArticleResult {
  /** True when the same text was already stored: nothing changed. */
  readonly skipped: boolean;
  /** Same as skipped (the name the HTTP bridge probes for). */
  readonly unchanged: boolean;
  /** The id the article is stored under: its own, or a new version's (see versionedDocId). */
  readonly doc_id: string;
  /** The article's own id when it was stored as a new version of it, else null. */
  readonly versionOf: string | null;
  /** Events this article contributed to, after deduplication. */
  readonly events: number;
  readonly eventsNew: number;
  readonly eventsUpdated: number;
  readonly event_ids: string[];
}

const skipped = (a: Article): IngestArticleResult => ({ skipped: true, unchanged: true, doc_id: a.id, versionOf: null, events: 0, eventsNew: 0, eventsUpdated: 0, event_ids: [] });

/**
 * The locks a write transaction takes before it deduplicates an article's records (PostgreSQL;
 * SQLite's single write lock covers everything): the content hash serialises two copies of one
 * text, and the blocking keys (src/queue/blocking.ts) serialise merges that could meet, level by
 * level so that every transaction takes its locks in the same global order.
 */
export function ingestLocks(docId: string, hash: string, records: readonly EventRecord[]): LockKey[] {
  const blocking = blockingLocks(records).flatMap((level, i) => level.map((l) => ({ ...l, level: i + 1 })));
  // The doc_id lock keeps two new texts under one id from both taking the same version.
  return [{ key: `content:${hash}`, exclusive: true, level: 0 }, { key: `doc:${docId}`, exclusive: true, level: 0 }, ...blocking];
}

/**
 * The id to store a new text under: its own doc_id, or, when that id already holds other text
 * (an edited file, an id reused by the source), the first free `doc_id@vN` (N >= 2). Nothing is
 * overwritten: the earlier text and the events that cite it stay as they were.
 */
export async function versionedDocId(tx: Store, docId: string): Promise<string> {
  if (!(await tx.getArticle(docId))) return docId;
  for (let n = 2; ; n++) {
    const candidate = `${docId}@v${n}`;
    if (!(await tx.getArticle(candidate))) return candidate;
  }
}

export interface StoreExtractedOptions {
  readonly origin: string;
  /** ISO timestamp of ingestion. */
  readonly now: string;
  readonly dedup?: Omit<DedupOptions, 'now'>;
}

/**
 * Inside a write transaction holding ingestLocks: skip when the text is stored, else deduplicate
 * the records against the store and save the article with its events. Every write path (direct
 * ingest, the HTTP API, queue workers) goes through here.
 */
export async function storeExtracted(tx: Store, a: Article, hash: string, records: EventRecord[], opts: StoreExtractedOptions): Promise<IngestArticleResult> {
  if (await tx.hasContent(hash)) return skipped(a);
  const docId = await versionedDocId(tx, a.id);
  const article: StoredArticle = {
    doc_id: docId, content_hash: hash, title: a.title, publisher: a.publisher, url: a.url, published: a.published,
    text: a.text, origin: opts.origin, ingested_at: opts.now, event_ids: [],
  };
  const events = await mergeEvents(tx, article, records, { ...opts.dedup, now: opts.now });
  // New is "not stored before this save", asked inside the transaction: a first_seen equal to now
  // also matches an event another writer created in the same millisecond (counted twice).
  let eventsNew = 0;
  for (const e of events) if (!(await tx.getEvent(e.event_id))) eventsNew++;
  await tx.saveArticle({ ...article, event_ids: events.map((e) => e.event_id) }, events);
  return {
    skipped: false, unchanged: false, doc_id: docId, versionOf: docId === a.id ? null : a.id,
    events: events.length, eventsNew, eventsUpdated: events.length - eventsNew, event_ids: events.map((e) => e.event_id),
  };
}

/**
 * One article: skip when its text is stored, else extract (outside any lock), then deduplicate
 * against the store and save it with its events in one write transaction, so that concurrent
 * writers (processes, HTTP requests) never lose each other's merges. Throws (SitrepError) when
 * extraction or saving fails; then nothing of the article is stored.
 */
export async function ingestArticle(store: Store, a: Article, opts: IngestArticleOptions): Promise<IngestArticleResult> {
  const hash = contentHash(a.text);
  // A cheap early skip; the transaction checks again under its lock.
  if (await store.hasContent(hash)) return skipped(a);
  const at = opts.now ?? new Date().toISOString();
  const records = opts.extractor.extract(a).records;
  try {
    return await store.writeTransaction(ingestLocks(a.id, hash, records), (tx) =>
      storeExtracted(tx, a, hash, records, { origin: opts.origin ?? articleOrigin(a), now: at, dedup: opts.dedup }));
  } catch (e) {
    throw isSitrepError(e) ? e : new SitrepError('E_STORE', errorMessage(e), {}, { cause: e });
  }
}

/**
 * Reads, extracts, deduplicates and stores articles one at a time, each in its own transaction, so
 * an interrupted run loses at most the article in hand and a re-run skips what is stored.
 * Failures are recorded in the store and the run goes on.
 */
export async function ingest(store: Store, inputs: readonly string[], opts: IngestOptions = {}): Promise<IngestReport> {
  const now = opts.now ?? (() => new Date().toISOString());
  const extractor = opts.extractor ?? createExtractor();
  const t0 = performance.now();
  const report: IngestReport = { stored: 0, skipped: 0, failed: 0, versions: [], eventsNew: 0, eventsUpdated: 0, stopped: false, unrecorded: [], elapsedMs: 0 };
  const progress = () => {
    report.elapsedMs = performance.now() - t0;
    opts.onProgress?.({ done: report.stored + report.skipped + report.failed, stored: report.stored, skipped: report.skipped, failed: report.failed, elapsedMs: report.elapsedMs, expected: opts.expected ?? null });
  };
  // A failure the store cannot take now (locked past its wait, connection lost) is kept and
  // offered again before the next article and at the end, never dropped and never fatal.
  const pending: Failure[] = [];
  const flush = async () => {
    while (pending.length) {
      try {
        await store.recordFailure(pending[0]!);
      } catch {
        return;
      }
      pending.shift();
    }
  };
  const fail = async (f: Failure) => {
    report.failed++;
    pending.push(f);
    await flush();
  };

  for await (const { input, outcome } of inputsToArticles(store, inputs, opts)) {
    // Reading, extraction and SQLite are synchronous under their promises: without a turn of the
    // event loop here a Ctrl-C (a macrotask) would not be seen until the whole run ended.
    await yieldToEventLoop();
    await flush();
    if (opts.shouldStop?.()) {
      report.stopped = true;
      break;
    }
    if (!outcome.ok) {
      await fail(failureOf(outcome.error, input, null, null, now()));
      progress();
      continue;
    }
    const a = outcome.article;
    try {
      const r = await ingestArticle(store, a, { extractor, dedup: opts.dedup, now: now() });
      if (r.skipped) report.skipped++;
      else {
        const warning = dateWarning(a);
        if (warning) opts.onWarning?.(warning);
        report.stored++;
        if (r.versionOf !== null) report.versions.push({ doc_id: r.versionOf, stored_as: r.doc_id, origin: articleOrigin(a) });
        report.eventsNew += r.eventsNew;
        report.eventsUpdated += r.eventsUpdated;
      }
    } catch (e) {
      // Saving is one transaction: nothing of this article is in the store; say why and go on.
      await fail(failureOf(e, a.origin.file, a.origin.line ?? null, a.id, now()));
    }
    progress();
  }
  await flush();
  report.unrecorded = pending;
  report.elapsedMs = performance.now() - t0;
  return report;
}

/** Lines that hold records, counted cheaply: for a progress ETA, not for correctness. */
function countRecords(format: string, text: string): number {
  if (format === 'jsonl') return text.split('\n').filter((l) => l.trim() !== '').length;
  if (format === 'csv' || format === 'tsv') return Math.max(0, text.split('\n').filter((l) => l.trim() !== '').length - 1);
  if (format === 'feed') return (text.match(/<(?:item|entry)[\s>]/g) ?? []).length;
  if (format === 'json') return /^\s*\[/.test(text) ? Math.max(1, (text.match(/\}\s*,\s*\{/g) ?? []).length + 1) : 1;
  return 1;
}

const ARTICLE_EXTENSIONS = /\.(?:txt|text|html?|xhtml|json|jsonl|ndjson|csv|tsv|xml|rss|atom)$/i;

/** Roughly how many articles the inputs hold; null when any input is a URL or stdin. */
export async function estimateArticles(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  const visit = async (p: string): Promise<void> => {
    const info = await stat(p);
    if (info.isDirectory()) {
      for (const entry of (await readdir(p)).sort()) {
        if (entry.startsWith('.') || entry.endsWith('.meta.json')) continue;
        const full = path.join(p, entry);
        if ((await stat(full)).isDirectory() || ARTICLE_EXTENSIONS.test(entry)) await visit(full);
      }
      return;
    }
    const text = await readFile(p, 'utf8');
    const format = detectFormat(p, text);
    total += countRecords(format, text);
  };
  try {
    for (const input of inputs) {
      if (input === '-' || isUrl(input)) return null;
      await visit(input);
    }
  } catch {
    return null;
  }
  return total;
}
