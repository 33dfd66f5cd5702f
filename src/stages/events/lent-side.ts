import type { ActorMention } from '../../model/document.ts';
import type { Candidate } from './candidate.ts';

// Why: a battle told with one side only ("Some fighting took place where the militants were surrounded") is fought by
// the armed side the sentence before names. But when that sentence told an event of its own, an armed actor it names
// outside that event's sides is no party to the fighting either: in "the president said France's military would fight
// on, but that the fall of the group's stronghold in Raqqa …" France is the speaker's subject, not the one that took
// Raqqa, and must not be lent to the next telling of the fall. Only the sides the event before was given may be lent;
// a sentence that told no event lends as before (news dev: France for a Raqqa takeover, issue 10).

/**
 * The mentions of the sentence before that may lend a side to a one-sided battle: all of them where that sentence told
 * no event, else only those naming one of the sides of the event it told.
 */
export function lendableSides(prev: readonly ActorMention[], prevIndex: number, last: Candidate | null): readonly ActorMention[] {
  if (!last || !last.sentences.includes(prevIndex)) return prev;
  const sides = new Set([last.actor1?.actor.id, last.actor2?.actor.id].filter((x): x is string => !!x));
  return prev.filter((m) => m.actor && sides.has(m.actor.id));
}
