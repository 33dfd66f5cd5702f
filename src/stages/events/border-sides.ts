import type { Document, Mention, PlaceMention } from '../../model/document.ts';
import { isCountry } from '../../geo/gazetteer.ts';
import type { Span } from '../../model/span.ts';
import { datelineSpan } from '../places/index.ts';

/**
 * The relation the places stage records for a name after "border with" or "frontier with" (detect.ts RELATION_BEFORE):
 * "near the border with Iran", "on Syria's border with Lebanon", "the Turkish frontier with Iraqi Kurdistan".
 */
const ACROSS = /\b(?:border|frontier)\s+with$/i;

/**
 * Whether a place is named as the neighbour across a border: "police found bodies near the border with Iran" (in
 * Pakistan), "their enclave on Syria's border with Lebanon" (in Syria). English names a border by the country on the
 * far side of it, so the event lies on the near side: the possessor ("Syria's") or a town the clause names. The
 * neighbour places the event only where nothing else does (nearSideFirst).
 */
export function acrossBorder(m: Mention): boolean {
  return m.kind === 'PLACE' && m.relation !== undefined && ACROSS.test(m.relation);
}

/**
 * The place chooser run first without the neighbours across a border, then, where that leaves the event no place but
 * the dateline or none at all ("clashes near the frontier with Afghanistan", no other name), with them. The reporter's
 * city is no scene: "QUETTA, Pakistan - Gunmen killed 15 people near the border with Iran" happened 600 km away, and
 * the neighbour, a country, lets a town the next sentence names ("in Baluchistan province") place the event instead.
 */
export function nearSideFirst<T extends Span>(doc: Document, choose: (skip: (m: Mention) => boolean) => T | null): T | null {
  if (!doc.mentions.some(acrossBorder)) return choose(() => false);
  const near = choose(acrossBorder);
  const filed = datelineSpan(doc);
  const inDateline = near !== null && filed !== null && near.start >= filed.start && near.end <= filed.end;
  return near !== null && !inDateline ? near : choose(() => false);
}

/**
 * "with all three attacks taking place on the Afghan side", "shells landed on the Syrian side of the border", "on
 * Turkey's side of the frontier": a side of a border is named by the country it lies in, so that country is where the
 * event happened. Only "on", "onto", "inside", "into" or "within" the side: "300 metres from the Pakistan side" says where
 * it did not.
 */
const SIDE_AFTER = /^(?:['’]?s)?\s+side\b/;
const ON_THE_BEFORE = /\b(?:on|onto|inside|into|within)\s+(?:the\s+)?$/i;
/** "pressure on the Syrian side", "the onus on the Afghan side": a party to talks, not a side of a border. */
const PARTY_BEFORE = /\b(?:pressure|pressures|onus|burden|demands?|calls?|depends?|relies|rely)\s+on\s+(?:the\s+)?$/i;

/** The side-of-border mention of the event's sentences, if one names a country. */
function sideNamed(doc: Document, sentenceIndexes: readonly number[]): PlaceMention | null {
  for (const m of doc.mentions) {
    if (m.kind !== 'PLACE' || !m.place || !isCountry(m.place) || !sentenceIndexes.includes(m.sentence)) continue;
    const before = doc.text.slice(Math.max(0, m.start - 30), m.start);
    if (SIDE_AFTER.test(doc.text.slice(m.end, m.end + 12)) && ON_THE_BEFORE.test(before) && !PARTY_BEFORE.test(before)) return m;
  }
  return null;
}

/**
 * The side's country in place of a chosen place in another country: "PARACHINAR, Pakistan - … all three attacks taking
 * place on the Afghan side" happened in Afghanistan, not at the Pakistani town the reporter files from or the clause
 * names. A chosen place inside that country (a town on that side) stands; so does any place where no side is named.
 */
export function sideOfBorderScene(doc: Document, chosen: PlaceMention | null, sentenceIndexes: readonly number[]): PlaceMention | null {
  const side = sideNamed(doc, sentenceIndexes);
  if (!side || (chosen?.place && chosen.place.countryCode === side.place!.countryCode)) return null;
  // a people's name kept as a place stands for its country, as in chooseNamedPlace
  return side.demonym ? { ...side, demonym: undefined } : side;
}
