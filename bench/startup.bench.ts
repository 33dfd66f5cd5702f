/**
 * Start-up of `sitrep extract` on one short article, wall time and peak RSS from /usr/bin/time -v, over
 * several runs. Uses the packs installed in the cache in force (SITREP_CACHE_DIR), so run it once with
 * the 16 packs added (`sitrep gazetteer add ../shared/data/gazetteers/wof-geonames`) and once without.
 *   node --import tsx bench/startup.bench.ts [RUNS]
 * The first run after a change of packs or code builds the index; it is reported apart. `bin/sitrep.js`
 * runs the compiled dist/ when it is current (`npm run build`), else src/ through tsx: SITREP_RUN_FROM=src
 * measures the latter.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const file = join(mkdtempSync(join(tmpdir(), 'sitrep-startup-')), 'story.txt');
// a story we wrote ourselves
writeFileSync(file, 'IDLIB, Syria — Shelling hit the village of Kafr Nabl in Idlib province on Monday, killing two civilians, a local rescue group said.\n');

const measure = () => {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, join(repo, 'bin', 'sitrep.js'), 'extract', '--date', '2022-01-03', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr)!;
  const s = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)![1]);
  // CPU time too: on a shared machine the wall time says more about the others' load than about us
  const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)![1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)![1]);
  return { s, cpu, mb: kb / 1024 };
};

const first = measure();
console.log(`first run (may build the index): ${first.s.toFixed(2)} s, peak RSS ${first.mb.toFixed(0)} MB`);
const all = Array.from({ length: runs }, measure);
const walls = all.map((m) => m.s).sort((a, b) => a - b);
const cpus = all.map((m) => m.cpu).sort((a, b) => a - b);
console.log(`${runs} runs: wall median ${walls[Math.floor(runs / 2)].toFixed(2)} s (min ${walls[0].toFixed(2)}, max ${walls[runs - 1].toFixed(2)}), CPU median ${cpus[Math.floor(runs / 2)].toFixed(2)} s (min ${cpus[0].toFixed(2)}), peak RSS max ${Math.max(...all.map((m) => m.mb)).toFixed(0)} MB; load average ${loadavg()[0].toFixed(1)}`);
