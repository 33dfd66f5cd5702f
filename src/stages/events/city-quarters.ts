import type { Document, PlaceMention } from '../../model/document.ts';
import { distanceKm, isCountry, isSupraRegion } from '../../geo/gazetteer.ts';
import { datelineSpan } from '../places/index.ts';
import { governmentMentions } from '../places/metonymy.ts';

/**
 * "The army captured al-Hamidiya, Sheikh Yassin, al-Ardhi and al-Rashidia districts" in a story about the city of Deir
 * al-Zor: names listed as districts or neighbourhoods, in a story about a city, are quarters of that city. Where the
 * gazetteer reads one as a namesake town in another first-level region, far from the city (al-Hamidiya of Tartus), the
 * quarter is placed at its city, as ACLED codes a quarter it cannot place ("Mogadishu - Medina"). A district in the
 * city's own region (an Afghan district near Kunduz) is left alone: it may be a real district around the city.
 */
const LISTED_QUARTERS_AFTER =
  /^(?:\s*,\s*(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*){0,2})*(?:,?\s+(?:and|or)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*){0,2})?\s+(?:neighbou?rhoods?|quarters?|districts?)\b/;
/** How far from its city a quarter may lie. */
const CITY_QUARTER_KM = 40;
/** How often the story must name the city (as a place) to be about it. */
const CITY_MENTIONS = 2;

export function cityOfQuarter(doc: Document, chosen: PlaceMention | null): PlaceMention | null {
  const p = chosen?.place;
  if (!chosen || !p || p.precision > 1 || isCountry(p) || isSupraRegion(p)) return null;
  if (!LISTED_QUARTERS_AFTER.test(doc.text.slice(chosen.end, chosen.end + 120))) return null;
  // the story speaks of a city: "the city of Deir al-Zor", "parts of the city"
  const near = doc.sentences.filter((s) => s.index <= chosen.sentence && s.index >= chosen.sentence - 2).map((s) => doc.text.slice(s.start, s.end)).join(' ');
  if (!/\bcity\b/i.test(near)) return null;
  const filed = datelineSpan(doc);
  const towns = doc.mentions.filter(
    (m): m is PlaceMention => m.kind === 'PLACE' && m.place !== null && !m.demonym && !m.site && m.place.precision === 1 && !isCountry(m.place) && m.place.featureCode !== 'ADM1' && !(filed && m.start >= filed.start && m.end <= filed.end),
  );
  const governments = governmentMentions(doc, towns);
  const counts = new Map<string, PlaceMention[]>();
  for (const m of towns) if (!governments.has(m)) counts.set(m.place!.name, [...(counts.get(m.place!.name) ?? []), m]);
  const city = [...counts.values()].filter((ms) => ms.length >= CITY_MENTIONS).sort((a, b) => b.length - a.length)[0]?.[0];
  const c = city?.place;
  if (!city || !c || c.name === p.name || c.countryCode !== p.countryCode || c.admin1 === p.admin1) return null;
  if (distanceKm(p.latitude, p.longitude, c.latitude, c.longitude) <= CITY_QUARTER_KM) return null;
  return { ...city, place: { ...c, precision: 2 } };
}
