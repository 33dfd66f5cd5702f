import { CAPITAL } from './capital.ts';

/**
 * "Democratic Republic of Congo", "Republic of Ireland", "United States of America": a country (or first-level region)
 * whose name joins capitalised words with "of". Read word by word, the part after "of" is another country's name
 * ("Congo" alone is the Republic of the Congo), which moves a whole story to the wrong state; so such a run is looked
 * up whole first, and only a country's or region's reading is taken from it, or a water body's or natural feature's
 * (geo-regions.jsonl, geo-physical.jsonl): "Gulf of Aden", "Bay of Bengal", "Sea of Galilee" are the water, whose
 * "Aden" alone was the port and "Galilee" a town in Mexico (issue 12: GeoWebNews counts the whole name).
 */

/** Curated water bodies and natural features that a name with "of" can stand for whole. */
const NATURAL_OF = new Set(['SEA', 'GULF', 'BAY', 'STRT', 'LK', 'OCN', 'ISLS', 'MT', 'MTS']);

/** A curated (no GeoNames row) water body or natural feature: taken whole from an "of" name. */
export const naturalFeatureOf = (c: { featureCode: string; geonameid: number | null }): boolean => c.geonameid === null && NATURAL_OF.has(c.featureCode);

/** Whether the sentence has an " of " between two capitalised words at all (most have none). */
export const OF_WORD = new RegExp(String.raw`${CAPITAL}[\p{L}\p{M}'’]*\s+of\s+(?:the\s+)?\p{Lu}`, 'u');

/** Up to three capitalised words, "of", an optional "the", and one or two capitalised words. (Capital first: see PERSON_RUN.) */
export const OF_NAME = new RegExp(String.raw`${CAPITAL}(?<![\p{L}\p{N}]\p{Lu})[\p{L}\p{M}'’]*(?:\s\p{Lu}[\p{L}\p{M}'’]*){0,2}\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’]*(?:\s\p{Lu}[\p{L}\p{M}'’]*)?`, 'gu');

/** The phrases of an "of" run to look up, longest first: the words before "of" may start later, the words after end sooner. */
export function ofPhrases(match: string): string[] {
  const [left, right] = match.split(/\s+of\s+/);
  const ls = left.split(/\s+/);
  const article = /^the\s+/.test(right) ? 'the ' : '';
  const rs = right.replace(/^the\s+/, '').split(/\s+/);
  const out: string[] = [];
  for (let a = 0; a < ls.length; a++) {
    for (let b = rs.length; b >= 1; b--) out.push(`${ls.slice(a).join(' ')} of ${article}${rs.slice(0, b).join(' ')}`);
  }
  return out;
}
