// Soak: 50,000 synthetic articles ingested while a `sitrep serve` process answers API queries on
// the same database; the counts must add up at the end (exit 1 if not).
//   node --import tsx bench/soak.ts [--articles 50000] [--pg URL]
// test/soak.test.ts runs the same code on a few hundred articles.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { runSoak } from './soak-run.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '50000' }, pg: { type: 'string' } } });
const articles = Number(values.articles);
console.log(`soak: ${articles.toLocaleString('en')} articles into ${values.pg ? 'PostgreSQL' : 'SQLite'} while the API answers; ${availableParallelism()} CPU core(s)`);
const r = await runSoak({ articles, pg: values.pg, log: (l) => console.log(l) });
console.log(`ingested in ${r.ingestSeconds.toFixed(0)} s (${r.articlesPerSecond.toFixed(0)} articles/s)`);
console.log(`ingest: ${r.stored} stored, ${r.skipped} skipped as already stored`);
console.log(`store: ${r.stats.articles} articles, ${r.stats.events} events (expected ${r.expectedEvents}), ${r.stats.failures} failures; API /api/stats agrees: ${JSON.stringify(r.apiStats) === JSON.stringify(r.stats)}`);
console.log(`API during the run: ${r.queries} queries, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms, ${r.queryErrors.length} errors, article count never went down: ${r.monotonic}`);
for (const e of r.queryErrors.slice(0, 5)) console.log(`  ${e}`);
const ok = r.stats.articles === articles && r.stats.failures === 0 && r.stats.events === r.expectedEvents && r.queryErrors.length === 0 && r.monotonic && JSON.stringify(r.apiStats) === JSON.stringify(r.stats);
console.log(ok ? 'soak: OK' : 'soak: FAILED');
process.exit(ok ? 0 : 1);
