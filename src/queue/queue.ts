import { isSitrepError, errorMessage } from '../errors.ts';
import { contentHash } from '../ingest/ingest.ts';
import { isUrl, readUrl, type FetchOptions } from '../ingest/fetch.ts';
import { dateWarning, readArticles, type ReadOutcome } from '../input/index.ts';
import type { Article } from '../model/article.ts';
import type { PgStore } from '../store/postgres/pg-store.ts';
import type { Failure } from '../store/store.ts';

/**
 * The durable ingest queue: table ingest_jobs (PostgreSQL migration 2), one row per article.
 *
 *   status        queued → running → done, or → dead after max attempts
 *   attempts      claims so far (a claim by a worker that then died counts too)
 *   available_at  when a queued job may be claimed (retries back off by pushing it later)
 *   locked_by     the worker holding a running job; locked_until its lease, renewed by heartbeat
 *   last_error    why the latest attempt failed
 *
 * Workers claim with SELECT … FOR UPDATE SKIP LOCKED, so any number of them share one table
 * without handing the same job to two of them; a running job whose lease ran out (its worker
 * died) is claimable again.
 */

export type JobStatus = 'queued' | 'running' | 'done' | 'dead';

export interface Job {
  readonly id: number;
  readonly content_hash: string;
  readonly doc_id: string;
  readonly origin: string;
  readonly article: Article;
  readonly attempts: number;
}

export interface EnqueueReport {
  /** New jobs. */
  enqueued: number;
  /** Articles whose text is already queued (or was coded from the queue). */
  alreadyQueued: number;
  /** Inputs that could not be read, and articles that could not be queued, recorded as failures in the store. */
  failed: number;
}

function originOf(a: Article): string {
  return a.origin.line ? `${a.origin.file}:${a.origin.line}` : a.origin.file;
}

const ENQUEUE_CHUNK = 200;

function jobRow(a: Article): unknown[] {
  return [contentHash(a.text), a.id, originOf(a), JSON.stringify(a)];
}

const INSERT_JOBS = 'INSERT INTO ingest_jobs (content_hash, doc_id, origin, article) VALUES';

/**
 * Adds articles as jobs; the same text twice is one job (content_hash is unique). A chunk goes in
 * one statement; when the server refuses it, its articles are tried one by one, so one article it
 * cannot store (a NUL character in a field, say) costs that article alone, which comes back in
 * `failed` with its reason, and the rest are queued.
 */
export async function enqueueArticles(store: PgStore, articles: readonly Article[]): Promise<{ enqueued: number; alreadyQueued: number; failed: { article: Article; error: unknown }[] }> {
  let enqueued = 0;
  const failed: { article: Article; error: unknown }[] = [];
  for (let i = 0; i < articles.length; i += ENQUEUE_CHUNK) {
    const chunk = articles.slice(i, i + ENQUEUE_CHUNK);
    const params: unknown[] = [];
    const rows = chunk.map((a) => {
      const base = params.length;
      params.push(...jobRow(a));
      return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4})`;
    });
    try {
      const r = await store.pool.query(`${INSERT_JOBS} ${rows.join(', ')} ON CONFLICT (content_hash) DO NOTHING`, params);
      enqueued += r.rowCount ?? 0;
    } catch {
      for (const a of chunk) {
        try {
          const r = await store.pool.query(`${INSERT_JOBS} ($1, $2, $3, $4) ON CONFLICT (content_hash) DO NOTHING`, jobRow(a));
          enqueued += r.rowCount ?? 0;
        } catch (error) {
          failed.push({ article: a, error });
        }
      }
    }
  }
  return { enqueued, alreadyQueued: articles.length - enqueued - failed.length, failed };
}

async function* readInputs(inputs: readonly string[], opts: EnqueueOptions): AsyncGenerator<{ input: string; outcome: ReadOutcome }> {
  for (const input of inputs) {
    if (isUrl(input)) {
      for await (const outcome of readUrl(input, { ...opts.fetch, fallbackDate: opts.date ?? null })) yield { input, outcome };
    } else {
      for await (const outcome of readArticles([input], { date: opts.date, ...(opts.maxFileBytes && { maxBytes: opts.maxFileBytes }) })) yield { input, outcome };
    }
  }
}

export interface EnqueueOptions {
  readonly date?: string;
  /** Largest input file read, in bytes (--max-file-mb). */
  readonly maxFileBytes?: number;
  readonly fetch?: FetchOptions;
  readonly shouldStop?: () => boolean;
  readonly now?: () => string;
  /** Told of each article whose date is missing or a guess (see dateWarning). */
  readonly onWarning?: (message: string) => void;
}

/** Reads inputs (files, folders, URLs, feeds) and enqueues their articles; unreadable inputs become failures. */
export async function enqueueInputs(store: PgStore, inputs: readonly string[], opts: EnqueueOptions = {}): Promise<EnqueueReport> {
  const now = opts.now ?? (() => new Date().toISOString());
  const report: EnqueueReport = { enqueued: 0, alreadyQueued: 0, failed: 0 };
  let pending: Article[] = [];
  const flush = async () => {
    const r = await enqueueArticles(store, pending);
    report.enqueued += r.enqueued;
    report.alreadyQueued += r.alreadyQueued;
    for (const { article: a, error } of r.failed) {
      await store.recordFailure({ origin: a.origin.file, line: a.origin.line ?? null, doc_id: a.id, code: 'E_STORE', message: `could not queue the article: ${errorMessage(error)}`, at: now() });
      report.failed++;
    }
    pending = [];
  };
  for await (const { input, outcome } of readInputs(inputs, opts)) {
    if (opts.shouldStop?.()) break;
    if (outcome.ok) {
      const warning = dateWarning(outcome.article);
      if (warning) opts.onWarning?.(warning);
      pending.push(outcome.article);
      if (pending.length >= ENQUEUE_CHUNK) await flush();
      continue;
    }
    const e = outcome.error;
    const f: Failure = isSitrepError(e)
      ? { origin: e.location.file ?? input, line: e.location.line ?? null, doc_id: null, code: e.code, message: e.message, at: now() }
      : { origin: input, line: null, doc_id: null, code: 'E_INTERNAL', message: errorMessage(e), at: now() };
    await store.recordFailure(f);
    report.failed++;
  }
  await flush();
  return report;
}

export type QueueCounts = Record<JobStatus, number>;

export async function queueCounts(store: PgStore): Promise<QueueCounts> {
  const { rows } = await store.pool.query<{ status: JobStatus; n: number }>('SELECT status, COUNT(*)::int AS n FROM ingest_jobs GROUP BY status');
  const counts: QueueCounts = { queued: 0, running: 0, done: 0, dead: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/**
 * Claims up to `limit` jobs for `workerId`: queued jobs that are due, and running jobs whose lease
 * expired. SKIP LOCKED lets concurrent claimers pass over each other's rows instead of waiting.
 */
export async function claimJobs(store: PgStore, workerId: string, limit: number, leaseMs: number): Promise<Job[]> {
  const { rows } = await store.pool.query<Job>(
    `UPDATE ingest_jobs j SET status = 'running', attempts = j.attempts + 1, locked_by = $1,
            locked_until = now() + $2 * interval '1 millisecond'
      WHERE j.id IN (
        SELECT id FROM ingest_jobs
         WHERE (status = 'queued' AND available_at <= now()) OR (status = 'running' AND locked_until < now())
         ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
      RETURNING j.id::int AS id, j.content_hash, j.doc_id, j.origin, j.article, j.attempts`,
    [workerId, leaseMs, limit],
  );
  return rows.sort((a, b) => a.id - b.id);
}

/** Pushes the lease of every job `workerId` holds; returns how many. */
export async function renewLeases(store: PgStore, workerId: string, leaseMs: number): Promise<number> {
  const r = await store.pool.query(
    `UPDATE ingest_jobs SET locked_until = now() + $2 * interval '1 millisecond' WHERE locked_by = $1 AND status = 'running'`,
    [workerId, leaseMs],
  );
  return r.rowCount ?? 0;
}

/** Gives back jobs claimed but not started (a worker stopping cleanly); their claim does not count as an attempt. */
export async function releaseJobs(store: PgStore, workerId: string): Promise<number> {
  const r = await store.pool.query(
    `UPDATE ingest_jobs SET status = 'queued', attempts = GREATEST(attempts - 1, 0), locked_by = NULL, locked_until = NULL
      WHERE locked_by = $1 AND status = 'running'`,
    [workerId],
  );
  return r.rowCount ?? 0;
}

/** Puts dead jobs back in the queue with a fresh attempt count (after fixing what made them fail). */
export async function requeueDead(store: PgStore): Promise<number> {
  const r = await store.pool.query(
    `UPDATE ingest_jobs SET status = 'queued', attempts = 0, available_at = now(), last_error = NULL, finished_at = NULL WHERE status = 'dead'`,
  );
  return r.rowCount ?? 0;
}
