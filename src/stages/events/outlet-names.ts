import type { Document, Mention } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
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
const bigTown = (p: Place) => (p.population ?? 0) >= BIG_TOWN || p.featureCode === 'PPLC';

/** "on the shores of Lake Erie": a lake bearing a town's name is no town (Erie, Pennsylvania); a country's stays ("Lake Chad"). */
const LAKE_BEFORE = /\bLake\s+$/;

/** "the Lebanese TV station al-Mayadeen", "the news agency Petra": an outlet named after the word for it. */
const OUTLET_BEFORE = /\b(?:TV|television|radio)\s+(?:station|channel|network)\s+$|\b(?:news\s+agency|broadcaster|newspaper|daily)\s+$/i;

/** The outlets among OUTLET_AFTER's words: a hotel's name ("the Kabul Serena hotel") says nothing of the town's other mentions. */
const MEDIA_AFTER = /^\s+(?:(?:state|official|satellite|news|television|TV)\s+)?(?:news\s+agency|agency|TV|television|channel|radio|broadcaster|newspaper|daily)\b/i;

/** A preposition of place before a name: "near al-Mayadeen", "in Petra". */
const LOCATIVE_BEFORE = /\b(?:in|near|at|outside|around|inside|into|of|from|across)\s+(?:the\s+)?$/i;

/** Whether this one mention is a news outlet's name by the words around it. */
function namesOutlet(doc: Document, m: Mention): boolean {
  return MEDIA_AFTER.test(doc.text.slice(m.end, m.end + 40)) || OUTLET_BEFORE.test(doc.text.slice(Math.max(0, m.start - 30), m.start));
}

/**
 * The names a story introduces as outlets ("told the Lebanese TV station al-Mayadeen"): said again bare ("In separate
 * comments to al-Mayadeen, he said"), the name is still the outlet. One story at a time is kept.
 */
let introduced: { text: string; mentions: readonly Mention[]; names: Set<string> } | null = null;
function outletsIntroduced(doc: Document): Set<string> {
  if (introduced?.text === doc.text && introduced.mentions === doc.mentions) return introduced.names;
  const names = new Set<string>();
  // (a capital or big town lends its name to outlets that stand in it, "Baghdad TV": its other mentions stay the town)
  for (const m of doc.mentions) if (m.kind === 'PLACE' && m.place && !isCountry(m.place) && !bigTown(m.place) && namesOutlet(doc, m)) names.add(m.text.toLowerCase());
  introduced = { text: doc.text, mentions: doc.mentions, names };
  return names;
}

export function outletName(doc: Document, m: Mention): boolean {
  if (m.kind !== 'PLACE' || !m.place) return false;
  if (!isCountry(m.place) && OUTLET_BEFORE.test(doc.text.slice(Math.max(0, m.start - 30), m.start))) return true;
  // (but "clashed near al-Mayadeen" is the town: a preposition of place before the bare name keeps it a place)
  if (!isCountry(m.place) && !bigTown(m.place) && outletsIntroduced(doc).has(m.text.toLowerCase()) && !LOCATIVE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start))) return true;
  if (LAKE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 6), m.start)) && !isCountry(m.place)) return true;
  const after = doc.text.slice(m.end, m.end + 40);
  if (!OUTLET_AFTER.test(after) && !VENUE_AFTER.test(after)) return false;
  if (LODGING.test(after) && bigTown(m.place)) return false;
  return true;
}
