import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/ingest/ingest.ts';
import { REPORTS_PER_GROUP, syntheticJsonl } from '../src/queue/synthetic.ts';
import { openPgStore } from '../src/store/postgres/pg-store.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { Store, StoreStats } from '../src/store/store.ts';

/**
 * The soak run shared by bench/soak.ts (50,000 articles) and test/soak.test.ts (a few hundred):
 * synthetic articles are ingested in this process while a separate `sitrep serve` process
 * answers a stream of API queries on the same database; at the end the counts must add up.
 */

export interface SoakOptions {
  readonly articles: number;
  /** PostgreSQL URL; default a SQLite file in a temporary folder. */
  readonly pg?: string;
  /** Pause between API queries (default 20 ms). */
  readonly queryPauseMs?: number;
  readonly log?: (line: string) => void;
}

export interface SoakReport {
  readonly stats: StoreStats;
  /** Articles the ingest run stored, and skipped as already stored (should be none: every text differs). */
  readonly stored: number;
  readonly skipped: number;
  /** What GET /api/stats said after the run. */
  readonly apiStats: StoreStats;
  readonly expectedEvents: number;
  readonly ingestSeconds: number;
  readonly articlesPerSecond: number;
  readonly queries: number;
  readonly queryErrors: string[];
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** False if the API ever saw the article count go down. */
  readonly monotonic: boolean;
}

const ARTICLES_PER_FILE = 5_000;
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const QUERIES = [
  'api/stats',
  'api/events?limit=50',
  'api/events?text=checkpoint&limit=20',
  'api/events?event_type=Protests&from=2015-06-01&to=2016-06-01',
  'api/events?bbox=35,30,45,40&sort=-fatalities&limit=20',
  'api/actors?limit=10',
  'api/export.csv?limit=100',
];

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

async function startServe(args: string[]): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [path.join(repo, 'bin', 'sitrep.js'), 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1].endsWith('/') ? m[1] : `${m[1]}/`);
    });
    child.on('exit', (code) => reject(new Error(`sitrep serve exited (${code}): ${err}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.on('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function runSoak(opts: SoakOptions): Promise<SoakReport> {
  const log = opts.log ?? (() => {});
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-soak-'));
  const dbFile = path.join(dir, 'soak.db');
  const store: Store = opts.pg ? await openPgStore(opts.pg) : await openSqliteStore(dbFile);
  try {
    const inputs = path.join(dir, 'in');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(inputs);
    for (let from = 0, n = 0; from < opts.articles; from += ARTICLES_PER_FILE, n++) {
      writeFileSync(path.join(inputs, `part-${String(n).padStart(3, '0')}.jsonl`), syntheticJsonl(from, Math.min(opts.articles, from + ARTICLES_PER_FILE), 'soak'));
    }
    const server = await startServe(opts.pg ? ['--pg', opts.pg] : ['--db', dbFile]);
    let running = true;
    const latencies: number[] = [];
    const queryErrors: string[] = [];
    let monotonic = true;
    let lastSeen = 0;
    const queryLoop = (async () => {
      for (let i = 0; running; i++) {
        const q = QUERIES[i % QUERIES.length];
        const t = performance.now();
        try {
          const res = await fetch(`${server.url}${q}`);
          const body = await res.text();
          latencies.push(performance.now() - t);
          if (!res.ok) queryErrors.push(`${q}: HTTP ${res.status} ${body.slice(0, 200)}`);
          else if (q === 'api/stats') {
            const seen = (JSON.parse(body) as StoreStats).articles;
            if (seen < lastSeen) monotonic = false;
            lastSeen = seen;
          }
        } catch (e) {
          queryErrors.push(`${q}: ${(e as Error).message}`);
        }
        await sleep(opts.queryPauseMs ?? 20);
      }
    })();
    const t0 = performance.now();
    let lastLog = 0;
    const report = await ingest(store, [inputs], {
      onProgress: (p) => {
        if (p.elapsedMs - lastLog < 10_000) return;
        lastLog = p.elapsedMs;
        log(`  ${p.done} / ${opts.articles} articles, ${((p.done * 1000) / p.elapsedMs).toFixed(0)}/s, ${latencies.length} queries answered`);
      },
    });
    const ingestSeconds = (performance.now() - t0) / 1000;
    running = false;
    await queryLoop;
    const apiStats = (await (await fetch(`${server.url}api/stats`)).json()) as StoreStats;
    await server.stop();
    latencies.sort((a, b) => a - b);
    return {
      stats: await store.stats(),
      stored: report.stored,
      skipped: report.skipped,
      apiStats,
      expectedEvents: Math.ceil(opts.articles / REPORTS_PER_GROUP),
      ingestSeconds,
      articlesPerSecond: report.stored / ingestSeconds,
      queries: latencies.length,
      queryErrors,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      monotonic,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
