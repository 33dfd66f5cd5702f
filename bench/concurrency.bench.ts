// Issue 14's concurrency suite at full size: the test files of `npm test` with their sizes raised.
//   node --import tsx bench/concurrency.bench.ts
// - src/ingest/concurrent-ingest.test.ts: 400 reports of one event from two `sitrep ingest`
//   processes on SQLite, two on PostgreSQL, and parallel POST /api/ingest clients (real pipeline);
// - test/concurrency-summary.test.ts: 2,000 articles from 2 and then 4 concurrent writers, SQLite
//   and PostgreSQL, summaries and store compared with a sequential run;
// - src/queue/workers-kill.test.ts: the queue under three workers, one killed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs: [string, Record<string, string>][] = [
  ['src/ingest/concurrent-ingest.test.ts', { SITREP_CONCURRENT_PER_WRITER: '200' }],
  ['test/concurrency-summary.test.ts', { SITREP_SUMMARY_ARTICLES: '2000', SITREP_SUMMARY_WRITERS: '2' }],
  ['test/concurrency-summary.test.ts', { SITREP_SUMMARY_ARTICLES: '2000', SITREP_SUMMARY_WRITERS: '4' }],
  ['src/queue/workers-kill.test.ts', {}],
];
let failed = false;
for (const [file, env] of runs) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=dot', file], { cwd: repo, env: { ...process.env, ...env }, encoding: 'utf8' });
  const ok = r.status === 0;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${file} ${JSON.stringify(env)} ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  if (!ok) console.log(r.stdout.slice(-3000), r.stderr.slice(-2000));
}
process.exit(failed ? 1 : 0);
