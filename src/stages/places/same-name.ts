import type { Place } from '../../model/place.ts';
import type { Resolved } from './resolve.ts';

/**
 * One sense per story, for names the entity gate kept: "flights between New York and Moscow, Kiev, Minsk and Riga" is
 * doubted as a far namesake where nothing around it says "place", though "to Riga" two lines on resolves to the capital;
 * "Hartford police said" is set aside where the story's dateline "Hartford" was placed. The resolver decides each
 * mention alone, so a mention it set aside or abstained on takes the place another mention of the very same spelling
 * resolved to. Only whole names (not a word inside a longer unknown name) and only from a reading the resolver kept.
 */
/**
 * A reading worth carrying to the story's other mentions: a place everyone knows (a country, a region, a capital, a seat,
 * a city of 100,000). A hamlet's reading, even after "at", may be a monument's or a bar's name ("a ceremony at Stonewall"
 * read as Stonewall, Louisiana) and would carry its misreading into every repetition ("the Stonewall riots").
 */
function vouched(r: Resolved): boolean {
  const p = r.place!;
  return p.featureCode === 'PCLI' || p.featureCode === 'ADM1' || p.featureCode === 'PPLC' || p.featureCode === 'PPLA' || (p.population ?? 0) >= 100_000;
}

export function sameNameReadings(resolved: readonly Resolved[]): Map<Resolved, Place> {
  const placeOf = new Map<string, Place>();
  for (const r of resolved) {
    if (r.keep && r.place && !r.raw.partial && vouched(r) && !placeOf.has(r.raw.text)) placeOf.set(r.raw.text, r.place);
  }
  const out = new Map<Resolved, Place>();
  if (!placeOf.size) return out;
  for (const r of resolved) {
    if ((r.keep && r.place) || r.raw.partial) continue;
    const place = placeOf.get(r.raw.text);
    if (place) out.set(r, place);
  }
  return out;
}
