import type { Document } from '../../model/document.ts';
import { sentenceAt } from '../../model/document.ts';
import type { Candidate } from './candidate.ts';

/**
 * Fighting within one armed group: "rival factions of the STC clashed", "rebel groups clashed with each other",
 * "infighting among Al Shabaab militants". ACLED codes the group on both sides (ACLED Middle East 2022: 15 rows with
 * actor1 = actor2, tribal and clan militias and STC units; world notes: 220 of 9,000, gangs and armed groups), while the
 * events stage, which never lets one force be both sides of an event, left the second side blank or filled it from the
 * story. Word order finds the one side the sentence names; the text's own words say the other is the same group.
 *
 * Only a non-state side (rebels, political or identity militias): "the army stepped in to stop clashes between rival
 * tribes" tells the army intervening, not the army fighting itself, and a mutiny is coded to a named mutineer.
 */

/** Words that say one group fought itself, anywhere in the trigger's sentence. */
const INFIGHTING = /\b(?:infighting|in-fighting|internecine|intra-(?:group|factional|faction|rebel|militia|tribal|clan|party)|internal\s+(?:clash(?:es)?|fighting|feud(?:ing)?|power\s+struggle))\b/i;
/** Right after the event's words: "clashed with each other", "fought among themselves". */
const RECIPROCAL_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:with\s+)?(?:each\s+other|one\s+another|among\s+themselves|between\s+themselves)\b/i;
/**
 * Rival parts of one group as the clause's subject: "rival factions of X", "gunmen from rival gangs", "two rival clans"
 * (read before the event's words only: after them, "clashed with rival militias" names another group).
 */
const RIVAL_PARTS = /(?:^|[.,;:\u2013\u2014-]\s*|\b(?:between|among|amongst|within|of|from)\s+)(?:the\s+|two\s+|several\s+|three\s+)?(?:rival|feuding|warring|competing)\s+(?:[\w'’-]+\s+){0,2}?(?:factions|clans|tribes|gangs|groups|wings|militias|units|families|commanders|brigades|branches)\b/i;
/** … and as a fight's sides after its words: "fighting between rival rebel groups". */
const BETWEEN_RIVALS = /^\s*(?:[\w-]+\s+){0,2}?(?:between|among|amongst)\s+(?:the\s+|two\s+|several\s+)?(?:rival|feuding|warring|competing)\s+(?:[\w'’-]+\s+){0,2}?(?:factions|clans|tribes|gangs|groups|wings|militias|units|families|commanders|brigades|branches)\b/i;
/** "factions of the STC", "between two wings of the group": parts of the one group named after "of". */
const PARTS_OF = /\b(?:between|among|amongst)\s+(?:two\s+|several\s+|rival\s+)*(?:factions|wings|branches|units|members)\s+of\b/i;

/** Non-state armed sides a fight within can split: rebels, political militias, identity militias. */
const SPLITTING_INTER: ReadonlySet<number> = new Set([2, 3, 4]);

/** How far before the event's words a subject naming rival parts may start. */
const REACH_BEFORE = 120;

/**
 * When a battle's sentence says one group fought itself and the candidate names that group on one side only (or on
 * both, the same actor), puts it on both sides and marks the candidate so the sides stay (distinctSides keeps them).
 */
export function fightWithin(doc: Document, c: Candidate): boolean {
  if (c.sub !== 'Armed clash') return false;
  const { actor1, actor2 } = c;
  const side = actor1 ?? actor2;
  if (!side || !SPLITTING_INTER.has(side.actor.inter)) return false;
  // two different groups named are two sides, whatever else the sentence says
  if (actor1 && actor2 && actor1.actor.id !== actor2.actor.id) return false;
  const s = doc.sentences[sentenceAt(doc.sentences, c.trigger.start)];
  if (!s) return false;
  const text = doc.text;
  const sentence = text.slice(s.start, s.end);
  // (from the sentence's start, so that "^" is its start: "Rival factions of the STC clashed")
  const lead = c.trigger.start - s.start <= REACH_BEFORE ? text.slice(s.start, c.trigger.end) : text.slice(c.trigger.start - REACH_BEFORE, c.trigger.end).replace(/^\S*/, '');
  const within = INFIGHTING.test(sentence) || RECIPROCAL_AFTER.test(text.slice(c.trigger.end, Math.min(s.end, c.trigger.end + 40))) || RIVAL_PARTS.test(lead) || PARTS_OF.test(lead) || BETWEEN_RIVALS.test(text.slice(c.trigger.end, Math.min(s.end, c.trigger.end + 80)));
  if (!within) return false;
  c.actor1 = side;
  c.actor2 = actor2 && actor2 !== side ? actor2 : { actor: side.actor, mention: null };
  c.within = true;
  return true;
}
