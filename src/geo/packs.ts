import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SitrepError } from '../errors.ts';
import { defaultDumpCacheDir, prepareGazetteerDumps, type PrepareDumpsOptions } from './dump-source.ts';
import { forEachLine, hierarchyBeside } from './gazetteer-rows.ts';

/**
 * Gazetteer packs: GeoNames country dumps that the user installed once (`sitrep gazetteer add SY IQ`),
 * kept in the cache and merged into every gazetteer from then on. A pack is its rows (CC.txt), what we
 * know of it (CC.json) and, where its source had one, the district and governorate of each row
 * (CC.hierarchy.tsv, in Who's On First's sidecar layout).
 */

/** Where GeoNames serves one ZIP per country. */
export const GEONAMES_EXPORT = 'https://download.geonames.org/export/dump';

export interface PackInfo {
  readonly cc: string;
  readonly rows: number;
  /** ISO time of the add. */
  readonly added: string;
  readonly sources: readonly string[];
  readonly file: string;
  readonly hierarchy: string | null;
}

export function defaultPacksDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultDumpCacheDir(env), 'packs');
}

/** Installed packs, by country code. */
export function listPacks(dir = defaultPacksDir()): PackInfo[] {
  if (!existsSync(dir)) return [];
  const out: PackInfo[] = [];
  for (const name of readdirSync(dir).sort()) {
    const m = /^([A-Z]{2})\.json$/.exec(name);
    if (!m || !existsSync(join(dir, `${m[1]}.txt`))) continue;
    const meta = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Omit<PackInfo, 'file' | 'hierarchy'>;
    const hierarchy = join(dir, `${m[1]}.hierarchy.tsv`);
    out.push({ ...meta, cc: m[1], file: join(dir, `${m[1]}.txt`), hierarchy: existsSync(hierarchy) ? hierarchy : null });
  }
  return out;
}

/** The rows files of the installed packs, for the gazetteer. */
export function packFiles(dir = defaultPacksDir()): string[] {
  return listPacks(dir).map((p) => p.file);
}

export interface AddPacksOptions extends PrepareDumpsOptions {
  readonly packsDir?: string;
  /** Where country codes are fetched from: GeoNames' export server unless a mirror is named (SITREP_GEONAMES_MIRROR). */
  readonly mirror?: string;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);
const COUNTRY = /^[A-Za-z]{2}$/;

/** A spec turned into dumps to fetch or read: a country code becomes the mirror's CC.zip, a folder its CC.txt/CC.zip files. */
function expandSpec(spec: string, mirror: string): string[] {
  if (COUNTRY.test(spec)) return [`${mirror.replace(/\/+$/, '')}/${spec.toUpperCase()}.zip`];
  if (isUrl(spec)) return [spec];
  const path = resolve(spec);
  if (existsSync(path) && statSync(path).isDirectory()) {
    const files = readdirSync(path).filter((f) => /^[A-Z]{2}\.(?:txt|zip)$/i.test(f)).sort();
    if (!files.length) throw new SitrepError('E_GAZETTEER', `${path} holds no country dump (XX.txt or XX.zip)`);
    return files.map((f) => join(path, f));
  }
  return [path];
}

interface Checked {
  readonly cc: string;
  readonly rows: number;
}

/**
 * Reads a dump through once: every row must have GeoNames' 19 columns and a point, and one country
 * must hold the rows. A pack of no rows is refused: an empty or truncated download is no pack.
 */
export function verifyDump(file: string, label: string): Checked {
  const byCountry = new Map<string, number>();
  let rows = 0;
  forEachLine(file, (line, n) => {
    if (!line) return;
    const f = line.split('\t');
    if (f.length !== 19) throw new SitrepError('E_GAZETTEER', `${label} line ${n}: ${f.length} columns, a GeoNames dump has 19`, { file, line: n });
    if (!/^-?\d+$/.test(f[0]) || !Number.isFinite(Number(f[4])) || !Number.isFinite(Number(f[5])) || f[4] === '' || f[5] === '') {
      throw new SitrepError('E_GAZETTEER', `${label} line ${n}: no numeric id and point`, { file, line: n });
    }
    rows++;
    byCountry.set(f[8], (byCountry.get(f[8]) ?? 0) + 1);
  });
  if (!rows) throw new SitrepError('E_GAZETTEER', `${label} holds no rows`);
  const [cc] = [...byCountry].sort((a, b) => b[1] - a[1])[0];
  if (!/^[A-Z]{2}$/.test(cc)) throw new SitrepError('E_GAZETTEER', `${label}: its rows name no country ("${cc}")`);
  return { cc, rows };
}

/**
 * Fetches, verifies and installs packs. Several sources of one country in one call (a GeoNames dump
 * and a supplement) become one pack; a country installed before is replaced. Returns what was installed.
 */
export async function addPacks(specs: readonly string[], opts: AddPacksOptions = {}): Promise<PackInfo[]> {
  const dir = opts.packsDir ?? defaultPacksDir();
  const mirror = opts.mirror ?? process.env.SITREP_GEONAMES_MIRROR ?? GEONAMES_EXPORT;
  const log = opts.log ?? (() => {});
  const sources = specs.flatMap((s) => expandSpec(s, mirror));
  if (!sources.length) throw new SitrepError('E_GAZETTEER', 'name a country code, URL or path to add');
  mkdirSync(dir, { recursive: true });
  const staged = new Map<string, { tmp: string; rows: number; sources: string[]; hierarchy: string | null }>();
  try {
    for (const src of sources) {
      const [file] = await prepareGazetteerDumps([src], { ...opts, log });
      const { cc, rows } = verifyDump(file, src);
      log(`${src}: ${rows.toLocaleString()} rows of ${cc}`);
      let s = staged.get(cc);
      if (!s) staged.set(cc, (s = { tmp: join(dir, `${cc}.txt.${process.pid}.part`), rows: 0, sources: [], hierarchy: null }));
      if (s.rows === 0) copyFileSync(file, s.tmp);
      else appendFileSync(s.tmp, `\n${readFileSync(file, 'utf8')}`);
      s.rows += rows;
      s.sources.push(src);
      s.hierarchy ??= isUrl(src) ? null : hierarchyBeside(file);
    }
    const added = new Date().toISOString();
    for (const [cc, s] of staged) {
      renameSync(s.tmp, join(dir, `${cc}.txt`));
      const h = join(dir, `${cc}.hierarchy.tsv`);
      if (s.hierarchy) copyFileSync(s.hierarchy, h);
      else rmSync(h, { force: true });
      writeFileSync(join(dir, `${cc}.json`), JSON.stringify({ cc, rows: s.rows, added, sources: s.sources }, null, 2) + '\n');
    }
  } finally {
    for (const s of staged.values()) rmSync(s.tmp, { force: true });
  }
  const ccs = new Set(staged.keys());
  return listPacks(dir).filter((p) => ccs.has(p.cc));
}

/** Removes installed packs; returns the codes that were installed. */
export function removePacks(ccs: readonly string[], dir = defaultPacksDir()): string[] {
  const removed: string[] = [];
  for (const raw of ccs) {
    const cc = raw.toUpperCase();
    if (!COUNTRY.test(cc)) throw new SitrepError('E_GAZETTEER', `"${raw}" is not a two-letter country code`);
    if (!existsSync(join(dir, `${cc}.txt`))) continue;
    for (const f of [`${cc}.txt`, `${cc}.json`, `${cc}.hierarchy.tsv`]) rmSync(join(dir, f), { force: true });
    removed.push(cc);
  }
  return removed;
}
