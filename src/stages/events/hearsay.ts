/**
 * Hearsay is not an event (issue 10, news-gold GUIDELINE: code what the article reports as having happened). "Rumours
 * of mob attacks spread through the city", "unverified footage of soldiers beating a man", "reports that crowds had
 * attacked shops could not be confirmed": the happening is only talked of, never asserted by the report or a named
 * source. A rumour or an unverified account governs the event it names in its own clause; a plain "reports of/that"
 * does so only where the sentence itself says the reports were not confirmed (a wire's "reports that militants seized
 * the town" is otherwise its way of telling news).
 */
import type { Sentence } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';

/** Words of the same clause between the hearsay noun and the trigger (no comma or stop: "Amid rumours, troops fired" is news). */
const SAME_CLAUSE_WORDS = String.raw`(?:\s+[^\s,.;:!?“”"()]+){0,8}\s*$`;

/** A rumour or an account the words themselves call unverified. */
const RUMOUR_BEFORE = new RegExp(String.raw`\b(?:rumou?rs?|rumou?red|hearsay|(?:unconfirmed|unverified|unsubstantiated)\s+(?:reports?|accounts?|claims?|stories|videos?|footage|posts?|images?))\b${SAME_CLAUSE_WORDS}`, 'i');

/** "reports that …", "reports of …": hearsay only when the sentence says they stand unconfirmed. */
const REPORTS_BEFORE = new RegExp(String.raw`\breports?\s+(?:of|that)\b${SAME_CLAUSE_WORDS}`, 'i');
const NOT_CONFIRMED = /\b(?:(?:could|can|did|were|was|have|has)\s*(?:not|n['’]t)\s+(?:be\s+|been\s+)?(?:immediately\s+|independently\s+)?(?:confirmed|verified|confirm|verify)|unconfirmed|no\s+confirmation|(?:was|were)\s+unable\s+to\s+(?:confirm|verify))\b/i;

/**
 * "X has fired a cruise missile at Y, the group's television reported, without providing any evidence": a claim the report
 * itself marks as unsupported, which the news gold does not code. Not where the sentence blames or accuses someone: "blamed
 * the attack on Iran, without providing evidence" doubts who did it, not that it happened.
 */
const NO_EVIDENCE_AFTER = /\bwithout\s+(?:providing|giving|offering|citing|presenting|showing)\s+(?:any\s+)?(?:evidence|proof)\b/i;
const BLAME = /\b(?:blam\w*|accus\w*|responsib\w*)\b/i;

/** Whether the trigger's event is only rumoured, reported unconfirmed, or claimed without evidence in its sentence. */
export function toldAsHearsay(text: string, s: Sentence, clauseBefore: string, hit: Span): boolean {
  if (RUMOUR_BEFORE.test(clauseBefore)) return true;
  if (NO_EVIDENCE_AFTER.test(text.slice(hit.end, s.end)) && !BLAME.test(text.slice(s.start, s.end))) return true;
  return REPORTS_BEFORE.test(clauseBefore) && NOT_CONFIRMED.test(text.slice(hit.end, s.end));
}
