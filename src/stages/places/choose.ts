import type { Document, PlaceMention } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { isSupraRegion } from '../../geo/gazetteer.ts';

/** A relative phrase pointing back at a town named earlier: "north-west of the city". */
const RELATIVE_TO_EARLIER = /\b(?:\d[\d.,]*\s*(?:km|kilomet(?:er|re)s?|miles?)\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of|near|outside|outskirts\s+of|around)\s+the\s+(?:city|town|village)\b/i;
/** "AMMAN/BEIRUT (Reuters) -": names where the reporter is, not where the event is. */
/** "AMMAN/BEIRUT (Reuters) -", "KIRKUK, Iraq (Sitrep Wire) -": any agency in brackets after an upper-case place. */
const DATELINE = /^[ \t]*[A-Z][A-Z .'\/-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?\s*\([A-Z][^()\n]{1,40}\)\s*[-–—]/m;

function specificity(m: PlaceMention): number {
  const p = m.place!;
  if (p.featureCode === 'PCLI') return 4;
  // "Europe", "the Middle East": only when nothing narrower is named
  if (isSupraRegion(p)) return 5;
  return p.precision;
}

function best(ms: readonly PlaceMention[], near?: { start: number; end: number }): PlaceMention | null {
  let out: PlaceMention | null = null;
  for (const m of ms) {
    if (!out) {
      out = m;
      continue;
    }
    const d = specificity(m) - specificity(out);
    if (d < 0) out = m;
    else if (d === 0 && near && Math.abs(m.start - near.start) < Math.abs(out.start - near.start)) out = m;
  }
  return out;
}

/**
 * The best place for an event resting on the given sentences: the most specific resolved place
 * in the event's sentences (nearest the trigger when given, else the first named); else a town an
 * earlier sentence names ("north-west of the city" widens it to precision 2); else the dateline;
 * else the article's most-named country (precision 3). null when the article names no place.
 */
export function choosePlace(doc: Document, sentenceIndexes: readonly number[], near?: { start: number; end: number }): PlaceMention | null {
  const resolved = mentionsOf(doc, 'PLACE').filter((m) => m.place !== null && !m.demonym);
  if (!resolved.length) return null;
  const dateline = DATELINE.exec(doc.text);
  const datelineEnd = dateline ? dateline.index + dateline[0].length : -1;
  const notDateline = resolved.filter((m) => m.start >= datelineEnd || !dateline || m.end <= dateline.index);
  const wanted = new Set(sentenceIndexes);
  let pool = notDateline.filter((m) => wanted.has(m.sentence));
  if (near) {
    const nearSentence = pool.filter((m) => m.start <= near.end && m.sentence === sentenceOf(doc, near.start));
    const same = pool.filter((m) => m.sentence === sentenceOf(doc, near.start));
    if (same.length) pool = same.length ? same : nearSentence;
  }
  const own = best(pool, near);
  if (own && specificity(own) <= 3 && own.place!.featureCode !== 'ADM1') return own;

  const first = sentenceIndexes.length ? Math.min(...sentenceIndexes) : 0;
  const eventText = sentenceIndexes.map((i) => doc.sentences[i]).filter(Boolean).map((s) => doc.text.slice(s.start, s.end)).join(' ');
  const rel = RELATIVE_TO_EARLIER.exec(eventText);
  if (rel) {
    const earlierTown = [...notDateline].reverse().find((m) => m.sentence < first + 1 && m.place!.precision === 1 && (!own || m.start < own.start));
    if (earlierTown) return { ...earlierTown, place: { ...earlierTown.place!, precision: 2 }, relation: rel[0] };
  }
  if (own) return own;
  for (let s = first - 1; s >= 0; s--) {
    const here = best(notDateline.filter((m) => m.sentence === s));
    if (here) return here;
  }
  const inDateline = resolved.filter((m) => dateline && m.start >= dateline.index && m.end <= datelineEnd);
  if (inDateline.length) return inDateline[0];
  const byCountry = new Map<string, number>();
  for (const m of resolved) byCountry.set(m.place!.countryCode, (byCountry.get(m.place!.countryCode) ?? 0) + 1);
  const topCountry = [...byCountry].sort((a, b) => b[1] - a[1])[0]?.[0];
  return resolved.find((m) => m.place!.featureCode === 'PCLI' && m.place!.countryCode === topCountry) ?? null;
}

function sentenceOf(doc: Document, offset: number): number {
  for (const s of doc.sentences) if (offset >= s.start && offset < s.end) return s.index;
  return -1;
}
