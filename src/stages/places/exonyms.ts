/**
 * English exonyms of foreign cities (lexicons/geo-exonyms.jsonl). GeoNames keeps "Geneva", "Cologne", "Gothenburg" only
 * among the alternate names of Genève, Köln and Göteborg, so the resolver took such a name for a coincidence of spelling
 * in a story about another country (the reading set aside at confidence 0.1) or for a namesake of some small US Geneva.
 * A city that English calls by that name is named by it as surely as by its own: the resolver reads it so.
 */
import { z } from 'zod';
import { plainSpelling } from '../../geo/normalize-name.ts';
import { loadJsonlLexicon, LEXICON_DIR, readShippedOnce } from '../../lexicons/load.ts';
import type { Place } from '../../model/place.ts';

export const ExonymSchema = z
  .object({
    iso2: z.string().regex(/^[A-Z]{2}$/),
    /** The city's GeoNames (cities500) primary name. */
    target: z.string().min(2),
    /** English names of it that differ from `target` by more than diacritics. */
    names: z.array(z.string().min(2)).min(1),
  })
  .strict();

/** plain spelling of the English name → `${iso2}|${plain spelling of the primary name}` */
export function exonymTable(dir = LEXICON_DIR): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const row of loadJsonlLexicon('geo-exonyms.jsonl', ExonymSchema, dir)) {
    for (const name of row.names) {
      const key = plainSpelling(name);
      let set = out.get(key);
      if (!set) out.set(key, (set = new Set()));
      set.add(`${row.iso2}|${plainSpelling(row.target)}`);
    }
  }
  return out;
}

const shippedTable = readShippedOnce(exonymTable);

/**
 * The cities a name is an English name of. The resolver asks for each candidate of one name in turn, so the last
 * name's answer is kept: the name is spelt out once, not once per candidate.
 */
let lastSaid: string | undefined;
let lastTargets: Set<string> | undefined;
function targetsOf(said: string): Set<string> | undefined {
  if (said !== lastSaid) {
    lastSaid = said;
    lastTargets = shippedTable().get(plainSpelling(said.replace(/^the\s+/i, '')));
  }
  return lastTargets;
}

/** Whether `said` ("Geneva", "the Geneva") is an English name of the city `c` (Genève, CH). */
export function exonymReading(c: Place, said: string): boolean {
  const targets = targetsOf(said);
  return targets !== undefined && c.geonameid !== null && targets.has(`${c.countryCode}|${plainSpelling(c.name)}`);
}
