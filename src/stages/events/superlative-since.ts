/**
 * "the deadliest attack since 2014", "one of the worst bombings since President X came to power in 2015": a year that a
 * superlative's "since" opens is the far end of a comparison, never the day of the event the sentence tells. Read as the
 * event's date it made the news background (a year long past) or dated an undated retelling ("The bombing was the
 * deadliest since 2014") to that year, so that it became a record of its own. Such a year dates nothing in the story.
 */
import type { DateMention } from '../../model/document.ts';

/** A superlative (or "first … since"), then "since" and up to ten words of one clause before the year. */
const SUPERLATIVE_SINCE = /\b(?:\w{3,}iest|worst|biggest|largest|heaviest|highest|bloodiest|fiercest|greatest|most\s+[\w-]+|first)\b(?:\s+[\w'’-]+){0,8}?\s+since\s+(?:[^\s,.;:]+\s+){0,10}$/i;

/** How far back from the year the superlative may stand. */
const REACH = 160;

export function superlativeSince(text: string, d: DateMention): boolean {
  return d.value.precision === 4 && SUPERLATIVE_SINCE.test(text.slice(Math.max(0, d.start - REACH), d.start));
}
