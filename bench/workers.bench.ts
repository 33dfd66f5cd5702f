// Distributed ingestion throughput: N synthetic articles queued in PostgreSQL, coded by 1, 2 and 4
// `sitrep worker` processes; articles/s once every worker is up, and the ratio to one worker.
//   node --import tsx bench/workers.bench.ts [--articles 3000] [--workers 1,2,4] [--batch 8]
// Needs PostgreSQL (SITREP_TEST_PG, default postgres://postgres@127.0.0.1:5432/postgres); each run
// uses a throwaway database. Worker start-up (loading the gazetteer and NLP model, ~3 s) is not
// counted: articles are queued only once every worker says it is taking jobs.
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { enqueueArticles, queueCounts } from '../src/queue/queue.ts';
import { syntheticArticles } from '../src/queue/synthetic.ts';
import { openPgStore } from '../src/store/postgres/pg-store.ts';
import { pgUnavailable, throwawayDatabases } from '../src/store/postgres/pg-test-db.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '3000' }, workers: { type: 'string', default: '1,2,4' }, batch: { type: 'string', default: '8' } } });
const N = Number(values.articles);
const counts = values.workers.split(',').map(Number);
const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'sitrep.js');

const down = await pgUnavailable();
if (down) {
  console.log(`PostgreSQL unreachable (${down}); nothing to measure`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}

console.log(`${N} synthetic articles; ${availableParallelism()} CPU core(s) (${cpus()[0]?.model ?? 'unknown'}); PostgreSQL on the same machine`);
const dbs = throwawayDatabases();
const results: { workers: number; rate: number }[] = [];
try {
  for (const w of counts) {
    const url = await dbs.create();
    const store = await openPgStore(url);
    const children: ChildProcess[] = [];
    try {
      const ready = Array.from({ length: w }, (_, i) => {
        const child = spawn(process.execPath, [bin, 'worker', '--pg', url, '--batch', values.batch, '--poll-ms', '20', '--id', `bench-${i}`], { stdio: ['ignore', 'ignore', 'pipe'] });
        children.push(child);
        return new Promise<void>((resolve, reject) => {
          let err = '';
          child.stderr!.on('data', (d) => {
            err += d;
            if (err.includes('taking jobs')) resolve();
          });
          child.on('exit', (code) => reject(new Error(`worker exited (${code}) before taking jobs: ${err}`)));
        });
      });
      await Promise.all(ready);
      const articles = syntheticArticles(0, N, `bench${w}`);
      const t0 = performance.now();
      await enqueueArticles(store, articles);
      for (;;) {
        const c = await queueCounts(store);
        if (c.done + c.dead >= N) break;
        await sleep(25);
      }
      const seconds = (performance.now() - t0) / 1000;
      const stats = await store.stats();
      const rate = N / seconds;
      results.push({ workers: w, rate });
      console.log(`${w} worker(s): ${N} articles in ${seconds.toFixed(1)} s = ${rate.toFixed(0)} articles/s (${stats.articles} stored, ${stats.events} events, ${stats.failures} failures)`);
    } finally {
      for (const c of children) c.kill('SIGTERM');
      await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.on('exit', r)))));
      await store.close();
    }
  }
} finally {
  await dbs.dropAll();
}
const one = results.find((r) => r.workers === 1)?.rate;
if (one) for (const r of results) console.log(`  ${r.workers} worker(s): ${(r.rate / one).toFixed(2)}× one worker`);
