import { CliError } from '../../errors.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { queueCounts, requeueDead } from '../../queue/queue.ts';
import { defaultWorkerId, runWorker, type WorkerReport } from '../../queue/worker.ts';
import { openPgStore } from '../../store/postgres/pg-store.ts';
import { gazetteerDumps, GAZETTEER_OPTION, parse } from '../args.ts';

const USAGE = 'usage: sitrep worker --pg URL [--concurrency N] [--batch N] [--lease-seconds S] [--max-attempts N] [--exit-when-idle] [--requeue-dead] [--status] [--gazetteer PATH|URL[,…]]';

function wholeNumber(v: string | undefined, flag: string, min: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new CliError(`${flag} wants a whole number >= ${min}, got "${v}"`);
  return Number(v);
}

export function workerSummary(r: WorkerReport): string {
  const rate = r.elapsedMs > 0 ? ((r.stored + r.skipped) * 1000) / r.elapsedMs : 0;
  return `${r.stored} article(s) coded, ${r.skipped} already stored, ${r.retried} retry(s) scheduled, ${r.dead} dead-lettered, ${r.lost} lost to other workers (${rate.toFixed(1)} articles/s)`;
}

/**
 * sitrep worker --pg URL: codes queued articles (see `sitrep ingest --pg URL --queue`) until
 * SIGINT/SIGTERM, or until the queue is empty with --exit-when-idle. Run as many as you like.
 */
export async function workerCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    pg: { type: 'string' },
    concurrency: { type: 'string' },
    batch: { type: 'string' },
    'lease-seconds': { type: 'string' },
    'max-attempts': { type: 'string' },
    'backoff-ms': { type: 'string' },
    'poll-ms': { type: 'string' },
    'exit-when-idle': { type: 'boolean', default: false },
    'requeue-dead': { type: 'boolean', default: false },
    status: { type: 'boolean', default: false },
    id: { type: 'string' },
    ...GAZETTEER_OPTION,
  });
  if (!values.pg) throw new CliError(`sitrep worker needs --pg URL (the queue lives in PostgreSQL)\n${USAGE}`);
  if (positionals.length) throw new CliError(`sitrep worker takes no positional arguments, got "${positionals[0]}"\n${USAGE}`);
  const concurrency = wholeNumber(values.concurrency, '--concurrency', 1);
  const batchSize = wholeNumber(values.batch, '--batch', 1);
  const leaseSeconds = wholeNumber(values['lease-seconds'], '--lease-seconds', 1);
  const maxAttempts = wholeNumber(values['max-attempts'], '--max-attempts', 1);
  const backoffBaseMs = wholeNumber(values['backoff-ms'], '--backoff-ms', 0);
  const pollMs = wholeNumber(values['poll-ms'], '--poll-ms', 10);

  const store = await openPgStore(values.pg);
  try {
    if (values['requeue-dead']) process.stderr.write(`sitrep worker: ${await requeueDead(store)} dead job(s) queued again\n`);
    if (values.status) {
      const c = await queueCounts(store);
      process.stdout.write(`${JSON.stringify(c)}\n`);
      return 0;
    }
    // before the signal handlers, so that Ctrl-C during a download stops at once
    const gazetteerFiles = await gazetteerDumps(values.gazetteer, 'worker');
    let stop = false;
    const onSignal = (signal: string) => {
      if (stop) process.exit(130);
      stop = true;
      process.stderr.write(`\nsitrep worker: ${signal}; finishing the current article and handing back the rest\n`);
    };
    const onInt = () => onSignal('SIGINT');
    const onTerm = () => onSignal('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const workerId = values.id ?? defaultWorkerId();
    process.stderr.write(`sitrep worker ${workerId}: loading the extractor\n`);
    const extractor = createExtractor({ gazetteerFiles });
    process.stderr.write(`sitrep worker ${workerId}: taking jobs\n`);
    try {
      const report = await runWorker(store, {
        extractor, workerId, concurrency, batchSize, maxAttempts, backoffBaseMs, pollMs,
        leaseMs: leaseSeconds !== undefined ? leaseSeconds * 1000 : undefined,
        exitWhenIdle: values['exit-when-idle'],
        shouldStop: () => stop,
        onError: (e) => process.stderr.write(`sitrep worker: ${(e as Error).message}; retrying\n`),
      });
      process.stderr.write(`sitrep worker ${workerId}: ${workerSummary(report)}\n`);
      return 0;
    } finally {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    }
  } finally {
    await store.close();
  }
}
