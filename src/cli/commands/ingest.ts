import { existsSync } from 'node:fs';
import { checkDate, gazetteerDumps, GAZETTEER_OPTION, parse } from '../args.ts';
import { CliError } from '../../errors.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { estimateArticles, ingest, type IngestProgress, type IngestReport } from '../../ingest/ingest.ts';
import { enqueueInputs, type EnqueueOptions } from '../../queue/queue.ts';
import { openStore, removeSqliteFiles, sqliteFileOf } from '../../store/open-store.ts';
import { openPgStore } from '../../store/postgres/pg-store.ts';

const PROGRESS_EVERY_MS = 250;
/** Exit status after Ctrl-C, as shells report 128 + SIGINT. */
const EXIT_INTERRUPTED = 130;

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function progressLine(p: IngestProgress): string {
  const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
  const of = p.expected ? `/${p.expected}` : '';
  const eta = p.expected && rate > 0 && p.expected > p.done ? ` · ETA ${duration(((p.expected - p.done) / rate) * 1000)}` : '';
  return `${p.done}${of} articles · ${p.stored} stored, ${p.skipped} already there, ${p.failed} failed · ${rate.toFixed(1)}/s${eta}`;
}

export function summaryLine(r: IngestReport): string {
  const rate = r.elapsedMs > 0 ? ((r.stored + r.skipped + r.failed) * 1000) / r.elapsedMs : 0;
  const versions = r.versions.length ? ` (${r.versions.length} as new versions of an id that holds other text)` : '';
  return `${r.stored} article(s) stored${versions}, ${r.skipped} already there, ${r.failed} failed; ${r.eventsNew} new event(s), ${r.eventsUpdated} updated; ${duration(r.elapsedMs)} (${rate.toFixed(1)} articles/s)`;
}

const warn = (message: string) => process.stderr.write(`sitrep ingest: ${message}\n`);

const NOTHING_INGESTED = 'no article was ingested; check the inputs named above';

/** --queue: read the inputs and leave the coding to `sitrep worker` processes. */
async function enqueueCommand(inputs: string[], pgUrl: string | undefined, opts: EnqueueOptions): Promise<number> {
  if (!pgUrl) throw new CliError('--queue needs --pg URL: the job queue lives in PostgreSQL');
  const store = await openPgStore(pgUrl);
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
  };
  process.on('SIGINT', onSigint);
  try {
    const r = await enqueueInputs(store, inputs, { ...opts, shouldStop: () => interrupted, onWarning: warn });
    process.stderr.write(`sitrep ingest: ${r.enqueued} article(s) queued, ${r.alreadyQueued} already queued, ${r.failed} input(s) failed; start \`sitrep worker --pg URL\` to code them\n`);
    if (interrupted) return EXIT_INTERRUPTED;
    if (r.enqueued + r.alreadyQueued === 0) {
      process.stderr.write(`sitrep ingest: ${NOTHING_INGESTED}\n`);
      return 1;
    }
    return r.failed ? 1 : 0;
  } finally {
    process.off('SIGINT', onSigint);
    await store.close();
  }
}

/** sitrep ingest PATH|URL|FEED… [--db FILE | --pg URL [--queue]] [--date YYYY-MM-DD] [--gazetteer PATH|URL[,…]]… */
export async function ingestCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    db: { type: 'string' },
    pg: { type: 'string' },
    date: { type: 'string' },
    'fetch-limit': { type: 'string' },
    'fetch-delay': { type: 'string' },
    'fetch-concurrency': { type: 'string' },
    'fetch-deadline': { type: 'string' },
    'max-file-mb': { type: 'string' },
    queue: { type: 'boolean', default: false },
    ...GAZETTEER_OPTION,
  });
  if (positionals.length === 0) throw new CliError('usage: sitrep ingest PATH|URL|FEED… [--db FILE | --pg URL [--queue]] [--date YYYY-MM-DD] [--max-file-mb N] [--fetch-concurrency N] [--fetch-deadline S] [--gazetteer PATH|URL[,…]]');
  const date = checkDate(values.date, '--date');
  const whole = (v: string | undefined, flag: string) => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw new CliError(`${flag} wants a whole number, got "${v}"`);
    return Number(v);
  };
  const maxMb = values['max-file-mb'] === undefined ? undefined : Number(values['max-file-mb']);
  if (maxMb !== undefined && !(maxMb > 0)) throw new CliError(`--max-file-mb wants a positive number, got "${values['max-file-mb']}"`);
  const maxFileBytes = maxMb === undefined ? undefined : Math.round(maxMb * 2 ** 20);
  const linkLimit = whole(values['fetch-limit'], '--fetch-limit');
  const delayMs = whole(values['fetch-delay'], '--fetch-delay');
  const linkConcurrency = whole(values['fetch-concurrency'], '--fetch-concurrency');
  if (linkConcurrency === 0) throw new CliError('--fetch-concurrency wants a whole number >= 1, got "0"');
  const deadlineSeconds = whole(values['fetch-deadline'], '--fetch-deadline');
  const fetch = {
    ...(linkLimit !== undefined && { linkLimit }),
    ...(delayMs !== undefined && { delayMs }),
    ...(linkConcurrency !== undefined && { linkConcurrency }),
    ...(deadlineSeconds !== undefined && { deadlineMs: deadlineSeconds * 1000 }),
  };
  // queued articles are coded by `sitrep worker`, which takes its own --gazetteer
  if (values.queue && values.gazetteer) throw new CliError('--gazetteer has no effect with --queue; give it to `sitrep worker`');
  if (values.queue) return enqueueCommand(positionals, values.pg, { date, maxFileBytes, fetch });
  // dumps first: a failed download should not leave a store open
  const extractor = createExtractor({ gazetteerFiles: await gazetteerDumps(values.gazetteer, 'ingest') });
  // A run that stores nothing must not leave a new empty database behind (a typo in --db or the inputs).
  const newDbFile = values.pg === undefined && !existsSync(sqliteFileOf(values.db)) ? sqliteFileOf(values.db) : null;
  const store = await openStore({ db: values.db, pg: values.pg });
  let nothingIngested = false;
  const tty = process.stderr.isTTY === true;
  let interrupted = false;
  const onSigint = () => {
    if (interrupted) process.exit(EXIT_INTERRUPTED); // a second Ctrl-C means now
    interrupted = true;
    process.stderr.write('\nsitrep ingest: interrupted; finishing the current article (Ctrl-C again to quit at once)\n');
  };
  process.on('SIGINT', onSigint);
  let lastDraw = 0;
  try {
    const expected = tty ? await estimateArticles(positionals) : null;
    const report = await ingest(store, positionals, {
      date,
      maxFileBytes,
      extractor,
      expected,
      fetch,
      shouldStop: () => interrupted,
      onWarning: (m) => {
        if (tty) process.stderr.write('\r\x1b[2K'); // not on top of the progress line
        warn(m);
      },
      onProgress: tty
        ? (p) => {
            const t = performance.now();
            if (t - lastDraw < PROGRESS_EVERY_MS) return;
            lastDraw = t;
            process.stderr.write(`\r\x1b[2K${progressLine(p)}`);
          }
        : undefined,
    });
    if (tty) process.stderr.write('\r\x1b[2K');
    process.stderr.write(`sitrep ingest: ${summaryLine(report)}${report.stopped ? ' — stopped early; run the same command again to continue' : ''}\n`);
    for (const v of report.versions.slice(0, 10)) process.stderr.write(`  ${v.origin}: doc_id "${v.doc_id}" already holds other text; stored as "${v.stored_as}"\n`);
    if (report.versions.length > 10) process.stderr.write(`  … and ${report.versions.length - 10} more new versions\n`);
    for (const f of report.unrecorded) {
      process.stderr.write(`  NOT RECORDED in the store: ${f.origin}${f.line ? `:${f.line}` : ''}: ${f.message} [${f.code}]\n`);
    }
    if (report.failed > report.unrecorded.length) {
      const recent = await store.failures(Math.min(report.failed, 10)).catch(() => []);
      for (const f of recent.reverse()) process.stderr.write(`  ${f.origin}${f.line ? `:${f.line}` : ''}: ${f.message} [${f.code}]\n`);
      if (report.failed > 10) process.stderr.write(`  … and ${report.failed - 10} more (all are kept in the store's failures)\n`);
    }
    nothingIngested = report.stored + report.skipped === 0;
    if (report.stopped) return EXIT_INTERRUPTED;
    if (nothingIngested) {
      process.stderr.write(`sitrep ingest: ${NOTHING_INGESTED}${newDbFile ? `; ${newDbFile} was not created` : ''}\n`);
      return 1;
    }
    return report.failed ? 1 : 0;
  } finally {
    process.off('SIGINT', onSigint);
    await store.close();
    if (nothingIngested && newDbFile) removeSqliteFiles(newDbFile);
  }
}
