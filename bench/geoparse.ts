/**
 * Geoparsing benchmark: the four gold corpora of ../shared/data/geoparsing-gold (LGL, GeoVirus,
 * GeoWebNews, TR-News), with gold toponym spans given and end to end, plus the gazetteer's load time
 * and memory and the places stage's cost per article.
 *   node --import tsx bench/geoparse.ts [test|dev|all]
 * Reads /work/shared (beside the repo); prints figures only, writes nothing.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { predictEndToEnd, readGeoGold, scoreGeoparse, scoreGoldSpans } from '../src/eval/geoparse.ts';
import type { Split } from '../src/model/ids.ts';
import { createDeps } from '../src/pipeline/deps.ts';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const goldDir = resolve(repo, '..', 'shared', 'data', 'geoparsing-gold');
const split = (process.argv[2] ?? 'test') as Split;
if (!existsSync(goldDir)) {
  console.log(`skipped: ${goldDir} not found`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}

const rss0 = process.memoryUsage().rss;
const deps = createDeps();
const t0 = performance.now();
deps.gazetteer();
const loadMs = performance.now() - t0;
const gazetteerMb = (process.memoryUsage().rss - rss0) / 2 ** 20;
console.log(`gazetteer: loaded in ${(loadMs / 1000).toFixed(1)} s, RSS +${gazetteerMb.toFixed(0)} MB\n`);

const rows: string[][] = [['corpus', 'docs', 'toponyms', 'spans acc@161', 'spans median km', 'e2e recall', 'e2e acc@161', 'e2e acc of found', 'ms/doc e2e']];
for (const name of ['lgl', 'geovirus', 'geowebnews', 'trnews']) {
  const gold = readGeoGold(join(goldDir, `${name}.jsonl`), split);
  const spans = scoreGoldSpans(deps, gold, split);
  const t = performance.now();
  const e2e = scoreGeoparse(gold, predictEndToEnd(deps, gold), split);
  const ms = (performance.now() - t) / gold.length;
  rows.push([name, String(gold.length), String(spans.toponyms), String(spans.acc161_end_to_end), String(spans.median_km), String(e2e.recall), String(e2e.acc161_end_to_end), String(e2e.acc161_of_found), ms.toFixed(1)]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
console.log(`\nsplit ${split}; peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
