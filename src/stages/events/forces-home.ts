import type { Document, PlaceMention } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import { isCountry, isSupraRegion } from '../../geo/gazetteer.ts';
import { datelineSpan } from '../places/index.ts';
import { governmentMentions } from '../places/metonymy.ts';

/** A people's name before its state's forces: "Syrian government forces", "Iraqi troops", "Nigerian soldiers", "Pakistani police". */
const FORCES_AFTER = /^\s+(?:(?:government|army|security|special|regular|federal|national|pro-government|state)\s+)?(?:forces|troops|soldiers|army|police|policemen|military|air\s+force|commandos|gendarmes)\b/i;

/** Words that close the trigger's clause before it: the people's name must be the trigger's own subject. */
const CLAUSE_BEFORE = /[;.]|\b(?:and|but|while|as|after|before|when|said)\b/i;

const inSpan = (m: Span, s: Span) => m.start >= s.start && m.end <= s.end;

/**
 * The home of the state forces that act in an event its sentence does not place, where the fallback was the dateline of
 * another country: "BEIRUT/ERBIL (Reuters) - … with Syrian government forces capturing its last major city" happened in
 * Syria, not in Lebanon where the reporter files from. A state's army, police and troops act at home unless a place says
 * otherwise, so the event goes to the town of that country the story names most (a literal place, not a government
 * speaking), else to the country. null where the fallback was no dateline, or the sentence names no such force before
 * the trigger, or the forces are the dateline country's own, or the story names no place in their country.
 */
export function forcesHome(doc: Document, chosen: PlaceMention | null, sentence: number, near: Span): PlaceMention | null {
  const filed = datelineSpan(doc);
  if (!filed || !chosen?.place || !inSpan(chosen, filed)) return null;
  const forces = doc.mentions
    .filter((m): m is PlaceMention => m.kind === 'PLACE' && m.sentence === sentence && m.demonym === true && m.place !== null && m.end <= near.start)
    .filter((m) => FORCES_AFTER.test(doc.text.slice(m.end, m.end + 40)) && !CLAUSE_BEFORE.test(doc.text.slice(m.end, near.start)))
    .at(-1);
  if (!forces) return null;
  const home = forces.place!.countryCode;
  const datelineCountries = new Set(doc.mentions.filter((m): m is PlaceMention => m.kind === 'PLACE' && m.place !== null && inSpan(m, filed)).map((m) => m.place!.countryCode));
  if (!home || datelineCountries.has(home)) return null;
  const body = doc.mentions.filter((m): m is PlaceMention => m.kind === 'PLACE' && m.place !== null && !m.demonym && !m.site && !inSpan(m, filed) && !isSupraRegion(m.place) && m.place.countryCode === home);
  const governments = governmentMentions(doc, body);
  const literal = body.filter((m) => !governments.has(m));
  const towns = new Map<string, PlaceMention[]>();
  for (const m of literal) if (!isCountry(m.place!) && m.place!.featureCode !== 'ADM1') towns.set(m.place!.name, [...(towns.get(m.place!.name) ?? []), m]);
  const town = [...towns.values()].sort((a, b) => b.length - a.length || a[0].start - b[0].start)[0];
  if (town) return town[0];
  return literal.find((m) => isCountry(m.place!)) ?? null;
}
