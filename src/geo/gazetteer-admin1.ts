import type { Admin1Entry } from './geo-lexicons.ts';
import { normalizeName } from './normalize-name.ts';

/** One country-region-data entry: ISO 3166-2 subdivisions, romanised names, no coordinates. */
export interface RegionPackageCountry {
  readonly countryShortCode: string;
  readonly regions: readonly { readonly name: string; readonly shortCode?: string }[];
}

/** What the region builder reads of the GeoNames rows. */
export interface RowLookup {
  /** GeoNames rows under a key, in index order. */
  rowsFor(key: string): readonly number[];
  row(r: number): { readonly name: string; readonly lat: number; readonly lon: number; readonly pop: number; readonly fcode: string; readonly cc: string; readonly admin1Code: string };
  /** Every PPLA and PPLC row, in row order. */
  seatRows(): Iterable<number>;
  /** Whether a row comes from cities500, which the lexicon was written against, rather than from a pack or dump. */
  fromCities?(r: number): boolean;
}

/** A first-level region ready to index: its names and its seat's point. */
export interface Admin1Region {
  readonly cc: string;
  readonly name: string;
  readonly keys: string[];
  readonly demonyms: readonly string[];
  readonly lat: number;
  readonly lon: number;
}

const SEAT_CODES: ReadonlySet<string> = new Set(['PPLA', 'PPLC']);
/** Words ending a region's name that news rarely writes ("Homs Governorate" → "Homs"). */
const ADMIN_SUFFIX = /\s+(?:governorate|province|district|region|muhafazah|wilayah|state)$/i;
/** Region names that, once the suffix is gone, are plain words ("North Governorate" → "North"). */
const GENERIC_REGION = /^(?:north|south|east|west|northern|southern|eastern|western|central|capital|centre|center)$/i;

function stripAdminSuffix(name: string): string {
  return name.replace(ADMIN_SUFFIX, '').trim();
}

/**
 * Names GeoNames' admin-1 codes and builds the regions. The hand-written lexicon comes first
 * (English names, variants, its seat's row gives code and point); country-region-data fills in
 * the rest of the world, matched to a code through a seat of the same name or, failing that,
 * through its ISO 3166-2 suffix where GeoNames uses the same code (US states). A region that
 * matches neither has no point and is left out.
 */
export function buildAdmin1Regions(
  c: RowLookup,
  lexicon: readonly Admin1Entry[],
  regionPackage: readonly RegionPackageCountry[],
): { admin1Names: Map<string, string>; regions: Admin1Region[]; unresolved: string[] } {
  const rank = (fcode: string) => (SEAT_CODES.has(fcode) ? 3 : fcode === 'PPLA2' ? 2 : 1);
  const findRow = (name: string, cc: string, seatOnly: boolean): number => {
    const key = normalizeName(name);
    // the town the lexicon was written against (cities500) beats a pack's namesake village ("Al Ghaydah"
    // in Saada for Al Mahrah's seat), and a row that carries a region code one that does not (its
    // empty code would name every uncoded row of the country); then a row under its own name beats
    // one under an alternate name (Aydın, not Adana's old name "Edene")
    const score = (r: number) =>
      (c.fromCities?.(r) === false ? 0 : 40) + (c.row(r).admin1Code ? 20 : 0) + (normalizeName(c.row(r).name) === key ? 10 : 0) + rank(c.row(r).fcode);
    let best = -1;
    for (const r of c.rowsFor(key)) {
      const row = c.row(r);
      if (row.cc !== cc || (seatOnly && !SEAT_CODES.has(row.fcode))) continue;
      if (best < 0 || score(r) > score(best) || (score(r) === score(best) && row.pop > c.row(best).pop)) best = r;
    }
    return best;
  };
  const codeOf = (r: number) => `${c.row(r).cc}.${c.row(r).admin1Code}`;
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
    // an empty code is no region: the rows that lack one lie anywhere in the country
    if (!admin1Names.has(code) && c.row(codeRow).admin1Code) admin1Names.set(code, e.name);
    if (e.region === false) continue;
    const region: Admin1Region = { cc: e.iso2, name: e.name, keys: [e.name, ...e.variants].filter(usable), demonyms: e.demonyms ?? [], lat: e.latitude ?? c.row(seat).lat, lon: e.longitude ?? c.row(seat).lon };
    regions.push(region);
    if (!regionByCode.has(code)) regionByCode.set(code, region);
  }

  // the seat of each GeoNames code, for regions matched by ISO suffix
  const seatOfCode = new Map<string, number>();
  for (const r of c.seatRows()) {
    const code = codeOf(r);
    const cur = seatOfCode.get(code);
    if (cur === undefined || c.row(r).pop > c.row(cur).pop) seatOfCode.set(code, r);
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
      if (c.row(seat).admin1Code) admin1Names.set(code, display);
      const region: Admin1Region = { cc, name: display, keys, demonyms: [], lat: c.row(seat).lat, lon: c.row(seat).lon };
      regions.push(region);
      regionByCode.set(code, region);
    }
  }
  return { admin1Names, regions, unresolved };
}
