import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';

/**
 * Words at most in a headline. Of UCDP GED's 2,908 distinct source headlines 98% have 15 words or fewer; of the
 * ACLED notes (9,000) and CASE 2021 snippets (1,019) the classifier learned from, 3% do.
 */
export const HEADLINE_WORDS = 15;

/**
 * A headline, not a brief the classifier can read: one short sentence without a calendar date ("Bombings kill 93
 * in Iraqi capital", "More than 82 killed in overnight Baghdad bombings"). The model learned from notes and snippets, which say when, where and who in full sentences; a
 * headline's few words are out of its reach (UCDP headlines: it retyped 23% of the rules' events, 48 of them into
 * another event type, which kept reports of one event from being merged). There the rules' type stands.
 */
export function isHeadline(doc: Document): boolean {
  if (doc.sentences.length !== 1) return false;
  if (doc.text.trim().split(/\s+/).length > HEADLINE_WORDS) return false;
  // A note states its day ("On 12 May 2022,"); a headline at most says "overnight" or "on Monday".
  return !mentionsOf(doc, 'DATE').some((d) => !d.dateline && d.value.anchor === 'explicit');
}
