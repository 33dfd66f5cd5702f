import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DedupOptions } from '../dedup/merge.ts';
import { errorMessage, isSitrepError } from '../errors.ts';
import { contentHash, ingestLocks, storeExtracted } from '../ingest/ingest.ts';
import type { Extractor } from '../pipeline/extractor.ts';
import { isConnectionLoss, type PgStore } from '../store/postgres/pg-store.ts';
import { claimJobs, releaseJobs, renewLeases, type Job } from './queue.ts';

export interface WorkerOptions {
  readonly extractor: Extractor;
  /** Shown in locked_by; default host:pid:random. */
  readonly workerId?: string;
  /** Jobs claimed per round trip (default 8). */
  readonly batchSize?: number;
  /** Independent claim-and-code loops in this process (default 1); extraction is synchronous, so more only overlaps database waits. */
  readonly concurrency?: number;
  /** How long a claim holds without renewal (default 60 s); a dead worker's jobs return after this. */
  readonly leaseMs?: number;
  /** Attempts before a job is dead-lettered (default 5). */
  readonly maxAttempts?: number;
  /** Delay before retry n (1-based) is base·2^(n−1), capped at backoffMaxMs. */
  readonly backoffBaseMs?: number;
  readonly backoffMaxMs?: number;
  /** Sleep when nothing is claimable (default 500 ms). */
  readonly pollMs?: number;
  /** Return once no job is queued or running (default: run until shouldStop). */
  readonly exitWhenIdle?: boolean;
  readonly shouldStop?: () => boolean;
  readonly dedup?: Omit<DedupOptions, 'now'>;
  readonly onJob?: (outcome: JobOutcome) => void;
  /** Database errors outside a job (claiming, recording a failure); the loop waits pollMs and goes on. */
  readonly onError?: (error: unknown) => void;
  readonly now?: () => string;
}

export type JobOutcome =
  | { readonly job: number; readonly result: 'stored'; readonly events: number }
  | { readonly job: number; readonly result: 'skipped' }
  | { readonly job: number; readonly result: 'retry' | 'dead'; readonly error: string }
  /** The lease passed to another worker before this one started (it was too slow to renew). */
  | { readonly job: number; readonly result: 'lost' };

export interface WorkerReport {
  stored: number;
  skipped: number;
  retried: number;
  dead: number;
  lost: number;
  elapsedMs: number;
}

export function defaultWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}


/**
 * Codes one claimed job in one transaction: the job row is locked (proving this worker still
 * holds it), the article is extracted, deduplicated under advisory locks, saved, and the job
 * marked done; all of it commits together or not at all, so the store sees each article once.
 */
async function codeJob(store: PgStore, job: Job, workerId: string, opts: WorkerOptions, now: string): Promise<JobOutcome> {
  return store.transaction(async (tx): Promise<JobOutcome> => {
    // Safe for exactly-once: the job's completion commits in the same transaction as its article,
    // so a crash that loses this commit loses both, and the job is simply coded again.
    await tx.client.query('SET LOCAL synchronous_commit = off');
    const own = await tx.client.query(`SELECT 1 FROM ingest_jobs WHERE id = $1 AND locked_by = $2 AND status = 'running' FOR UPDATE`, [job.id, workerId]);
    if (!own.rowCount) return { job: job.id, result: 'lost' };
    const a = job.article;
    const hash = contentHash(a.text);
    // Extraction, the costly part, runs before any lock; then the same locks and the same
    // read-deduplicate-save as direct ingestion (src/ingest/ingest.ts).
    const records = opts.extractor.extract(a).records;
    await tx.lock(ingestLocks(a.id, hash, records));
    const r = await storeExtracted(tx, a, hash, records, { origin: job.origin, now, dedup: opts.dedup });
    const outcome: JobOutcome = r.skipped ? { job: job.id, result: 'skipped' } : { job: job.id, result: 'stored', events: r.events };
    await tx.client.query(`UPDATE ingest_jobs SET status = 'done', finished_at = now(), locked_by = NULL, locked_until = NULL WHERE id = $1`, [job.id]);
    return outcome;
  });
}

/** After a failed attempt: back to the queue with a delay, or dead-lettered and recorded as a failure. */
async function failJob(store: PgStore, job: Job, workerId: string, error: unknown, opts: WorkerOptions, now: string): Promise<JobOutcome> {
  const maxAttempts = opts.maxAttempts ?? 5;
  const message = error instanceof Error ? error.message : errorMessage(error);
  const dead = job.attempts >= maxAttempts;
  const delay = backoffMs(job.attempts, opts.backoffBaseMs ?? 1000, opts.backoffMaxMs ?? 60_000);
  return store.transaction(async (tx): Promise<JobOutcome> => {
    const r = await tx.client.query(
      `UPDATE ingest_jobs SET status = $3, last_error = $4, locked_by = NULL, locked_until = NULL,
              available_at = now() + $5 * interval '1 millisecond', finished_at = CASE WHEN $3 = 'dead' THEN now() END
        WHERE id = $1 AND locked_by = $2 AND status = 'running'`,
      [job.id, workerId, dead ? 'dead' : 'queued', message, delay],
    );
    if (!r.rowCount) return { job: job.id, result: 'lost' };
    if (dead) {
      const code = isSitrepError(error) ? error.code : 'E_INTERNAL';
      await tx.recordFailure({
        origin: job.origin, line: job.article.origin.line ?? null, doc_id: job.doc_id, code,
        message: `gave up after ${job.attempts} attempt(s): ${message}`, at: now,
      });
    }
    return { job: job.id, result: dead ? 'dead' : 'retry', error: message };
  });
}

async function anythingLeft(store: PgStore): Promise<boolean> {
  const { rows } = await store.pool.query(`SELECT EXISTS (SELECT 1 FROM ingest_jobs WHERE status IN ('queued', 'running')) AS busy`);
  return rows[0].busy as boolean;
}

/**
 * Takes jobs from the queue and codes them until stopped (or, with exitWhenIdle, until the queue
 * is empty). A worker that is killed simply stops renewing its leases: its jobs' transactions
 * roll back with the connection, and other workers claim them once the lease expires.
 */
export async function runWorker(store: PgStore, opts: WorkerOptions): Promise<WorkerReport> {
  const workerId = opts.workerId ?? defaultWorkerId();
  const leaseMs = opts.leaseMs ?? 60_000;
  const batchSize = opts.batchSize ?? 8;
  const pollMs = opts.pollMs ?? 500;
  const now = opts.now ?? (() => new Date().toISOString());
  const t0 = performance.now();
  const report: WorkerReport = { stored: 0, skipped: 0, retried: 0, dead: 0, lost: 0, elapsedMs: 0 };
  const stopping = () => opts.shouldStop?.() === true;

  const heartbeat = setInterval(() => {
    renewLeases(store, workerId, leaseMs).catch(() => undefined);
  }, Math.max(50, Math.floor(leaseMs / 3)));
  heartbeat.unref();

  const count = (o: JobOutcome) => {
    if (o.result === 'stored') report.stored++;
    else if (o.result === 'skipped') report.skipped++;
    else if (o.result === 'retry') report.retried++;
    else if (o.result === 'dead') report.dead++;
    else report.lost++;
    opts.onJob?.(o);
  };

  const loop = async (): Promise<void> => {
    let outages = 0;
    while (!stopping()) {
      try {
        if (outages > 0) {
          // Back after an outage: jobs claimed before it are handed back (no attempt counted),
          // since the lease this worker keeps renewing would otherwise hold them forever.
          await releaseJobs(store, workerId);
          outages = 0;
        }
        if ((await round()) === 'idle') return;
      } catch (e) {
        // The database went away or refused: wait, longer each time (up to 5 s), and reconnect.
        opts.onError?.(e);
        if (isConnectionLoss(e)) outages++;
        await sleep(outages ? Math.min(5000, pollMs * 2 ** Math.min(outages - 1, 10)) : pollMs);
      }
    }
  };

  const round = async (): Promise<'idle' | 'more'> => {
    const jobs = await claimJobs(store, workerId, batchSize, leaseMs);
    if (!jobs.length) {
      if (opts.exitWhenIdle && !(await anythingLeft(store))) return 'idle';
      await sleep(pollMs);
      return 'more';
    }
    for (const job of jobs) {
      if (stopping()) break;
      const maxAttempts = opts.maxAttempts ?? 5;
      if (job.attempts > maxAttempts) {
        // Claimed more often than allowed: earlier holders died on it (a crash, not an error).
        count(await failJob(store, job, workerId, new Error(`claimed ${job.attempts} times; earlier workers stopped while coding it`), opts, now()));
        continue;
      }
      try {
        count(await codeJob(store, job, workerId, opts, now()));
      } catch (e) {
        // A lost connection is no fault of the article: no attempt is spent on it (see loop).
        if (isConnectionLoss(e)) throw e;
        count(await failJob(store, job, workerId, e, opts, now()));
      }
    }
    return 'more';
  };

  try {
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 1) }, loop));
  } finally {
    clearInterval(heartbeat);
    await releaseJobs(store, workerId).catch(() => undefined);
  }
  report.elapsedMs = performance.now() - t0;
  return report;
}
