import type { Span } from '../../model/span.ts';

/**
 * "Filipinos killed by American soldiers about a century ago", "massacred hundreds of villagers decades ago": an event
 * told as generations, decades or centuries ago is history the story recalls. The date stage reads spans it can put a
 * day or a year to ("18 months ago"); these it cannot, so the event would take the story's lead date and pass as news.
 * Read after the trigger in its own clause, and only for an event with no date of its own.
 */
// ("the forced takeover of farms at the end of the century", "at the turn of the millennium": the last century's end, told
// in a story of today, is as far back; "by the end of the century" looks ahead and is left out)
const LONG_AGO = /\b(?:(?:(?:about|nearly|almost|more than|over|some|a|half a|several|two|three|many)\s+)*(?:decades?|centur(?:y|ies)|generations?)\s+(?:ago|earlier|before)|(?:at|around|toward|towards|near)\s+the\s+(?:end|turn|close)\s+of\s+the\s+(?:last\s+|previous\s+|past\s+)?(?:century|millennium))\b/i;

/**
 * The phrase must stand in the trigger's own clause: "after nights of street violence, reviving the chant that rang a
 * decade ago" dates the chant, not the violence. No comma, semicolon or dash between, and no relative pronoun that
 * opens a clause of another verb.
 */
const OTHER_CLAUSE = /[,;:()]|\s[-–—]\s|\b(?:that|which|who|whom|when|where)\b/i;

export function toldLongAgo(text: string, sentenceEnd: number, hit: Span, ownDate: boolean): boolean {
  if (ownDate) return false;
  const m = LONG_AGO.exec(text.slice(hit.end, sentenceEnd));
  return !!m && !OTHER_CLAUSE.test(text.slice(hit.end, hit.end + m.index));
}
