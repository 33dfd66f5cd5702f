import type { Document, Mention } from '../../model/document.ts';

/**
 * A name that outlets, hotels and the like bear: "the state-run Petra news agency" (Petra is also Wadi Musa, Jordan),
 * "pro-Damascus al-Mayadeen TV" (Al Mayadin, Syria), "a Trump rally at the Treasure Island hotel in Las Vegas" (Treasure
 * Island, Florida). The outlet reports from elsewhere and the hotel stands in another town: the name is no scene.
 */
const OUTLET_AFTER = /^\s+(?:(?:state|official|satellite|news|television|TV)\s+)?(?:news\s+agency|agency|TV|television|channel|radio|broadcaster|newspaper|daily|hotel|casino|resort)\b/i;

/** A capital or big town lends its name to the hotel in it ("the Kabul Serena hotel" stays in Kabul): only lesser names are dropped for hotels. */
const LODGING = /^\s+(?:hotel|casino|resort)\b/i;
const BIG_TOWN = 100_000;

export function outletName(doc: Document, m: Mention): boolean {
  if (m.kind !== 'PLACE' || !m.place) return false;
  const after = doc.text.slice(m.end, m.end + 40);
  if (!OUTLET_AFTER.test(after)) return false;
  if (LODGING.test(after) && ((m.place.population ?? 0) >= BIG_TOWN || m.place.featureCode === 'PPLC')) return false;
  return true;
}
