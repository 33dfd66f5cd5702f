import type { Document, PlaceMention } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import { isCountry, isSupraRegion } from '../../geo/gazetteer.ts';
import { datelineSpan } from '../places/index.ts';
import { governmentMentions } from '../places/metonymy.ts';

/** How many more of the story's place mentions the focus country needs than the dateline's before it wins. */
const FOCUS_LEAD = 2;

/**
 * The story's own scene where an event fell back to the dateline. "BEIRUT (Reuters) - … an attack on a Damascus
 * police station … The third blew himself up", "DUBAI (Reuters) - A purge of Saudi Arabia's elites … were arrested",
 * "SANAA/DUBAI": the dateline names where the reporter files from, and a story about another country is told from a
 * regional bureau. Where the body names one country clearly more often than the dateline's as a place (names inside
 * actors' names count: "a Damascus police station"; `whose` tells a name that says whose: "U.S. soldiers"), the event's place is that
 * country's town the body names most (as a literal place, not a government: "Riyadh's intervention"), else the
 * country. null where the body does not point away from the dateline (a Lagos-filed story on Nigeria keeps its rule).
 */
export function datelineFocus(doc: Document, chosen: PlaceMention | null, whose: (m: PlaceMention) => boolean, sentenceIndexes: readonly number[] = []): PlaceMention | null {
  const filed = datelineSpan(doc);
  if (!filed || !chosen?.place || !inSpan(chosen, filed)) return null;
  // "PHNOM PENH (Reuters) - Cambodian Prime Minister Hun Sen … called for the closure of a group founded by detained opposition
  // leader Kem Sokha": an event whose own sentences name the dateline country's people is that country's, however often the
  // story names another state as a speaker or a patron ("children of the United States", "told this to U.S. officials")
  const filedCountries = new Set(doc.mentions.filter((m): m is PlaceMention => m.kind === 'PLACE' && m.place !== null && inSpan(m, filed)).map((m) => m.place!.countryCode));
  if (doc.mentions.some((m) => m.kind === 'PLACE' && m.demonym && m.place && filedCountries.has(m.place.countryCode) && sentenceIndexes.includes(m.sentence) && !inSpan(m, filed))) return null;
  const body = doc.mentions.filter((m): m is PlaceMention => m.kind === 'PLACE' && m.place !== null && !m.site && !inSpan(m, filed) && !isSupraRegion(m.place) && m.place.countryCode !== '');
  // only names that say where: a people's name or a country's before a noun says whose ("U.S. soldiers killed in Niger"),
  // and a state acting ("Washington has turned to …") is no scene
  const governments = governmentMentions(doc, body);
  const byCountry = new Map<string, number>();
  for (const m of body) if (!m.demonym && !whose(m) && !governments.has(m)) byCountry.set(m.place!.countryCode, (byCountry.get(m.place!.countryCode) ?? 0) + 1);
  const [top, count] = [...byCountry].sort((a, b) => b[1] - a[1])[0] ?? [];
  // the dateline's own country named as often counts against moving: "KABUL … Kandahar" stays a Kabul story's choice
  const datelineCountries = new Set(doc.mentions.filter((m): m is PlaceMention => m.kind === 'PLACE' && m.place !== null && inSpan(m, filed)).map((m) => m.place!.countryCode));
  if (!top || datelineCountries.has(top)) return null;
  const rival = Math.max(0, ...[...datelineCountries].map((c) => byCountry.get(c) ?? 0));
  if (count! < rival + FOCUS_LEAD) return null;
  const inTop = body.filter((m) => m.place!.countryCode === top && !m.demonym);
  const towns = new Map<string, PlaceMention[]>();
  for (const m of inTop) if (!isCountry(m.place!) && m.place!.featureCode !== 'ADM1' && !governments.has(m)) towns.set(m.place!.name, [...(towns.get(m.place!.name) ?? []), m]);
  const town = [...towns.values()].sort((a, b) => b.length - a.length || a[0].start - b[0].start)[0];
  if (town) return town[0];
  const country = inTop.find((m) => isCountry(m.place!)) ?? body.find((m) => m.place!.countryCode === top && isCountry(m.place!));
  return country ? { ...country, demonym: undefined } : null;
}

const inSpan = (m: Span, s: Span) => m.start >= s.start && m.end <= s.end;
