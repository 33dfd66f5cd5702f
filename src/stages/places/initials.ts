import { z } from 'zod';
import type { Gazetteer } from '../../geo/gazetteer.ts';
import { plainSpelling } from '../../geo/normalize-name.ts';
import type { Place } from '../../model/place.ts';
import { loadJsonlLexicon, LEXICON_DIR, readShippedOnce } from '../../lexicons/load.ts';

const InitialsSchema = z
  .object({
    initials: z.string().regex(/^\p{Lu}{2,4}$/u, 'two to four capitals'),
    iso2: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'),
    /** The country's or first-level region's name as the gazetteer spells it. */
    name: z.string().min(2),
    /** A postal code: only after a town and a comma ("Spokane, WA"), where it is no word ("OR", "IN") and no company's. */
    afterTown: z.boolean().optional(),
    /** Also a company's legal form ("Airbus SA"): never inside a longer capitalised name. */
    legalForm: z.boolean().optional(),
  })
  .strict();
export type Initials = z.infer<typeof InitialsSchema>;

export function loadInitials(dir = LEXICON_DIR): Initials[] {
  return loadJsonlLexicon('geo-initials.jsonl', InitialsSchema, dir);
}

const byInitials = readShippedOnce((dir) => {
  const map = new Map<string, Initials[]>();
  for (const r of loadInitials(dir)) map.set(r.initials, [...(map.get(r.initials) ?? []), r]);
  return map;
});

/** "Provo, " before the capitals: a town and its comma, where a region's postal code stands. */
const TOWN_COMMA_BEFORE = /\p{Lu}[\p{L}.'’-]*,\s*$/u;

/**
 * "mining in SA", "wastewater in WA", "Spokane, WA": the countries and first-level regions that capitals written for
 * them (lexicons/geo-initials.jsonl) may stand for at this spot, as gazetteer readings. The detector flags them as a
 * region's abbreviation, so the places stage keeps them only in a story that names their country: "SA" is South Africa
 * in a story of Limpopo, South Australia in one of Adelaide, and nothing in one of Geneva.
 * `before`: the text just before the capitals; `opensName`: no capitalised word of the same name precedes them.
 */
export function initialsReadings(surface: string, before: string, opensName: boolean, gazetteer: Gazetteer, dir?: string): Place[] {
  const rows = byInitials(dir).get(surface);
  if (!rows) return [];
  const out: Place[] = [];
  for (const r of rows) {
    if (r.afterTown && !TOWN_COMMA_BEFORE.test(before)) continue;
    if (r.legalForm && !opensName) continue;
    const hit = gazetteer.candidates(r.name).find((c) => c.countryCode === r.iso2 && (c.featureCode === 'ADM1' || c.featureCode === 'PCLI') && plainSpelling(c.name) === plainSpelling(r.name));
    if (hit && !out.includes(hit)) out.push(hit);
  }
  return out;
}
