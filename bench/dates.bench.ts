/**
 * Speed of the dates resolver on Reuters copy: ms per article over the ISOT Reuters sample.
 * Run: node --import tsx bench/dates.bench.ts [--no-chrono]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDateResolver } from '../src/stages/dates/resolve.ts';

const file = resolve(fileURLToPath(import.meta.url), '..', '..', '..', 'shared', 'data', 'news-isot-reuters-sample', 'general.jsonl');
if (!existsSync(file)) {
  console.log(`skipping: ${file} not found`);
  process.exit(0);
}
const articles = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; date: string | null; text: string });

const useChrono = !process.argv.includes('--no-chrono');
const t0 = performance.now();
const resolver = createDateResolver({ useChrono });
const setupMs = performance.now() - t0;

// one warm-up pass so the JIT and chrono's lazy parts are not billed to the timed pass
for (const a of articles.slice(0, 200)) resolver.resolve(a.text, a.date);

let mentions = 0;
let chars = 0;
const start = performance.now();
for (const a of articles) {
  mentions += resolver.resolve(a.text, a.date).length;
  chars += a.text.length;
}
const ms = performance.now() - start;
console.log(
  `dates (chrono ${useChrono ? 'on' : 'off'}): ${articles.length} articles, ${(chars / articles.length / 1024).toFixed(1)} KB avg, ` +
    `${(ms / articles.length).toFixed(3)} ms/article, ${(mentions / articles.length).toFixed(1)} mentions/article, setup ${setupMs.toFixed(0)} ms`,
);
