import type { Claim } from '../../model/claim.ts';
import type { Span } from '../../model/span.ts';
import { multiDayTotal } from './multi-day-total.ts';

// Why: "two drone strikes on Tuesday killed 11 people, following a strike a day earlier that killed 20", "an air strike
// killed 11 in Saada, two days after a strike on a market in Hajjah killed 20": the figure inside a phrase that tells an
// earlier event (an offset "N days after", or "following … earlier") is that event's toll, not the one-day event's. Summed
// or preferred as a later figure, it gave the day's strike the other day's dead (issue 10: a different event is not one record).

const OFFSET = String.raw`(?:(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|few|\d+)\s+)?(?:days?|weeks?|hours?|nights?)`;
const EVENT_NOUN = String.raw`(?:[\w'’-]+\s+){0,4}?(?:strikes?|airstrikes?|attacks?|bombings?|blasts?|explosions?|raids?|ambush(?:es)?|shelling|clashes|massacre|assault)\b`;
/** "a day after a strike …", "days after an attack …", "following a strike a day earlier …", "after another attack last week …". */
const OPENER = new RegExp(String.raw`\b(?:${OFFSET}\s+after\s+(?:an?|another|the)\s+${EVENT_NOUN}|(?:following|after)\s+(?:an?|another)\s+${EVENT_NOUN}[^,;]{0,40}?\b(?:earlier|before|previous(?:ly)?|last\s+week)\b)`, 'gi');

/** Whether the claim's figure stands in a phrase (opener to the next comma) that tells an earlier event than the trigger's. */
export function earlierEventToll(text: string, sentence: Span, trigger: Span, claim: Claim): boolean {
  const before = text.slice(sentence.start, claim.start);
  let last: RegExpExecArray | null = null;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(before); m; m = OPENER.exec(before)) last = m;
  if (!last) return false;
  const opens = sentence.start + last.index;
  // (the trigger inside the phrase tells that earlier event itself, whose figure it is)
  if (trigger.start >= opens && trigger.start < claim.start) return false;
  return !/[,;]/.test(text.slice(opens, claim.start));
}

/** A figure that is no toll of an event of one day: a total over several days, or an earlier event's. */
export const notTheDaysToll = (text: string, sentence: Span, trigger: Span, claim: Claim) => multiDayTotal(text, sentence, claim) || earlierEventToll(text, sentence, trigger, claim);
