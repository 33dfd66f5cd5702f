import type { Document, Mention } from '../../model/document.ts';

/**
 * A lawmaker's or governor's state or district named after the person: "Representative John Larson of Connecticut",
 * "Senator Lindsey Graham of South Carolina", "Governor Jerry Brown of California". It says whom the person answers to,
 * not where anything happened: the sit-in was in the House, not in Connecticut. The name may be left out: "Scalise, a
 * congressman from Louisiana", "a Republican senator from Arizona".
 */
const CONSTITUENCY_BEFORE =
  /\b(?:Senators?|Sens?\.|Representatives?|Reps?\.|Congress(?:wo)?man|Governor|Gov\.|lawmakers?|senators?|representatives?|governor|congress(?:wo)?man|Democrats?|Republicans?)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:of|from)\s+$/u;

export function constituency(doc: Document, m: Mention): boolean {
  return m.kind === 'PLACE' && CONSTITUENCY_BEFORE.test(doc.text.slice(Math.max(0, m.start - 70), m.start));
}
