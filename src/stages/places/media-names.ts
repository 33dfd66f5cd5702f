import type { Gazetteer } from '../../geo/gazetteer.ts';
import { plainSpelling } from '../../geo/normalize-name.ts';
import { sentenceAt, type Document, type PlaceMention } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { CAPITAL } from './capital.ts';

/** A place's name that opens a paper's or a broadcaster's name. */
export interface MediaPlace {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly text: string;
  readonly place: Place;
}

/**
 * "the Winnipeg Free Press", "The Moscow Times", "Seattle Post": one to three capitalised words before a paper's or a
 * broadcaster's own word. The detector reads no place there, since where a paper is printed says nothing of where the
 * story happens; yet the name is a toponym (news geoparsing golds count it, as they count a town inside a council's name).
 * The capital is read before the boundary behind it (capital.ts): V8 tries the pattern at every character, and the
 * lookbehind had every lower-case letter read backwards first (the change halves the scan's CPU over the Reuters sample).
 */
const MEDIA_NAME = new RegExp(
  String.raw`(${CAPITAL}(?<![\p{L}\p{N}'’-]\p{Lu})[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,2}?)[ \t]+(?:Free[ \t]+Press|Daily[ \t]+News|News|Times|Post|Herald|Tribune|Journal|Gazette|Chronicle|Telegraph|Observer|Examiner|Courier|Star|Sun|Standard|TV|Television|Radio)(?![\p{L}\p{N}])`,
  'gu',
);
const ARTICLE = /^(?:The|A|An)[ \t]+/;

/** A place everyone knows by the name as written: a country, a region, a capital, a seat or a city of 100,000. */
function knownByName(c: Place, name: string): boolean {
  const known = c.featureCode === 'PCLI' || c.featureCode === 'ADM1' || c.featureCode === 'PPLC' || c.featureCode === 'PPLA' || (c.population ?? 0) >= 100_000;
  // "New York" is New York City's everyday name, though the gazetteer writes it in full
  return known && (plainSpelling(c.name) === plainSpelling(name) || (c.population ?? 0) >= 1_000_000);
}

/**
 * The places that open papers' and broadcasters' names, where no mention stands yet. A name the story has already placed
 * takes that place ("Winnipeg" … "the Winnipeg Free Press"); else the first well-known reading of the name as written.
 * The caller marks them sites: toponyms, never an event's place nor evidence of the story's country.
 */
export function mediaNamePlaces(doc: Document, gazetteer: Gazetteer, mentions: readonly PlaceMention[]): MediaPlace[] {
  const text = doc.text;
  const out: MediaPlace[] = [];
  const placedAs = new Map<string, Place>();
  for (const m of mentions) if (m.place && !m.demonym && !placedAs.has(m.text)) placedAs.set(m.text, m.place);
  for (const m of text.matchAll(MEDIA_NAME)) {
    const lead = ARTICLE.exec(m[1])?.[0].length ?? 0;
    const name = m[1].slice(lead);
    if (!name) continue;
    const start = (m.index ?? 0) + lead;
    const end = start + name.length;
    if (mentions.some((t) => t.start < end && start < t.end)) continue;
    // a paper is printed in a town: "New York Times" is the city's, not the state's, where the name is both
    const readings = gazetteer.candidates(name).filter((c) => knownByName(c, name));
    const place = placedAs.get(name) ?? readings.find((c) => c.featureCode.startsWith('PPL')) ?? readings[0];
    if (!place) continue;
    const sentence = sentenceAt(doc.sentences, start);
    if (sentence < 0) continue;
    out.push({ start, end, sentence, text: name, place });
  }
  return out;
}
