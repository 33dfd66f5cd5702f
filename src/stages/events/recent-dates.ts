/**
 * "More recently, a U.S. agency worker was detained in Istanbul", "police also recently arrested dozens": a sentence
 * with no date of its own that says its happening was recent tells it on some day before the report, not on the lead's
 * day (the statement or meeting the story opens with) nor on the day the sentence before named. Its lent day so becomes
 * the two weeks up to that day (GUIDELINE: a range for vague dates).
 */
import type { DateValue } from '../../model/date-value.ts';
import { addDays } from '../../model/date-value.ts';
import type { Document, Sentence } from '../../model/document.ts';
import { precisionForRange } from '../dates/calendar.ts';

/**
 * The adverb, or the adjective on the event's noun ("recent Russian bombing in Idlib had killed civilians", "captured
 * four districts in recent attacks", "A recent visit … was greeted by a rocket attack"): the news gold dates such an event
 * over the weeks before the report too. ("in recent days" is a date mention of its own, so never lent a day.)
 */
const RECENTLY = /\b(?:recently|lately|recent)\b/i;

/** How far before the lent day a "recent" happening may lie: two weeks, within the news window (three weeks). */
const RECENT_REACH = 13;

export function recentlyLent(doc: Document, s: Sentence, lent: DateValue | null): DateValue | null {
  if (!lent || lent.precision > 2 || !RECENTLY.test(doc.text.slice(s.start, s.end))) return lent;
  const earliest = addDays(lent.latest, -RECENT_REACH);
  if (earliest >= lent.earliest) return lent;
  return { ...lent, earliest, precision: precisionForRange(earliest, lent.latest) };
}
