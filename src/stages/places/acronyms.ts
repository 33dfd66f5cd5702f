/**
 * "the Line of Control (LoC)", "the North American Free Trade Agreement (NAFTA)": a short capitalised word in brackets
 * whose capitals are the initials of the capitalised words just before it is that name's abbreviation, defined on the
 * spot. It is neither a region containing the words before (the ACLED bracket "Taftanaz (Idlib)") nor a place by
 * itself read through a loose key ("LoC" was Luce, a Slovenian municipality, and made "Control" a place inside it).
 * Only a country or a named region stays ("the Democratic Republic of Congo (DRC)", "the United Arab Emirates (UAE)").
 * The words of the long name go with it, as no more places than it is ("Line" was Linn, Texas).
 */
import type { Place } from '../../model/place.ts';

/** The bracketed word: a capital, then up to six letters, at least two capitals in all. */
const BRACKETED = /^\(\s*(\p{Lu}[\p{L}]{1,6})\s*\)$/u;
/** Words a long name may hold besides its capitalised ones ("Line of Control", "Security and Cooperation in Europe"). */
const LINK_WORDS = new Set(['of', 'and', 'for', 'the', 'in', 'on', '&', 'de', 'la', 'al']);

/** The capitals' initials of the name that runs up to `end` (joining words allowed inside, not at its ends), and where each starts. */
function initialsBefore(text: string, end: number): { initials: string; starts: number[] } {
  const from = Math.max(0, end - 160);
  const words = [...text.slice(from, end).matchAll(/\S+/g)];
  const initials: string[] = [];
  const starts: number[] = [];
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k][0].replace(/^[“"‘'(]+/, '');
    if (/^\p{Lu}/u.test(w)) {
      // "Kurdistan Regional Government", "Arakan Rohingya Salvation Army"; a hyphened word gives each part ("Al-Shabaab")
      const parts = w.split('-').filter((p) => /^\p{Lu}/u.test(p));
      initials.unshift(...parts.map((p) => p[0]));
      starts.unshift(...parts.map(() => from + (words[k].index ?? 0)));
      continue;
    }
    if (LINK_WORDS.has(w) && initials.length) continue;
    break;
  }
  return { initials: initials.join(''), starts };
}

/**
 * Whether [open, close) of text is a bracketed abbreviation of the name just before the bracket: where that name
 * starts ("Line" of "the Line of Control (LoC)"), or -1.
 */
export function definedAcronymStart(text: string, open: number, close: number): number {
  const m = BRACKETED.exec(text.slice(open, close));
  if (!m) return -1;
  const caps = m[1].replace(/[^\p{Lu}]/gu, '');
  if (caps.length < 2) return -1;
  const { initials, starts } = initialsBefore(text, open);
  return initials.length >= caps.length && initials.endsWith(caps) ? starts[initials.length - caps.length] : -1;
}

export const isDefinedAcronym = (text: string, open: number, close: number): boolean => definedAcronymStart(text, open, close) >= 0;

/** A country or a named region (curated, no GeoNames id): what an abbreviation may still name as a place. */
export const acronymMayName = (c: Place): boolean => c.featureCode === 'PCLI' || (c.geonameid === null && c.featureCode !== 'ADM1');
