import type { Document, Mention, PlaceMention } from '../../model/document.ts';
import { isCountry, isSupraRegion } from '../../geo/gazetteer.ts';
import type { Place } from '../../model/place.ts';

/** A town this small is known by its name only near home: "Paris" of 10,000 people is Paris, Tennessee, to no one abroad. */
const SMALL_TOWN = 100_000;

/** A city this big is known abroad by its name alone. */
const BIG_CITY = 1_000_000;

/** "in the town of", "the northern village of": a town introduced by its kind and no country's adjective. */
const UNQUALIFIED_TOWN_BEFORE = /\bthe\s+(?:(?:small|remote|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|border|frontier|restive|besieged|embattled)\s+)?(?:town|village|city|hamlet|settlement|district)\s+of\s+$/i;

/** One place, however the story spells it ("El Alto", "As El Alto"): its GeoNames id, else its kind and name. */
const placeKey = (m: PlaceMention) => (m.place!.geonameid !== null ? String(m.place!.geonameid) : `${m.place!.featureCode}|${m.place!.name}`);

/**
 * The places a story names in each country, countries and peoples included ("Bolivia", "Bolivians"), each counted once
 * however often it is said ("El Alto" fifteen times is one place), so a namesake cannot vouch for its own country.
 */
function placesByCountry(doc: Document): Map<string, Set<string>> {
  const places = new Map<string, Set<string>>();
  for (const m of doc.mentions) {
    if (m.kind !== 'PLACE' || !m.place?.countryCode) continue;
    let s = places.get(m.place.countryCode);
    if (!s) places.set(m.place.countryCode, (s = new Set()));
    s.add(placeKey(m));
  }
  return places;
}

/**
 * "EL ALTO, Bolivia … in El Alto" read as El Alto, Peru (the gazetteer lacks Bolivia's); "Crimea" as Cremia, Italy; "the Baltic
 * states" as Baltic, Connecticut: a small town in a country the story names by no other word, while the story names another
 * country, is a namesake and no event's place. A country, region or city of size is kept: "attacks in Brussels" in a story of
 * American politics names Brussels all the same.
 */
export function strayNamesakes(doc: Document): (m: Mention) => boolean {
  const byCountry = placesByCountry(doc);
  const otherwiseNamed = (cc: string, own: string) => [...(byCountry.get(cc) ?? [])].some((s) => s !== own);
  const storyHasCountry = [...byCountry.values()].some((s) => s.size >= 2);
  const [storyCountry, storyPlaces] = [...byCountry].sort((a, b) => b[1].size - a[1].size)[0] ?? [];
  // (once said to be a town's part, a name is that part wherever the story repeats it: "the Sulaymaniyah neighborhood of
  // Aleppo … The Sulaymaniyah area")
  const foreign = (p: Place) => !!storyCountry && p.countryCode !== storyCountry && storyPlaces!.size >= 2 * Math.max(byCountry.get(p.countryCode)?.size ?? 0, 1);
  // (a document built of mentions alone, as some tests build one, has no words around them to read)
  const text = doc.text ?? '';
  const parts = new Set(
    doc.mentions.flatMap((m) => (m.kind === 'PLACE' && m.place?.countryCode && !isCountry(m.place) && !isSupraRegion(m.place) && m.place.geonameid !== null && foreign(m.place) && (townPart(text, m) || nameTail(text, m)) ? [placeKey(m)] : [])),
  );
  const introduced = new Set(doc.mentions.flatMap((m) => (m.kind === 'PLACE' && m.place && UNQUALIFIED_TOWN_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ? [placeKey(m)] : [])));
  return (m) => {
    if (!storyHasCountry || m.kind !== 'PLACE') return false;
    const p = (m as PlaceMention).place;
    if (!p || !p.countryCode || isCountry(p) || isSupraRegion(p) || p.geonameid === null) return false;
    // a town's part or the tail of a longer name, read in another country than the one the story's places agree on, is
    // a namesake whatever its size: "a barrel bomb attack on the district of Al Mashhad" in an Aleppo story is no Mashhad,
    // Iran; "In Daraa al-Balad" no Balad, Iraq; "al-Samadaniyeh al-Gharbiyeh village" no Gharbia, Egypt
    if (parts.has(placeKey(m as PlaceMention))) return true;
    if (otherwiseNamed(p.countryCode, placeKey(m as PlaceMention))) return false;
    // "killed in heavy fighting in the town of Kaya" in a South Sudan story: a town introduced with no country of its
    // own is the story's country's, so a reading abroad is a namesake even of some size (Kaya, Burkina Faso); not a
    // capital or a city of millions, nor one whose country the phrase names ("the French city of Nice")
    // (once so introduced, wherever the story repeats the name: "… attacked an army base in Kaya")
    if (foreign(p) && (p.population ?? 0) < BIG_CITY && p.featureCode !== 'PPLC' && introduced.has(placeKey(m as PlaceMention))) return true;
    return (p.population ?? 0) < SMALL_TOWN;
  };
}

/** "the district of Al Mashhad", "the Mazzeh neighbourhood": a part of a town, which lies in the story's town. */
const TOWN_PART_BEFORE = /\b(?:district|neighbou?rhood|quarter|suburb)\s+of\s+(?:the\s+)?$/i;
const TOWN_PART_AFTER = /^\s+(?:neighbou?rhoods?|quarters?|suburbs?)\b/i;
const townPart = (text: string, m: Mention) => TOWN_PART_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || TOWN_PART_AFTER.test(text.slice(m.end, m.end + 20));

/** "Daraa al-Balad", "al-Samadaniyeh al-Gharbiyeh": a name read from the last words of a longer name. */
const NAME_WORD_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}’'-]*|(?:al|el|as|ash|ad|ar|at|az)-\p{L}+)\s$/u;
/** Capitalised words that open a sentence or date it, not a longer name: "In Mosul", "The Hague", "On Monday Moscow said". */
const NOT_NAME_WORD = /^(?:In|At|On|From|The|And|Of|But|As|For|By|Near|Outside|Inside|Across|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const nameTail = (text: string, m: Mention) => {
  const w = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
  return w !== null && !NOT_NAME_WORD.test(w[1]);
};
