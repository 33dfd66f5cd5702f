import type { Gazetteer } from '../../geo/gazetteer.ts';
import { normalizeName } from '../../geo/normalize-name.ts';
import type { Place } from '../../model/place.ts';
import type { Focus } from './resolve.ts';

/**
 * A name read inside a longer one ("R-Florence", "Lowell Town Court") keeps only its well-known readings,
 * so that an organisation's or a title's word does not become a hamlet. When the story never names a
 * bare repetition to settle it, that well-known reading may lie where the story is not: a South Carolina
 * senator's "R-Florence" is not Tuscany's Florence, and an Indiana story's "Lowell Town Court" is not in
 * Massachusetts. Then a reading of the very name that lies where the story points (its country, else its
 * named region) is taken instead.
 */

/** What the story's country and named region say for a reading: the weights the resolver gives them. */
const where = (c: Place, focus: Focus) => 4 * (focus.share.get(c.countryCode) ?? 0) + 3 * (c.admin1 ? (focus.regionShare.get(`${c.countryCode}|${c.admin1}`) ?? 0) : 0);
/** How much more the story must point to the other reading. */
const MARGIN = 1;

export function focusedReading(text: string, now: Place | null, focus: Focus, gazetteer: Gazetteer): Place | null {
  if (!now || now.geonameid === null || focus.top === null) return null;
  const key = normalizeName(text);
  const mine = where(now, focus);
  let best: Place | null = null;
  let bestScore = mine + MARGIN;
  for (const c of gazetteer.candidates(text)) {
    if (c.geonameid === null || c.geonameid === now.geonameid || normalizeName(c.name) !== key || !c.featureCode.startsWith('PPL')) continue;
    const s = where(c, focus);
    // among equals, the bigger town (candidates come biggest first)
    if (s >= bestScore + (best ? 1e-9 : 0)) [best, bestScore] = [c, s];
  }
  return best;
}
