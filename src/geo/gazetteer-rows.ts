import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { SitrepError } from '../errors.ts';
import { computeKey, isLatinOrArabic, skeletonKey } from './normalize-name.ts';

/** What every gazetteer row says of its place, read from a dump or from the on-disk index. */
export interface PlaceFields {
  readonly id: number;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly fcode: string;
  readonly cc: string;
  readonly pop: number;
}

/** One GeoNames row as the gazetteer keeps it. */
export interface GazetteerRow extends PlaceFields {
  readonly admin1Code: string;
  /** Every index key of the row, once each, in the order name, asciiname, alternate names. */
  readonly keys: readonly string[];
}

export type ParsedLine = { kind: 'row'; row: GazetteerRow } | { kind: 'country'; cc: string; lat: number; lon: number } | { kind: 'skip' };

/** Divisions a full dump adds beside its towns: districts are what local news names ("X district"). */
const DUMP_DIVISIONS: ReadonlySet<string> = new Set(['ADM2', 'ADM3']);
/** A dump's whole-country rows, whose points replace the centroids. */
const COUNTRY_FEATURES: ReadonlySet<string> = new Set(['PCLI', 'PCLD', 'PCLF', 'PCLS', 'PCL']);

/** Skips alternate names that would only cause false hits: airport codes, numbered names, one letter. */
function worthIndexing(alt: string): boolean {
  if (alt.length < 3) return false;
  if (/\d/.test(alt)) return false;
  if (alt.length <= 4 && alt === alt.toUpperCase()) return false;
  return isLatinOrArabic(alt);
}

/**
 * Reads one line of a GeoNames 19-column dump. Only populated places are kept, and from a full dump
 * (not cities500) also its districts and its country points.
 */
export function parseGeonamesLine(line: string, where: { file: string; line: number }, fromDump: boolean): ParsedLine {
  if (!line) return { kind: 'skip' };
  const f = line.split('\t');
  if (f.length < 15) throw new SitrepError('E_GAZETTEER', `GeoNames row has ${f.length} columns, expected 19`, where);
  if (fromDump && f[6] === 'A' && COUNTRY_FEATURES.has(f[7])) {
    // a dump's own country point is the one its users expect; it beats any centroid
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if (Number.isFinite(lat) && Number.isFinite(lon) && /^[A-Z]{2}$/.test(f[8])) return { kind: 'country', cc: f[8], lat, lon };
    return { kind: 'skip' };
  }
  if (f[6] !== 'P' && !(fromDump && f[6] === 'A' && DUMP_DIVISIONS.has(f[7]))) return { kind: 'skip' };
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new SitrepError('E_GAZETTEER', `GeoNames row has no numeric latitude/longitude ("${f[4]}", "${f[5]}")`, where);
  const keys = new Set<string>();
  const add = (k: string) => {
    if (k) keys.add(k);
  };
  add(computeKey(f[1]));
  if (f[2] !== f[1]) add(computeKey(f[2]));
  if (f[3]) for (const alt of f[3].split(',')) if (worthIndexing(alt)) add(computeKey(alt));
  // the consonants of its own names, for a spelling no key reaches ("Ftireh" for Faţīrah); see skeletonKey
  add(skeletonKey(f[1]));
  if (f[2] !== f[1]) add(skeletonKey(f[2]));
  return { kind: 'row', row: { id: Number(f[0]), name: f[1], lat, lon, fcode: f[7], cc: f[8], admin1Code: f[10], pop: Number(f[14]) || 0, keys: [...keys] } };
}

/** Calls back once per line of a file read in chunks, so a dump larger than one string allows still loads. */
export function forEachLine(file: string, onLine: (line: string, lineNo: number) => void, what = 'GeoNames dump'): void {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new SitrepError('E_GAZETTEER', `cannot read the ${what}: ${(e as Error).message}`, { file });
  }
  try {
    const buf = Buffer.alloc(1 << 22);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    let lineNo = 0;
    for (;;) {
      const got = readSync(fd, buf, 0, buf.length, null);
      const chunk = got > 0 ? rest + decoder.write(buf.subarray(0, got)) : rest + decoder.end();
      const parts = chunk.split('\n');
      rest = got > 0 ? (parts.pop() ?? '') : '';
      for (const line of parts) onLine(line.replace(/\r$/, ''), ++lineNo);
      if (got <= 0) break;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Which ids were seen, for de-duplicating 12 million rows: a bitmap below 2^28 (32 MB at most, every
 * GeoNames id), a set above (Who's On First ids), where few rows live.
 */
export class IdSet {
  private bits = new Uint8Array(1 << 16);
  private readonly big = new Set<number>();
  has(id: number): boolean {
    if (id >= 0 && id < 2 ** 28 && Number.isInteger(id)) return id >> 3 < this.bits.length && (this.bits[id >> 3] & (1 << (id & 7))) !== 0;
    return this.big.has(id);
  }
  add(id: number): void {
    if (id >= 0 && id < 2 ** 28 && Number.isInteger(id)) {
      const byte = id >> 3;
      if (byte >= this.bits.length) {
        const grown = new Uint8Array(Math.min(2 ** 25, Math.max(byte + 1, this.bits.length * 2)));
        grown.set(this.bits);
        this.bits = grown;
      }
      this.bits[byte] |= 1 << (id & 7);
    } else this.big.add(id);
  }
}

/**
 * The district sidecar of a dump, when it has one: a pack's own (SY.txt → SY.hierarchy.tsv) or Who's
 * On First's beside the dump's folder (wof-geonames/SY.txt → wof-hierarchy/SY.tsv).
 */
export function hierarchyBeside(file: string): string | null {
  const own = file.replace(/\.txt$/i, '.hierarchy.tsv');
  if (own !== file && existsSync(own)) return own;
  const cc = basename(file).replace(/\.txt$/i, '');
  const wof = join(dirname(dirname(file)), 'wof-hierarchy', `${cc}.tsv`);
  return /^[A-Z]{2}$/.test(cc) && existsSync(wof) ? wof : null;
}

/** Where a sidecar puts one row: its district and its first-level region, as Who's On First names them. */
export interface RowParents {
  readonly district: string | null;
  readonly region: string | null;
}

/**
 * Each row's district and region from a Who's On First sidecar (header; wof_id, geonameid, …,
 * wof_region, wof_county), by GeoNames id and by WOF id, since WOF-only rows carry the latter in column 1.
 */
export function readHierarchy(file: string): Map<number, RowParents> {
  const out = new Map<number, RowParents>();
  let county = -1;
  let region = -1;
  forEachLine(file, (line, n) => {
    const f = line.split('\t');
    if (n === 1) {
      county = f.indexOf('wof_county');
      region = f.indexOf('wof_region');
      if (county < 0 || f[1] !== 'geonameid') throw new SitrepError('E_GAZETTEER', `${file}: not a district sidecar (no geonameid and wof_county columns)`, { file, line: 1 });
      return;
    }
    const parents = { district: f[county]?.trim() || null, region: (region >= 0 && f[region]?.trim()) || null };
    if (!parents.district && !parents.region) return;
    for (const id of [f[1] ? Number(f[1]) : NaN, f[0] ? Number(f[0]) : NaN]) if (Number.isFinite(id) && !out.has(id)) out.set(id, parents);
  }, 'district sidecar');
  return out;
}
