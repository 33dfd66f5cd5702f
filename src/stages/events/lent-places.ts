import type { Document, Mention } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import { inOtherEventPhrase } from './other-event-phrase.ts';

/**
 * "before the events in Idlib (the province where the gas poisoning took place)", "Kunduz, where the bombing happened":
 * a place the story itself calls the scene of some event, by a relative phrase right after it. Group-free: the event
 * told is another than one whose trigger stands in a later sentence.
 */
const SCENE_OF_AFTER =
  /^\s*[,(]\s*(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?where\s+(?:the\s+|a\s+|an\s+|last\s+\p{L}+['’]s\s+)?(?:[\p{L}-]+\s+){0,3}?(?:attacks?|poisoning|bombings?|massacres?|shootings?|explosions?|blasts?|strikes?|fighting|clashes|killings?|incidents?|events?)\s+(?:took\s+place|happened|occurred|was\s+carried\s+out|were\s+carried\s+out|unfolded)\b/iu;

/**
 * Whether a place an earlier sentence names belongs to another event than the one whose place is sought, so that it
 * may not be lent to it: it stands inside a phrase telling another event ("despite a rocket attack on Jeddah", by
 * other-event-phrase.ts, the trigger standing in another sentence), or the story calls it that event's scene
 * (SCENE_OF_AFTER). An event whose own sentence names no place then takes the next place the story offers instead.
 */
export function placeOfOtherEvent(doc: Document, m: Mention, trigger: Span): boolean {
  if (m.kind !== 'PLACE') return false;
  return SCENE_OF_AFTER.test(doc.text.slice(m.end, m.end + 120)) || inOtherEventPhrase(doc, m, trigger);
}
