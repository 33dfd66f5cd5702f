/**
 * Ingest rate into SQLite: reads ../shared/data/news-isot-reuters-sample/general.jsonl (or the
 * file given), extracts, deduplicates and stores every article in a fresh temporary database file,
 * then ingests it again (everything skipped by content hash). Prints articles/s for both passes.
 *   node --import tsx bench/ingest.bench.ts [FILE.jsonl]
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/ingest/ingest.ts';
import { createExtractor } from '../src/pipeline/extractor.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';

async function main(): Promise<void> {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const file = process.argv[2] ?? path.resolve(repo, '..', 'shared', 'data', 'news-isot-reuters-sample', 'general.jsonl');
  if (!existsSync(file)) {
    console.log(`skipped: ${file} not found (shared data absent)`);
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-bench-'));
  try {
    const t0 = performance.now();
    const extractor = createExtractor();
    const startup = performance.now() - t0;
    const store = await openSqliteStore(path.join(dir, 'bench.db'));
    const first = await ingest(store, [file], { extractor });
    const stats = await store.stats();
    const second = await ingest(store, [file], { extractor });
    await store.close();
    const n = first.stored + first.skipped + first.failed;
    const rate = (r: typeof first) => ((r.stored + r.skipped + r.failed) * 1000) / r.elapsedMs;
    console.log(`file              ${file}`);
    console.log(`start-up          ${(startup / 1000).toFixed(1)} s (extractor: gazetteer, NLP model, lexicons)`);
    console.log(`first pass        ${n} articles in ${(first.elapsedMs / 1000).toFixed(1)} s = ${rate(first).toFixed(1)} articles/s (${first.stored} stored, ${first.failed} failed; ${stats.events} events, ${first.eventsUpdated} merges into earlier events)`);
    console.log(`second pass       ${(second.elapsedMs / 1000).toFixed(1)} s = ${rate(second).toFixed(0)} articles/s (${second.skipped} skipped as already stored)`);
    console.log(`peak RSS          ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
