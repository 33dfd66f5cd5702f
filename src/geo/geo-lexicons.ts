import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadJsonlLexicon, LEXICON_DIR } from '../lexicons/load.ts';

const iso2 = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');

export const LandmarkSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(2),
    variants: z.array(z.string().min(2)).min(1),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    featureCode: z.string().regex(/^[A-Z0-9]{2,6}$/),
    countryCode: iso2,
    admin1: z.string().min(2),
    precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** Where the coordinate comes from, e.g. "Wikipedia: At Tanf". */
    source: z.string().min(5),
  })
  .strict();
export type Landmark = z.infer<typeof LandmarkSchema>;

export const GeoCueSchema = z
  .object({
    kind: z.enum(['stop', 'org', 'title', 'feature', 'admin', 'speech', 'agent', 'facility', 'municipal', 'municipal-before', 'resident', 'site', 'road', 'modifier']),
    word: z.string().min(1),
  })
  .strict();
export type GeoCue = z.infer<typeof GeoCueSchema>;

export const GeoAliasSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('country'), iso2, names: z.array(z.string().min(2)).min(1) }).strict(),
  /** Spellings news uses that GeoNames lacks, each also finding the town `target` (any of its GeoNames names) in country `iso2`. */
  z.object({ kind: z.literal('place'), iso2, target: z.string().min(2), names: z.array(z.string().min(2)).min(1) }).strict(),
  /** A country's people or adjective that world-countries lacks ("Philippine", "Serb", "Kazakh"): read as a demonym, not as a town of a like spelling. */
  z.object({ kind: z.literal('demonym'), iso2, words: z.array(z.string().min(3)).min(1) }).strict(),
]);
export type GeoAlias = z.infer<typeof GeoAliasSchema>;
/** An alias with the line it is written on, so that a target the gazetteer cannot find is reported there. */
export type GeoAliasRow = GeoAlias & { readonly line: number };

export const Admin1Schema = z
  .object({
    iso2,
    /** The region's everyday English name; Place.admin1 of every town in it. */
    name: z.string().min(2),
    /** The seat as GeoNames cities500 spells it (any of its names): gives the coordinates and the GeoNames admin-1 code. */
    seat: z.string().min(2),
    /** A town inside the region, when the seat lies outside it (Kyiv for Kyiv Oblast): gives the code instead. */
    inside: z.string().min(2).optional(),
    /** false: only names GeoNames' code (Israeli-run West Bank towns), adds no region of its own. */
    region: z.boolean().optional(),
    /** The region's own centre, written by hand, when its seat lies far from it (Austin is 230 km from the middle of Texas). */
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    variants: z.array(z.string().min(2)),
    /** Adjectives that, given as a place ("Texan", "Scottish"), stand for the region: only those no country or other region claims. */
    demonyms: z.array(z.string().min(2)).optional(),
  })
  .strict();
export type Admin1Entry = z.infer<typeof Admin1Schema>;

/** A large country's representative interior point, replacing world-countries' rougher centroid. */
export const CountryPointSchema = z
  .object({
    iso2,
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    source: z.string().min(5),
  })
  .strict();
export type CountryPoint = z.infer<typeof CountryPointSchema>;

/** A continent, sea or cross-border region ("Europe", "the Sahel"): no first-level region of any one country. */
export const GeoRegionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(2),
    variants: z.array(z.string().min(2)).min(1),
    /** Adjectives that, given as a place ("European"), stand for the region. */
    demonyms: z.array(z.string().min(2)),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    // PCLH: a former state ("the Soviet Union", "Yugoslavia"), of no one country today; STRT, LK, BAY: straits, lakes
    // and bays; STM, ISL, ISLS, MTS, MT: rivers, islands, island groups, ranges and mountains (geo-physical.jsonl)
    featureCode: z.enum(['CONT', 'RGN', 'OCN', 'SEA', 'GULF', 'DSRT', 'PEN', 'PCLH', 'STRT', 'LK', 'BAY', 'STM', 'ISL', 'ISLS', 'MTS', 'MT']),
    /** Only for a region inside one country ("Darfur"). */
    countryCode: iso2.optional(),
    source: z.string().min(5),
  })
  .strict();
export type GeoRegion = z.infer<typeof GeoRegionSchema>;

/** A national institution that sits in the country's capital ("parliament", "defence ministry"): lexicons/geo-seats.jsonl. */
export const SeatSchema = z
  .object({
    /** Lower case, as written after "the Iraqi" or "Afghanistan's". */
    phrase: z.string().regex(/^[a-z][a-z' ]+[a-z]$/, 'lower-case words'),
    what: z.enum(['legislature', 'head of state', 'government', 'ministry', 'court', 'bank', 'military']),
  })
  .strict();
export type Seat = z.infer<typeof SeatSchema>;

export function loadSeats(dir = LEXICON_DIR): Seat[] {
  return loadJsonlLexicon('geo-seats.jsonl', SeatSchema, dir);
}

export const LocaleCueSchema = z
  .object({
    iso2,
    /** As written in text, matched whole and case-sensitively. */
    phrase: z.string().min(2),
  })
  .strict();
export type LocaleCue = z.infer<typeof LocaleCueSchema>;

export function loadLocaleCues(dir = LEXICON_DIR): LocaleCue[] {
  return loadJsonlLexicon('geo-locale-cues.jsonl', LocaleCueSchema, dir);
}

export function loadCountryPoints(dir = LEXICON_DIR): CountryPoint[] {
  return loadJsonlLexicon('geo-country-points.jsonl', CountryPointSchema, dir);
}

export function loadGeoRegions(dir = LEXICON_DIR): GeoRegion[] {
  return loadJsonlLexicon('geo-regions.jsonl', GeoRegionSchema, dir);
}

/** Rivers, islands and mountain ranges that cities500 (towns only) lacks: lexicons/geo-physical.jsonl, shaped as regions. */
export function loadPhysicalFeatures(dir = LEXICON_DIR): GeoRegion[] {
  return loadJsonlLexicon('geo-physical.jsonl', GeoRegionSchema, dir);
}

export function loadLandmarks(dir = LEXICON_DIR): Landmark[] {
  return loadJsonlLexicon('landmarks.jsonl', LandmarkSchema, dir);
}

export function loadAdmin1Regions(dir = LEXICON_DIR): Admin1Entry[] {
  return loadJsonlLexicon('geo-admin1.jsonl', Admin1Schema, dir);
}

export function loadGeoAliases(dir = LEXICON_DIR): GeoAliasRow[] {
  const rows = loadJsonlLexicon('geo-aliases.jsonl', GeoAliasSchema, dir);
  // the loader skips blank and comment lines; the n-th entry sits on the n-th line it kept
  const lines: number[] = [];
  readFileSync(join(dir, 'geo-aliases.jsonl'), 'utf8')
    .split('\n')
    .forEach((l, i) => {
      const t = l.trim();
      if (t && !t.startsWith('//')) lines.push(i + 1);
    });
  return rows.map((r, i) => ({ ...r, line: lines[i] }));
}

export interface GeoCues {
  readonly stop: ReadonlySet<string>;
  readonly org: ReadonlySet<string>;
  readonly title: ReadonlySet<string>;
  /** Lower-case, longest first, so "refugee camp" is tried before "camp". */
  readonly feature: readonly string[];
  readonly admin: ReadonlySet<string>;
  readonly speech: ReadonlySet<string>;
  /** Lower-case nouns that make a preceding country name an adjective for an actor ("US military", "UK officials"). */
  readonly agent: ReadonlySet<string>;
  /** Capitalised words of a building's or service's name after its town ("Paris Public Library", "Athens High School"), as written. */
  readonly facility: ReadonlySet<string>;
  /** A town's own institutions after its name ("Paris Police Department", "Dublin City Council"), as written: the name is a town's, any town's. */
  readonly municipal: readonly string[];
  /** The same before the name ("City of Paris", "rural Paris"). */
  readonly municipalBefore: readonly string[];
  /** Lower-case nouns for a person from a place ("a Columbia woman"): a country's people go by its demonym, so the name is no country. */
  readonly resident: ReadonlySet<string>;
  /** The last word of a named site the gazetteer lacks ("Barclays Center", "Altnagelvin Hospital"), as written. */
  readonly site: readonly string[];
  /** The same for streets and roads ("Press Street", "Assiniboine Avenue"). */
  readonly road: readonly string[];
  /**
   * Capitalised adjectives that head a noun phrase ("Liberal groups", "Federal agents"), as written: there they are no
   * place, whatever town bears the word (Liberal, Kansas), unless the words around say so (modifier-words.ts).
   */
  readonly modifier: ReadonlySet<string>;
}

/** Cue words grouped by kind; stop/org/title compared case-sensitively as written in text. */
export function loadGeoCues(dir = LEXICON_DIR): GeoCues {
  const rows = loadJsonlLexicon('geo-cues.jsonl', GeoCueSchema, dir);
  const of = (k: GeoCue['kind']) => rows.filter((r) => r.kind === k).map((r) => r.word);
  return {
    stop: new Set(of('stop')),
    org: new Set(of('org')),
    title: new Set(of('title')),
    feature: [...new Set(of('feature').map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length),
    admin: new Set(of('admin').map((w) => w.toLowerCase())),
    speech: new Set(of('speech').map((w) => w.toLowerCase())),
    agent: new Set(of('agent').map((w) => w.toLowerCase())),
    facility: new Set(of('facility')),
    municipal: of('municipal'),
    municipalBefore: of('municipal-before'),
    resident: new Set(of('resident')),
    site: of('site'),
    road: of('road'),
    modifier: new Set(of('modifier')),
  };
}

export const PersonCueSchema = z
  .object({
    kind: z.enum(['first-name', 'title', 'person-noun', 'role-noun']),
    word: z.string().min(2),
  })
  .strict();
export type PersonCue = z.infer<typeof PersonCueSchema>;

export interface PersonCues {
  /** Given names, as written ("Tom"). */
  readonly firstNames: ReadonlySet<string>;
  /** Titles before a surname, without a trailing dot ("Sen", "Officer"). */
  readonly titles: ReadonlySet<string>;
  /** Lower-case nouns that after a possessive make its owner a person ("spokesman"). */
  readonly personNouns: ReadonlySet<string>;
  /** Lower-case nouns of a person's role that, before a comma, make the name set off after it a person's ("his boss, Al Ferguson,"). */
  readonly roleNouns?: ReadonlySet<string>;
}

export function loadPersonCues(dir = LEXICON_DIR): PersonCues {
  const rows = loadJsonlLexicon('geo-person-cues.jsonl', PersonCueSchema, dir);
  const of = (k: PersonCue['kind']) => new Set(rows.filter((r) => r.kind === k).map((r) => r.word));
  return { firstNames: of('first-name'), titles: of('title'), personNouns: of('person-noun'), roleNouns: of('role-noun') };
}
