/**
 * Event coreference inside one report (issue 10: one real event is one record). Tests the merge of events/index.ts
 * asks beside same type, sides, place and time: whether a missile attack and its interception are one event, and
 * whether a sentence only puts the toll of the event told before it. Measured on the own news gold TRAIN part with
 * bench/news-coref.ts.
 */
import type { Span } from '../../model/span.ts';
import type { SubEventType } from '../../model/taxonomy.ts';

/** Sub-event types that tell a missile or rocket fired (the attack an interception stopped). */
const FIRED: ReadonlySet<SubEventType> = new Set(['Shelling/artillery/missile attack', 'Air/drone strike']);
const MISSILE = /\b(?:missiles?|rockets?|ballistic)\b/i;

/**
 * "Saudi air defense forces intercepted a ballistic missile fired towards Riyadh … The missile was brought down on
 * Saturday evening": a missile attack and its interception at one place and time are one event, ACLED's disrupted
 * weapons use (a Strategic development, so the merge by event type never joined them). The fired side's text must
 * name a missile or rocket: an air raid is no intercepted missile.
 */
export function firedAndStopped(a: SubEventType, b: SubEventType, firedText: (which: 'a' | 'b') => string): boolean {
  if (a === 'Disrupted weapons use' && FIRED.has(b)) return MISSILE.test(firedText('b'));
  if (b === 'Disrupted weapons use' && FIRED.has(a)) return MISSILE.test(firedText('a'));
  return false;
}

/** "put the death toll at six soldiers", "the death toll rose to 40": the sentence gives the toll of an event already told. */
const PUTS_TOLL = /\b(?:put|puts|putting|placed|set)\s+the\s+(?:death\s+|casualty\s+)?toll\s+at\b|\b(?:death|casualty)\s+toll\s+(?:rose|climbed|stood|was|had risen|has risen|reached)\b/i;

/**
 * Whether a sentence only tells the toll of the event before it, whatever event words the description of its source
 * or victims holds ("A member of a vigilante group … put the death toll at six soldiers": no mob violence).
 */
export function tellsToll(text: string, s: Span): boolean {
  return PUTS_TOLL.test(text.slice(s.start, s.end));
}
