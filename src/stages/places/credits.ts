import { sentenceAt, type Document } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { overlaps, type Span } from '../../model/span.ts';
import type { Gazetteer } from '../../geo/gazetteer.ts';

/** A wire story's credits: "(Reporting by Nate Raymond in Boston; Editing by Tom Brown)". */
const CREDITS = /\b(?:Reporting|Additional reporting|Writing|Editing|Compiled)\s+by\b[^()\n]{0,300}/g;
/** "in Boston", "in New York", "in Tel Aviv": the bureau a reporter writes from. */
const IN_BUREAU = /\bin\s+(\p{Lu}[\p{L}'’]+(?:[ -]\p{Lu}[\p{L}'’]+){0,2})/gu;
/** A bureau is a capital, a region's seat or a city of this size: a small town of the name is not where wire reporters sit. */
const BUREAU_POPULATION = 100_000;

/** The place a bureau's name reads as: its gazetteer's first reading, when that is a capital, a seat or a city. */
function bureau(gazetteer: Pick<Gazetteer, 'candidates'>, name: string): Place | null {
  const top = gazetteer.candidates(name)[0];
  if (!top || top.geonameid === null) return null;
  return top.featureCode === 'PPLC' || top.featureCode === 'PPLA' || (top.population ?? 0) >= BUREAU_POPULATION ? top : null;
}

/**
 * The credits' "in Boston" names the town the story was reported from: a toponym, though the detector skips
 * the credits' sentence (its names are people's, never an event's place). Given as sites, which no event takes.
 */
export function creditPlaces(doc: Document, gazetteer: Pick<Gazetteer, 'candidates'>, taken: readonly Span[]): { start: number; end: number; sentence: number; text: string; place: Place }[] {
  const out: { start: number; end: number; sentence: number; text: string; place: Place }[] = [];
  for (const credit of doc.text.matchAll(CREDITS)) {
    for (const m of credit[0].matchAll(IN_BUREAU)) {
      const start = (credit.index ?? 0) + (m.index ?? 0) + m[0].length - m[1].length;
      const end = start + m[1].length;
      const span = { start, end };
      if (taken.some((t) => overlaps(t, span)) || out.some((o) => overlaps(o, span))) continue;
      const place = bureau(gazetteer, m[1]);
      const sentence = sentenceAt(doc.sentences, start);
      if (place && sentence >= 0) out.push({ start, end, sentence, text: m[1], place });
    }
  }
  return out;
}
