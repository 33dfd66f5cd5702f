import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SitrepError } from '../errors.ts';
import { buildAdmin1Regions, type Admin1Region, type RegionPackageCountry, type RowLookup } from './gazetteer-admin1.ts';
import { forEachLine, hierarchyBeside, IdSet, parseGeonamesLine, readHierarchy, type PlaceFields } from './gazetteer-rows.ts';
import type { Admin1Entry, GeoAliasRow } from './geo-lexicons.ts';
import { normalizeName } from './normalize-name.ts';

/**
 * The GeoNames side of the gazetteer as an SQLite file: every row once, every name key pointing at
 * its rows, and what the rows alone decide (first-level regions, the aliases' towns). Built once per
 * set of inputs, then opened read-only by every process, so a start pays for the lookups it makes and
 * not for parsing 200,000 (or 12 million) rows.
 */

/** Bumped when the file layout changes; the code files below are hashed too, so that a change of key rules rebuilds. */
const FORMAT = 3;
const CODE_FILES = ['gazetteer-index.ts', 'gazetteer-rows.ts', 'gazetteer-admin1.ts', 'normalize-name.ts'];

export interface IndexInputs {
  readonly citiesFile: string;
  readonly extraFiles: readonly string[];
  /** geo-admin1.jsonl and geo-aliases.jsonl: the lexicons whose rows the build looks up. */
  readonly lexiconFiles: readonly string[];
  readonly regionPackageFile: string;
}

export interface IndexContent {
  readonly admin1: readonly Admin1Entry[];
  readonly aliases: readonly GeoAliasRow[];
  readonly aliasFile: string;
  readonly regionPackage: () => readonly RegionPackageCountry[];
}

/** A row of the on-disk index: its place, its row number, and its first- and second-level divisions. */
export interface IndexRow extends PlaceFields {
  readonly row: number;
  readonly a1: string;
  /** Second-level division, where a hierarchy gave one. */
  readonly a2: string | null;
}

export interface IndexMeta {
  readonly rows: number;
  readonly citiesRows: number;
  readonly dumpRows: number;
  readonly keys: number;
  readonly admin1Names: readonly [string, string][];
  readonly regions: readonly Admin1Region[];
  readonly unresolved: readonly string[];
  readonly countryPoints: readonly [string, number, number][];
}

export interface OpenIndex {
  readonly file: string;
  readonly meta: IndexMeta;
  /** Rows under a key, in the order they entered the index. */
  rowsFor(key: string): readonly IndexRow[];
}

// the sources, also when this runs compiled from dist/geo/ (which sits at src/geo/'s depth)
const codeDir = new URL('../../src/geo/', import.meta.url);

/** A name for the input set: paths, sizes and times of the data files, contents of the lexicons and of the code. */
export function indexHash(inputs: IndexInputs): string {
  const h = createHash('sha256').update(`format ${FORMAT}\n`);
  for (const f of [inputs.citiesFile, inputs.regionPackageFile, ...inputs.extraFiles]) {
    let st;
    try {
      st = statSync(f);
    } catch {
      throw new SitrepError('E_GAZETTEER', `cannot read the GeoNames dump: ${f} not found`, { file: f });
    }
    h.update(`${f}\0${st.size}\0${st.mtimeMs}\n`);
  }
  for (const f of inputs.extraFiles) {
    const sidecar = hierarchyBeside(f);
    if (sidecar) h.update(`${sidecar}\0${statSync(sidecar).size}\0${statSync(sidecar).mtimeMs}\n`);
  }
  for (const f of inputs.lexiconFiles) h.update(existsSync(f) ? readFileSync(f) : 'absent').update('\n');
  for (const f of CODE_FILES) h.update(readFileSync(new URL(f, codeDir)));
  return h.digest('hex').slice(0, 16);
}

/** A folder we can write to: the one asked for, or one under the system's temp folder. */
function writableDir(dir: string): string {
  try {
    mkdirSync(dir, { recursive: true });
    return dir;
  } catch {
    const tmp = join(tmpdir(), `sitrep-gazetteer-${process.getuid?.() ?? 'user'}`);
    mkdirSync(tmp, { recursive: true });
    return tmp;
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const LOCK_STALE_MS = 30 * 60_000;
const PRUNE_AFTER_MS = 14 * 24 * 3600_000;

/**
 * The index file for these inputs, built first when missing. Concurrent processes (test files, worker
 * threads) wait for the one that builds rather than all building at once.
 */
export function ensureIndex(dir: string, inputs: IndexInputs, content: () => IndexContent, log: (m: string) => void = () => {}): string {
  const where = writableDir(dir);
  const file = join(where, `gazetteer-${indexHash(inputs)}.sqlite`);
  const lock = `${file}.lock`;
  for (;;) {
    if (existsSync(file)) {
      try {
        // the time of last use, which pruning reads
        const now = new Date();
        utimesSync(file, now, now);
      } catch {
        // a read-only cache still serves
      }
      return file;
    }
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch {
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // the builder just finished
      }
      if (age > LOCK_STALE_MS) rmSync(lock, { force: true });
      else sleep(200);
      continue;
    }
    try {
      closeSync(fd);
      const tmp = `${file}.${process.pid}.part`;
      try {
        const t0 = performance.now();
        log(`indexing the gazetteer (${inputs.extraFiles.length} dump(s)) into ${file}`);
        buildIndex(tmp, inputs, content(), log);
        renameSync(tmp, file);
        log(`indexed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      } finally {
        rmSync(tmp, { force: true });
      }
      pruneOld(where, file);
      return file;
    } finally {
      rmSync(lock, { force: true });
    }
  }
}

/** Indexes of input sets unused for two weeks (test dumps in temp folders, removed packs), and derived-cache.ts files as old. */
function pruneOld(dir: string, keep: string): void {
  for (const name of readdirSync(dir)) {
    const f = join(dir, name);
    if (f === keep || !/^(gazetteer-[0-9a-f]{16}\.sqlite|[a-z-]+-[0-9a-f]{16}\.json)$/.test(name)) continue;
    try {
      if (Date.now() - statSync(f).mtimeMs > PRUNE_AFTER_MS) rmSync(f, { force: true });
    } catch {
      // another process pruned it
    }
  }
}

const SCHEMA = `
  CREATE TABLE place (row INTEGER PRIMARY KEY, id INTEGER NOT NULL, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    fcode TEXT NOT NULL, cc TEXT NOT NULL, a1 TEXT NOT NULL, pop INTEGER NOT NULL, a2 TEXT);
  CREATE TABLE name_key (key TEXT NOT NULL, row INTEGER NOT NULL);
  CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
`;
const BATCH = 20_000;

/**
 * Streams the rows into a fresh file: memory holds one batch of rows and the id bitmap, whatever
 * the size of the dumps. The key index is built after the rows, by SQLite's external sort.
 */
export function buildIndex(file: string, inputs: IndexInputs, content: IndexContent, log: (m: string) => void = () => {}): void {
  rmSync(file, { force: true });
  const t0 = performance.now();
  const phase = (what: string) => log(`  ${what} at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -32768');
    db.pragma('temp_store = FILE');
    db.exec(SCHEMA);
    const insPlace = db.prepare('INSERT INTO place (row, id, name, lat, lon, fcode, cc, a1, pop, a2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insKey = db.prepare('INSERT INTO name_key (key, row) VALUES (?, ?)');
    const seen = new IdSet();
    // cities500's rows by id: a pack row of the same id is skipped, but its sidecar district still belongs to the town
    const citiesRowOf = new Map<number, number>();
    const setDistrict = db.prepare('UPDATE place SET a2 = ? WHERE row = ? AND a2 IS NULL');
    const countryPoints = new Map<string, [number, number]>();
    let rows = 0;
    let pending = 0;
    db.exec('BEGIN');
    const readFile = (file: string, fromDump: boolean) => {
      const sidecar = fromDump ? hierarchyBeside(file) : null;
      const parents = sidecar ? readHierarchy(sidecar) : null;
      const regionCodes = new RegionCodes();
      forEachLine(file, (line, n) => {
        const p = parseGeonamesLine(line, { file, line: n }, fromDump);
        if (p.kind === 'country') countryPoints.set(p.cc, [p.lat, p.lon]);
        if (p.kind !== 'row') return;
        if (seen.has(p.row.id)) {
          const district = parents?.get(p.row.id)?.district;
          const cityRow = citiesRowOf.get(p.row.id);
          if (district && cityRow !== undefined) setDistrict.run(district, cityRow);
          return;
        }
        const r = p.row;
        seen.add(r.id);
        const row = rows++;
        if (!fromDump) citiesRowOf.set(r.id, row);
        const where = parents?.get(r.id);
        insPlace.run(row, r.id, r.name, r.lat, r.lon, r.fcode, r.cc, r.admin1Code, r.pop, where?.district ?? null);
        if (where?.region) regionCodes.add(row, r.cc, where.region, r.admin1Code);
        for (const k of r.keys) insKey.run(k, row);
        if (++pending >= BATCH) {
          db.exec('COMMIT; BEGIN');
          pending = 0;
        }
      }, fromDump ? 'GeoNames dump' : 'GeoNames cities file');
      regionCodes.fill(db);
    };
    readFile(inputs.citiesFile, false);
    const citiesRows = rows;
    for (const dump of inputs.extraFiles) readFile(dump, true);
    db.exec('COMMIT');
    db.exec('BEGIN');
    const seats = addDistrictSeats(db);
    db.exec('COMMIT');
    phase(`${rows} rows read, ${seats} district seats`);
    db.exec('CREATE INDEX name_key_key ON name_key (key, row)');
    phase('keys indexed');

    const lookup = rowLookup(db, citiesRows);
    db.exec('BEGIN');
    addAliasKeys(db, lookup, content, citiesRows);
    db.exec('COMMIT');
    phase('aliases placed');
    const { admin1Names, regions, unresolved } = buildAdmin1Regions(lookup, content.admin1, content.regionPackage());
    phase('regions placed');
    const keys = (db.prepare('SELECT COUNT(DISTINCT key) AS n FROM name_key').get() as { n: number }).n;
    phase('keys counted');
    const meta: IndexMeta = {
      rows,
      citiesRows,
      dumpRows: rows - citiesRows,
      keys,
      admin1Names: [...admin1Names],
      regions,
      unresolved,
      countryPoints: [...countryPoints].map(([cc, [lat, lon]]) => [cc, lat, lon]),
    };
    db.prepare('INSERT INTO meta (k, v) VALUES (?, ?)').run('meta', JSON.stringify(meta));
  } finally {
    db.close();
  }
}

/** Marks a district's key in the key table (see addDistrictSeats), so that it never meets a place's own name key. */
export const DISTRICT_MARK = '^';

/** Seat rank by feature code: a capital, a first-level seat, a district seat, a sub-district seat, anything else. */
const SEAT_RANK: Readonly<Record<string, number>> = { PPLC: 4, PPLA: 3, PPLA2: 2, PPLA3: 1 };

/**
 * District names that every region has ("Merkez", Turkey's central districts; "Central", "Old City"): they
 * name no one district, so they get no seat. "Al Bayda City", "Marib City" are their towns, which have rows.
 */
const GENERIC_DISTRICT = /^(?:merkez|markaz|central|centre|center|old city|city centre|city center)$|\scity$/i;
/** A district name found in this many first-level regions is generic too. */
const GENERIC_DISTRICT_REGIONS = 3;
/** The regions a district name lies in, each holding a tenth of its places or more: a few villages coded to the next region are no region of its own. */
const regionCount = (regions: ReadonlyMap<string, number> | undefined): number => {
  if (!regions) return 0;
  const total = [...regions.values()].reduce((a, b) => a + b, 0);
  return [...regions.values()].filter((n) => n * 10 >= total).length;
};

/**
 * The seat of every district a hierarchy sidecar names (wof_county), keyed as DISTRICT_MARK + the district's
 * name key: ACLED codes a district-level event at the district's seat ("Shadaa district (Sadah)" at Al Mashaf,
 * "Akdeniz town, Mersin" at Mersin city), and the packs have no row for the district itself. The seat is the
 * district's place of highest administrative rank, then population, then the one bearing the district's name;
 * where no place has rank, people or the name, the place nearest the middle of the district's places.
 * Returns how many seats it wrote.
 */
function addDistrictSeats(db: Database.Database): number {
  type Seat = { row: number; score: [number, number, number]; lat: number; lon: number; n: number; sumLat: number; sumLon: number; rows: [number, number, number][] };
  const groups = new Map<string, Seat>();
  const regionsOf = new Map<string, Map<string, number>>();
  const q = db.prepare("SELECT row, name, lat, lon, fcode, cc, a1, pop, a2 FROM place WHERE a2 IS NOT NULL AND fcode LIKE 'PPL%'");
  for (const r of q.iterate() as Iterable<{ row: number; name: string; lat: number; lon: number; fcode: string; cc: string; a1: string; pop: number; a2: string }>) {
    if (GENERIC_DISTRICT.test(r.a2.trim())) continue;
    const key = normalizeName(r.a2);
    if (!key) continue;
    let regions = regionsOf.get(key);
    if (!regions) regionsOf.set(key, (regions = new Map()));
    regions.set(`${r.cc}.${r.a1}`, (regions.get(`${r.cc}.${r.a1}`) ?? 0) + 1);
    const score: [number, number, number] = [SEAT_RANK[r.fcode] ?? 0, r.pop, normalizeName(r.name) === key ? 1 : 0];
    // one district a country over: the 2018 snapshot gives one district's villages more than one region code
    const id = `${r.cc}|${key}`;
    const g = groups.get(id);
    if (!g) {
      groups.set(id, { row: r.row, score, lat: r.lat, lon: r.lon, n: 1, sumLat: r.lat, sumLon: r.lon, rows: [[r.row, r.lat, r.lon]] });
      continue;
    }
    g.n++;
    g.sumLat += r.lat;
    g.sumLon += r.lon;
    // the rows' points are kept only while no seat has shown itself, for the middle of the district
    if (g.score.every((x) => x === 0)) g.rows.push([r.row, r.lat, r.lon]);
    if (score[0] > g.score[0] || (score[0] === g.score[0] && (score[1] > g.score[1] || (score[1] === g.score[1] && score[2] > g.score[2])))) {
      Object.assign(g, { row: r.row, score, lat: r.lat, lon: r.lon });
      g.rows = [];
    }
  }
  const ins = db.prepare('INSERT INTO name_key (key, row) VALUES (?, ?)');
  let n = 0;
  for (const [id, g] of groups) {
    const key = id.slice(id.lastIndexOf('|') + 1);
    if (regionCount(regionsOf.get(key)) >= GENERIC_DISTRICT_REGIONS) continue;
    let row = g.row;
    if (g.score.every((x) => x === 0) && g.rows.length > 1) {
      const [mLat, mLon] = [g.sumLat / g.n, g.sumLon / g.n];
      row = g.rows.reduce((a, b) => ((b[1] - mLat) ** 2 + (b[2] - mLon) ** 2 < (a[1] - mLat) ** 2 + (a[2] - mLon) ** 2 ? b : a))[0];
    }
    ins.run(DISTRICT_MARK + key, row);
    n++;
  }
  return n;
}

/**
 * Region codes for rows that lack one (8,813 Yemeni villages in the 2018 snapshot): the code most
 * rows of the same sidecar region carry. A row with no code would otherwise lie in no region, and
 * "Mala (Harib, Marib)" could not tell Marib's Mala from another governorate's.
 */
class RegionCodes {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly uncoded: [number, string][] = [];

  add(row: number, cc: string, region: string, code: string): void {
    const key = `${cc}|${region}`;
    // "00" is GeoNames' own "unknown region"
    if (!code || code === '00') {
      this.uncoded.push([row, key]);
      return;
    }
    let byCode = this.counts.get(key);
    if (!byCode) this.counts.set(key, (byCode = new Map()));
    byCode.set(code, (byCode.get(code) ?? 0) + 1);
  }

  /** Writes the majority code into the rows that had none; a region with no coded row gives none. */
  fill(db: Database.Database): void {
    const set = db.prepare('UPDATE place SET a1 = ? WHERE row = ?');
    for (const [row, key] of this.uncoded) {
      let best: string | null = null;
      let most = 0;
      for (const [code, n] of this.counts.get(key) ?? []) if (n > most) [best, most] = [code, n];
      if (best) set.run(best, row);
    }
  }
}

/** Row access during the build, for the aliases and the regions. */
function rowLookup(db: Database.Database, citiesRows: number): RowLookup & { rowsUnder(key: string): number[] } {
  const byKey = db.prepare('SELECT row FROM name_key WHERE key = ? ORDER BY rowid').pluck();
  const byRow = db.prepare('SELECT name, lat, lon, pop, fcode, cc, a1 AS admin1Code FROM place WHERE row = ?');
  const seats = db.prepare("SELECT row FROM place WHERE fcode IN ('PPLA', 'PPLC') ORDER BY row").pluck();
  const cache = new Map<number, ReturnType<RowLookup['row']>>();
  const rowsUnder = (key: string) => byKey.all(key) as number[];
  return {
    rowsUnder,
    rowsFor: rowsUnder,
    row(r) {
      let v = cache.get(r);
      if (!v) cache.set(r, (v = byRow.get(r) as ReturnType<RowLookup['row']>));
      return v;
    },
    seatRows: () => seats.iterate() as Iterable<number>,
    fromCities: (r) => r < citiesRows,
  };
}

/** Spellings of towns that GeoNames lacks: a typo in the lexicon must not pass silently. */
function addAliasKeys(db: Database.Database, c: ReturnType<typeof rowLookup>, content: IndexContent, citiesRows: number): void {
  const has = db.prepare('SELECT 1 FROM name_key WHERE key = ? AND row = ?').pluck();
  const ins = db.prepare('INSERT INTO name_key (key, row) VALUES (?, ?)');
  for (const a of content.aliases) {
    if (a.kind !== 'place') continue;
    const key = normalizeName(a.target);
    // the town the lexicon was written against (cities500) before a dump's namesakes, then under its own name, then the largest
    const score = (r: number) => (r < citiesRows ? 2 : 0) + (normalizeName(c.row(r).name) === key ? 1 : 0);
    let best = -1;
    for (const r of c.rowsUnder(key)) {
      if (c.row(r).cc !== a.iso2) continue;
      if (best < 0 || score(r) > score(best) || (score(r) === score(best) && c.row(r).pop > c.row(best).pop)) best = r;
    }
    if (best < 0) {
      throw new SitrepError('E_LEXICON', `place alias target "${a.target}" names no GeoNames town in ${a.iso2}`, { file: content.aliasFile, line: a.line });
    }
    for (const n of a.names) {
      const k = normalizeName(n);
      if (k && !has.get(k, best)) ins.run(k, best);
    }
  }
}

/** The character after c's last: the end of the range of keys that start with c. */
const nextChar = (c: string): string => String.fromCharCode(c.charCodeAt(c.length - 1) + 1);

/** Opens a built index read-only. */
export function openIndex(file: string): OpenIndex {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  // Nothing writes an index once it is renamed into place (a rebuild makes a new file), so the shared lock
  // is taken once and kept: in the default mode every lookup is its own transaction, which locks, checks
  // for a hot journal and unlocks, about 40 µs of system calls against 2–3 µs for the lookup itself.
  db.pragma('locking_mode = EXCLUSIVE');
  const meta = JSON.parse(db.prepare("SELECT v FROM meta WHERE k = 'meta'").pluck().get() as string) as IndexMeta;
  const byKey = db.prepare('SELECT p.row, p.id, p.name, p.lat, p.lon, p.fcode, p.cc, p.a1, p.pop, p.a2 FROM name_key k JOIN place p ON p.row = k.row WHERE k.key = ? ORDER BY k.rowid');
  // Every name found in a text is also asked for as a district ("^" + key), and almost none is one: the few thousand
  // district keys, read once (a range of the key index, a few ms), answer those misses without a query each.
  let districtKeys: Set<string> | null = null;
  const isDistrictKey = (key: string): boolean => {
    districtKeys ??= new Set(db.prepare('SELECT DISTINCT key FROM name_key WHERE key >= ? AND key < ?').pluck().all(DISTRICT_MARK, nextChar(DISTRICT_MARK)) as string[]);
    return districtKeys.has(key);
  };
  return {
    file,
    meta,
    rowsFor: (key) => (key.startsWith(DISTRICT_MARK) && !isDistrictKey(key) ? [] : (byKey.all(key) as IndexRow[])),
  };
}
