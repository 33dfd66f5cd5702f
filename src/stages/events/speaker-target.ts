import type { ActorMention } from '../../model/document.ts';

// Why: "The Taliban said U.S. drones struck their positions", "the army said militants attacked its checkpoint": the
// possessive in the reported clause's object stands for the speaker, so the side that reports being hit is the target.
// Word order alone found no actor after the trigger and left the second side blank (or the civilians of the country).

/** Right after the event's words: an object the possessive makes someone's ("their positions", "on its bases"). */
const OWN_OBJECT_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:(?:on|at|against|near)\s+)?(?:their|its|our)\s+(?:[\w-]+\s+)?(?:positions?|bases?|fighters|members|men|posts?|checkpoints?|camps?|convoys?|troops|forces|headquarters|compounds?|units?|outposts?|patrols?|soldiers|barracks)\b/i;
/** A speaker: a mention a reporting verb follows ("The Taliban said on Tuesday that …", "the army, which said …" not). */
const SPEAKS_AFTER = /^\s*(?:(?:also|later|earlier|on\s+\w+|in\s+a\s+statement)\s+)*(?:said|says|told|reported|claimed|stated|announced|added)\b/i;

/**
 * The target a reported clause names only by a possessive: the speaker of the report, when the speaker is not already
 * the clause's actor1. Null when the clause's object names no one's positions or nobody reports.
 */
export function speakerTarget(text: string, sentence: { start: number; end: number }, hit: { start: number; end: number }, parties: readonly ActorMention[], actor1: ActorMention | null): ActorMention | null {
  if (!OWN_OBJECT_AFTER.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 50)))) return null;
  const speaker = parties.filter((m) => m.end <= hit.start && SPEAKS_AFTER.test(text.slice(m.end, Math.min(hit.start, m.end + 40)))).at(-1);
  if (!speaker || speaker === actor1 || speaker.actor?.id === actor1?.actor?.id) return null;
  return speaker;
}
