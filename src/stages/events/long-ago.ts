import type { Span } from '../../model/span.ts';

/**
 * "Filipinos killed by American soldiers about a century ago", "massacred hundreds of villagers decades ago": an event
 * told as generations, decades or centuries ago is history the story recalls. The date stage reads spans it can put a
 * day or a year to ("18 months ago"); these it cannot, so the event would take the story's lead date and pass as news.
 * Read in the trigger's sentence after the trigger, and only for an event with no date of its own.
 */
const LONG_AGO = /\b(?:(?:about|nearly|almost|more than|over|some|a|half a|several|two|three|many)\s+)*(?:decades?|centur(?:y|ies)|generations?)\s+(?:ago|earlier|before)\b/i;

export function toldLongAgo(text: string, sentenceEnd: number, hit: Span, ownDate: boolean): boolean {
  return !ownDate && LONG_AGO.test(text.slice(hit.end, sentenceEnd));
}
