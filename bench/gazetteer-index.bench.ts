/**
 * Builds the gazetteer index from N synthetic rows in GeoNames' 19-column layout (12 million, as
 * allCountries.txt, by default) and reports time, peak RSS and file size; then opens it and times
 * lookups. The rows are written to a temp file first, streamed, so that the bench itself stays small.
 *   node --import tsx bench/gazetteer-index.bench.ts [ROWS]
 * Peak RSS is the kernel's high-water mark of this process (VmHWM), the figure the ≤ 1 GB goal is about.
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGeonamesGazetteer } from '../src/geo/gazetteer-geonames.ts';

const n = Number(process.argv[2] ?? 12_000_000);
const dir = mkdtempSync(join(tmpdir(), 'sitrep-gazbench-'));
const dump = join(dir, 'allCountries.txt');

const SYL = ['ka', 'fr', 'na', 'bal', 'tel', 'ab', 'yad', 'qar', 'mus', 'dayr', 'zor', 'bin', 'hal', 'om', 'ras', 'ayn', 'um', 'jab', 'lat', 'sar'];
/** A made-up name per id: most distinct, as a real dump's are, with shared words. */
const nameOf = (i: number) => {
  let s = '';
  for (let x = i + 7; x > 0; x = Math.floor(x / SYL.length)) s += SYL[x % SYL.length];
  return s[0].toUpperCase() + s.slice(1);
};

const peakMb = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;

const t0 = performance.now();
const out = createWriteStream(dump);
for (let i = 0; i < n; i++) {
  const name = nameOf(i);
  const alts = i % 3 === 0 ? `${name}a,${name} Village,${nameOf(i * 7)}` : '';
  const line = `${i + 1}\t${name}\t${name}\t${alts}\t${(i % 1800) / 10 - 90}\t${(i % 3600) / 10 - 180}\tP\tPPL\tSY\t\t01\t\t\t\t${i % 97}\t\t\t\t2020-01-01\n`;
  if (!out.write(line)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
console.log(`wrote ${n.toLocaleString()} rows (${(statSync(dump).size / 1e6).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)} s; peak RSS so far ${peakMb().toFixed(0)} MB`);

const t1 = performance.now();
const gaz = loadGeonamesGazetteer({ extraFiles: [dump], indexDir: join(dir, 'index'), log: (m) => console.log(m) });
const buildS = (performance.now() - t1) / 1000;
console.log(`index: ${gaz.stats.rows.toLocaleString()} rows, ${gaz.stats.keys.toLocaleString()} keys, ${(statSync(gaz.stats.indexFile).size / 1e6).toFixed(0)} MB, built and opened in ${buildS.toFixed(0)} s; peak RSS ${peakMb().toFixed(0)} MB`);

const t2 = performance.now();
let found = 0;
for (let i = 0; i < 10_000; i++) found += gaz.candidates(nameOf((i * 104729) % n)).length > 0 ? 1 : 0;
console.log(`10,000 lookups in ${(performance.now() - t2).toFixed(0)} ms, ${found} found`);
rmSync(dir, { recursive: true, force: true });
