import type { Document, Mention } from '../../model/document.ts';
import { isCountry } from '../../geo/gazetteer.ts';

/**
 * A name that outlets, hotels and the like bear: "the state-run Petra news agency" (Petra is also Wadi Musa, Jordan),
 * "pro-Damascus al-Mayadeen TV" (Al Mayadin, Syria), "a Trump rally at the Treasure Island hotel in Las Vegas" (Treasure
 * Island, Florida). The outlet reports from elsewhere and the hotel stands in another town: the name is no scene.
 */
const OUTLET_AFTER = /^\s+(?:(?:state|official|satellite|news|television|TV)\s+)?(?:news\s+agency|agency|TV|television|channel|radio|broadcaster|newspaper|daily|hotel|casino|resort)\b/i;

/**
 * A park, square or stadium named for a lesser town stands in another ("Kirtland Park, near downtown Cleveland", not
 * Kirtland, Ohio; "Hyde Park"). Capitalised, as part of the name: "a park in Kirtland" keeps the town.
 */
const VENUE_AFTER = /^\s+(?:Park|Square|Stadium|Arena|Gardens)\b/;

/** A capital or big town lends its name to the hotel or park in it ("the Kabul Serena hotel" stays in Kabul): only lesser names are dropped for these. */
const LODGING = /^\s+(?:hotel|casino|resort|Park|Square|Stadium|Arena|Gardens)\b/i;
const BIG_TOWN = 100_000;

/** "on the shores of Lake Erie": a lake bearing a town's name is no town (Erie, Pennsylvania); a country's stays ("Lake Chad"). */
const LAKE_BEFORE = /\bLake\s+$/;

export function outletName(doc: Document, m: Mention): boolean {
  if (m.kind !== 'PLACE' || !m.place) return false;
  if (LAKE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 6), m.start)) && !isCountry(m.place)) return true;
  const after = doc.text.slice(m.end, m.end + 40);
  if (!OUTLET_AFTER.test(after) && !VENUE_AFTER.test(after)) return false;
  if (LODGING.test(after) && ((m.place.population ?? 0) >= BIG_TOWN || m.place.featureCode === 'PPLC')) return false;
  return true;
}
