import type { Document, PlaceMention } from '../../model/document.ts';
import { distanceKm, isCountry } from '../../geo/gazetteer.ts';

/** Words that open another scene than the sentence before: "Separately, …", "Elsewhere, …", "Meanwhile …". */
const OTHER_SCENE_OPENING = /^\W*(?:separately|elsewhere|meanwhile|in\s+a\s+(?:separate|similar)|in\s+(?:another|other))\b/i;

/**
 * How far from the dateline's town a place must lie to be another scene rather than the town's own district or suburb
 * ("Quezon City" beside Manila), which the dateline already stands for well enough.
 */
const FARTHER_KM = 100;

/** A navy's prefix before a ship's name: "ARA San Juan", "USS Cole", "HMS Sheffield". */
const VESSEL_BEFORE = /\b(?:ARA|USS|USNS|HMS|HMAS|HMCS|INS|RFS|MV|SS)\s+$/;

/**
 * "MANILA (Reuters) - Troops killed 12 militants on Tuesday, the army said. The fighting in Marawi city …": where neither
 * the event's sentences nor any before them name a place, the sentence right after, which goes on telling the same
 * news, names the scene before the city the reporter files from does: the dateline is the last resort. Only a place in
 * the dateline's own country (a dateline abroad is left to datelineFocus), no country's bare name (a country is what
 * the dateline's town already says), far enough from the town to be another place, and not where the next sentence
 * opens another scene ("Separately, …"); only the first place that sentence names, lest a second one far off take
 * the event from a first one beside the dateline's town.
 */
export function sceneNamedNext(doc: Document, candidates: readonly PlaceMention[], inDateline: readonly PlaceMention[], sentenceIndexes: readonly number[]): PlaceMention | null {
  const filed = inDateline.find((m) => m.place !== null && !isCountry(m.place));
  if (!filed || !sentenceIndexes.length) return null;
  const next = doc.sentences[Math.max(...sentenceIndexes) + 1];
  if (!next || OTHER_SCENE_OPENING.test(doc.text.slice(next.start, next.start + 40))) return null;
  const home = filed.place!;
  // the first place the sentence names: "arrested in Seine-Saint-Denis, north of Paris, and in … Marseille" is still the
  // dateline's news, and a ship named for a town ("the ARA San Juan") is no scene
  const first = candidates.filter((m) => m.sentence === next.index && m.place !== null && !isCountry(m.place) && !VESSEL_BEFORE.test(doc.text.slice(Math.max(0, m.start - 8), m.start))).sort((a, b) => a.start - b.start)[0];
  if (!first || first.place!.countryCode !== home.countryCode) return null;
  return distanceKm(first.place!.latitude, first.place!.longitude, home.latitude, home.longitude) > FARTHER_KM ? first : null;
}
