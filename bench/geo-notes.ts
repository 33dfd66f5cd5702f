/**
 * Geocoding benchmark: segment + places + choosePlace over the notes of the ACLED 2022
 * Middle East sample (gold latitude/longitude), and the geocoder's cost per Reuters article.
 *   node --import tsx bench/geo-notes.ts [dev|test|all]
 * Reads /work/shared (beside the repo); prints figures only, writes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { distanceKm } from '../src/geo/gazetteer.ts';
import { loadGeonamesGazetteer } from '../src/geo/gazetteer-geonames.ts';
import type { Article } from '../src/model/article.ts';
import { inSplit, type Split } from '../src/model/ids.ts';
import { createDeps } from '../src/pipeline/deps.ts';
import { createPipeline } from '../src/pipeline/pipeline.ts';
import { places, choosePlace } from '../src/stages/places/index.ts';
import { segment } from '../src/stages/segment/index.ts';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const shared = resolve(repo, '..', 'shared');
const split = (process.argv[2] ?? 'test') as Split;
const verbose = process.argv.includes('--misses');
const notesFile = join(shared, 'data/acled-sample-2022/acled_sample_2022_middle_east.csv');
const reutersFile = join(shared, 'data/news-isot-reuters-sample/general.jsonl');
if (!existsSync(notesFile)) {
  console.log(`skipped: ${notesFile} not found`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}

const rss0 = process.memoryUsage().rss;
const gazetteer = loadGeonamesGazetteer();
const rss1 = process.memoryUsage().rss;
console.log(`gazetteer: ${gazetteer.stats.rows} GeoNames rows + ${gazetteer.stats.extras} countries/regions/landmarks, ${gazetteer.stats.keys} keys, loaded in ${Math.round(gazetteer.stats.loadMs)} ms, RSS +${Math.round((rss1 - rss0) / 1e6)} MB (total ${Math.round(rss1 / 1e6)} MB)`);

const pipeline = createPipeline([segment, places], createDeps({ gazetteer }));
const article = (id: string, text: string): Article => ({ id, text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'bench' } });

const rows = parse(readFileSync(notesFile, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
let n = 0;
let within = 0;
let placed = 0;
for (const row of rows) {
  if (!inSplit(row.event_id_cnty, split)) continue;
  n++;
  const doc = pipeline.run(article(row.event_id_cnty, row.notes));
  const chosen = choosePlace(doc, doc.sentences.length ? [0] : []);
  if (!chosen?.place) {
    if (verbose) console.log(`NONE ${row.event_id_cnty} gold=${row.location} (${row.admin1}) | ${row.notes.slice(0, 160)}`);
    continue;
  }
  placed++;
  const d = distanceKm(chosen.place.latitude, chosen.place.longitude, Number(row.latitude), Number(row.longitude));
  if (d <= 25) within++;
  else if (verbose) console.log(`MISS ${Math.round(d)}km ${row.event_id_cnty} chose="${chosen.text}"→${chosen.place.name}/${chosen.place.countryCode} gold=${row.location} (${row.admin1}) | ${row.notes.slice(0, 160)}`);
}
const pct = (a: number) => `${((100 * a) / Math.max(1, n)).toFixed(1)}%`;
console.log(`ACLED notes (${split}): ${n} rows, place chosen ${pct(placed)}, within 25 km ${within}/${n} = ${pct(within)}`);

if (existsSync(reutersFile)) {
  const lines = readFileSync(reutersFile, 'utf8').split('\n').filter(Boolean);
  const arts = lines.map((l, i) => {
    const o = JSON.parse(l) as { id?: string; text?: string; title?: string };
    return article(o.id ?? `r${i}`, `${o.title ?? ''}\n\n${o.text ?? ''}`);
  });
  let segMs = 0;
  let placesMs = 0;
  let chars = 0;
  for (const a of arts) {
    const doc = pipeline.run(a);
    chars += a.text.length;
    for (const t of doc.trace) if (t.stage === 'places') placesMs += t.ms;
    segMs += doc.trace.find((t) => t.stage === 'segment')?.ms ?? 0;
  }
  console.log(`Reuters general: ${arts.length} articles, mean ${Math.round(chars / arts.length)} chars; places stage ${(placesMs / arts.length).toFixed(3)} ms/article (segment ${(segMs / arts.length).toFixed(2)} ms/article)`);
}
