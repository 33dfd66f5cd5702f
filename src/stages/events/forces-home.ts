import type { Document, PlaceMention } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import { isCountry, isSupraRegion } from '../../geo/gazetteer.ts';
import { datelineSpan } from '../places/index.ts';
import { governmentMentions } from '../places/metonymy.ts';

/** A people's name before its state's forces: "Syrian government forces", "Iraqi troops", "Nigerian soldiers", "Pakistani police". */
const FORCES_AFTER = /^\s+(?:(?:government|army|security|special|regular|federal|national|pro-government|state)\s+)?(?:forces|troops|soldiers|army|police|policemen|military|air\s+force|commandos|gendarmes)\b/i;

/**
 * A state that speaks of its own forces acting: "The government of Myanmar says its security forces are fighting Rohingya
 * militants", "Pakistan's army said its troops killed …". The forces are that state's, as "Myanmar troops" would say.
 */
const OWN_FORCES_AFTER =
  /^(?:'s|’s|\s+s)?\s+(?:(?:government|authorities|army|military|police)\s+)?(?:says|said|claims|claimed|reports|reported|announced|confirmed)\s+(?:that\s+)?its\s+(?:own\s+)?(?:(?:government|army|security|special|regular|federal|national|armed|state)\s+)?(?:forces|troops|soldiers|army|police|policemen|military)\b/i;

/** Words that close the trigger's clause before it: the people's name must be the trigger's own subject. */
const CLAUSE_BEFORE = /[;.]|\b(?:and|but|while|as|after|before|when|said)\b/i;

/** What stands between the trigger and the forces that are its agent: "arrests of two reporters by". */
const AGENT_BEFORE = /^[^.;:]{0,80}?\bby\s+(?:the\s+)?$/i;

/**
 * What stands between the trigger and the state forces it struck: "an attack by Rohingya insurgents on", "clashes against".
 * Forces are attacked where they are posted, at home as much as where they act.
 */
const TARGET_BEFORE = /^[^.;:]{0,80}?\b(?:on|against|targeting)\s+(?:the\s+)?$/i;

/** A preposition that sets something in a country: "in Myanmar", "inside Syria". */
const SET_IN_BEFORE = /\b(?:in|inside)\s+(?:the\s+)?$/i;

const inSpan = (m: Span, s: Span) => m.start >= s.start && m.end <= s.end;

/**
 * The home of the state forces that act in an event its sentence does not place, where the fallback was the dateline of
 * another country: "BEIRUT/ERBIL (Reuters) - … with Syrian government forces capturing its last major city" happened in
 * Syria, not in Lebanon where the reporter files from; so did "COX'S BAZAR, Bangladesh - The government of Myanmar says its
 * security forces are fighting …" in Myanmar (OWN_FORCES_AFTER). A state's army, police and troops act at home unless a place says
 * otherwise, so the event goes to the town of that country the story names most (a literal place, not a government
 * speaking), else to the country. null where the fallback was no dateline, or the sentence names no such force before
 * the trigger (or as its agent or target after it: "the arrests … by Myanmar police", "an attack … on Myanmar security forces"), or the forces are the dateline country's own.
 */
export function forcesHome(doc: Document, chosen: PlaceMention | null, sentence: number, near: Span): PlaceMention | null {
  const filed = datelineSpan(doc);
  if (!filed || !chosen?.place) return null;
  // (an earlier sentence's repetition of the dateline's town, lent to a sentence that names no place, is that fallback too:
  // "NEW DELHI (Reuters) - … an official … in New Delhi … an attack … on Myanmar security forces")
  const filedPlaces = doc.mentions.filter((m): m is PlaceMention => m.kind === 'PLACE' && m.place !== null && inSpan(m, filed));
  const datelineTown = (m: PlaceMention) => m.sentence !== sentence && m.place!.geonameid !== null && filedPlaces.some((f) => f.place!.geonameid === m.place!.geonameid);
  if (!inSpan(chosen, filed) && !datelineTown(chosen)) return null;
  const forces = doc.mentions
    .filter((m): m is PlaceMention => m.kind === 'PLACE' && m.sentence === sentence && m.place !== null)
    .filter((m) => {
      // "the arrests of two reporters by Myanmar police", "detained by Laotian security forces": the agent after the trigger
      // ("a coordinated attack by Rohingya insurgents on Myanmar security forces": the forces struck, by a people's or a country's name)
      if (m.start >= near.end) {
        const between = doc.text.slice(near.end, m.start);
        const named = m.demonym === true || isCountry(m.place!);
        return ((m.demonym === true && AGENT_BEFORE.test(between)) || (named && TARGET_BEFORE.test(between))) && FORCES_AFTER.test(doc.text.slice(m.end, m.end + 40));
      }
      if (m.end > near.start) return false;
      const after = doc.text.slice(m.end, near.start);
      if (m.demonym) return FORCES_AFTER.test(after.slice(0, 40)) && !CLAUSE_BEFORE.test(after);
      // ("says" ends no clause here: the forces the state speaks of are the trigger's subject)
      const own = isCountry(m.place!) ? OWN_FORCES_AFTER.exec(after) : null;
      return own !== null && !CLAUSE_BEFORE.test(after.slice(own[0].length));
    })
    .at(-1);
  if (!forces) return null;
  const home = forces.place!.countryCode;
  const datelineCountries = new Set(doc.mentions.filter((m): m is PlaceMention => m.kind === 'PLACE' && m.place !== null && inSpan(m, filed)).map((m) => m.place!.countryCode));
  if (!home || datelineCountries.has(home)) return null;
  const body = doc.mentions.filter((m): m is PlaceMention => m.kind === 'PLACE' && m.place !== null && !m.demonym && !m.site && !inSpan(m, filed) && !isSupraRegion(m.place) && m.place.countryCode === home);
  const governments = governmentMentions(doc, body);
  const literal = body.filter((m) => !governments.has(m));
  // forces struck may be posted abroad ("an attack on U.S. troops" filed from Kabul): their home is the scene only where
  // the story sets something in that country ("security forces in Myanmar")
  const struck = forces.start >= near.end && !AGENT_BEFORE.test(doc.text.slice(near.end, forces.start));
  if (struck && !literal.some((m) => m !== forces && SET_IN_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start)))) return null;
  const towns = new Map<string, PlaceMention[]>();
  for (const m of literal) if (!isCountry(m.place!) && m.place!.featureCode !== 'ADM1') towns.set(m.place!.name, [...(towns.get(m.place!.name) ?? []), m]);
  const town = [...towns.values()].sort((a, b) => b.length - a.length || a[0].start - b[0].start)[0];
  if (town) return town[0];
  // (the state that spoke of its forces is itself a name of the country, where the story names it nowhere else)
  // (a people's name that reads as its country says where its police acted: "by Laotian police", the story naming Laos only as a state addressed)
  return literal.find((m) => isCountry(m.place!)) ?? (!forces.demonym ? forces : isCountry(forces.place!) ? { ...forces, demonym: undefined } : null);
}
