import { sentenceAt, type Document, type PlaceMention } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import { isCountry, isSupraRegion } from '../../geo/gazetteer.ts';
import { datelineSpan } from '../places/index.ts';

/**
 * Kinds of military or air facility a story may name once and describe elsewhere ("a Syrian airfield" … "the Shayrat
 * airfield"), with the GeoNames feature codes of each kind. An airfield and an air base are one kind: stories call the
 * same base both.
 */
const KINDS: readonly { readonly words: RegExp; readonly codes: ReadonlySet<string> }[] = [
  { words: /^(?:air\s?base|airbase|air\s?field|airfield|air\s?strip|airstrip|military\s+airport)s?$/i, codes: new Set(['AIRB', 'AIRF']) },
  { words: /^naval\s+base$/i, codes: new Set(['NVB']) },
];
const KIND_WORDS = String.raw`air\s?base|airbase|air\s?field|airfield|air\s?strip|airstrip|military\s+airport|naval\s+base`;

/**
 * An unnamed facility as the event's object or scene: "launched 59 cruise missiles at a Syrian airfield", "struck the
 * air base", "an attack on a naval base". Group 1 is the kind. A name right after it ("the airfield of X", "an airbase
 * near Homs") is left to the place rules: there the sentence names its own place. "An airfield from which the attack
 * was launched" is where the attack set out, not its scene.
 */
const DESCRIBED = new RegExp(String.raw`\b(?:a|an|the|that|its)\s+(?:[\p{L}-]+\s+){0,2}?(${KIND_WORDS})\b(?!\s+(?:(?:of|near|in|at|outside)\s+(?:the\s+)?\p{Lu}|from\s+which|whence))`, 'iu');

/** The words after a name that call it a facility of a kind: "Shayrat airfield", "the Hmeimim air base". */
const KIND_AFTER = new RegExp(String.raw`^\s+(${KIND_WORDS})\b`, 'i');

/** How far from the trigger the description may stand and still be its object or scene, in characters. */
const REACH = 120;

const kindOf = (words: string) => KINDS.findIndex((k) => k.words.test(words.replace(/\s+/g, ' ')));

/**
 * The facility an event's clause describes without naming ("a Syrian airfield"), when the story names exactly one
 * facility of that kind ("the Shayrat airfield", wherever in the story): the description and the name are one place.
 * Only where the event's own place is no finer than a region, or was lent by another sentence, or is missing: a town
 * the clause names itself stays. A story naming two airfields leaves the description unread (null).
 */
export function describedFacility(doc: Document, chosen: PlaceMention | null, sentenceIndexes: readonly number[], near: Span): PlaceMention | null {
  const p = chosen?.place;
  const coarse = !chosen || !p || isCountry(p) || isSupraRegion(p) || p.featureCode === 'ADM1' || !sentenceIndexes.includes(chosen.sentence);
  if (!coarse) return null;
  const s = doc.sentences[sentenceAt(doc.sentences, near.start)];
  if (!s) return null;
  const from = Math.max(s.start, near.start - REACH);
  const window = doc.text.slice(from, Math.min(s.end, near.end + REACH));
  const d = DESCRIBED.exec(window);
  if (!d) return null;
  const kind = kindOf(d[1]);
  if (kind < 0) return null;
  // "the Shayrat airfield": a name among the words is no description but the name itself, which the place rules weighed
  const [dStart, dEnd] = [from + d.index, from + d.index + d[0].length];
  if (doc.mentions.some((m) => m.kind === 'PLACE' && !m.demonym && m.start >= dStart && m.end <= dEnd)) return null;
  const filed = datelineSpan(doc);
  const named = doc.mentions.filter(
    (m): m is PlaceMention =>
      m.kind === 'PLACE' &&
      m.place !== null &&
      !m.demonym &&
      !isCountry(m.place) &&
      !isSupraRegion(m.place) &&
      !(filed && m.start >= filed.start && m.end <= filed.end) &&
      (KINDS[kind].codes.has(m.place.featureCode) || kindOf(KIND_AFTER.exec(doc.text.slice(m.end, m.end + 20))?.[1] ?? '') === kind),
  );
  const places = new Set(named.map((m) => m.place!.geonameid ?? m.place!.name));
  if (places.size !== 1) return null;
  const facility = named[0];
  // a facility of another country than the one the event's clause names is not the one described
  if (p && isCountry(p) && sentenceIndexes.includes(chosen!.sentence) && facility.place!.countryCode !== p.countryCode) return null;
  return facility;
}
