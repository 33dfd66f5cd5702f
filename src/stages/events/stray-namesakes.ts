import type { Document, Mention, PlaceMention } from '../../model/document.ts';
import { isCountry, isSupraRegion } from '../../geo/gazetteer.ts';

/** A town this small is known by its name only near home: "Paris" of 10,000 people is Paris, Tennessee, to no one abroad. */
const SMALL_TOWN = 100_000;

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
  return (m) => {
    if (!storyHasCountry || m.kind !== 'PLACE') return false;
    const p = (m as PlaceMention).place;
    if (!p || !p.countryCode || isCountry(p) || isSupraRegion(p) || p.geonameid === null || (p.population ?? 0) >= SMALL_TOWN) return false;
    return !otherwiseNamed(p.countryCode, placeKey(m as PlaceMention));
  };
}
