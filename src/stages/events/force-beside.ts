import type { ActorMention, Document, EventActor } from '../../model/document.ts';
import type { Candidate } from './candidate.ts';
import { isParty } from './roles.ts';

// Why: "Twelve militants were killed in a shootout near Arish, security sources said. Police said they had raided a
// hideout there", "… were detained on Tuesday; soldiers had opened fire on the car": the clause that tells the event names
// no agent, and the state force that acted is the subject of its own clause beside it (the event's sentences or the one
// right after). ACLED codes that force; the event was left with no actor1.

/** "police said they had raided", "the army said on Monday it killed": a force reporting its own act. */
const SAID_OWN_ACT = /^\s*(?:\S+\s+){0,2}?(?:said|says|reported|announced|confirmed)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+|have\s+|has\s+)?(?:also\s+)?/i;
/** "soldiers opened fire", "troops had also raided": a force as the subject of its act. */
const ACTED = /^\s*(?:had\s+|have\s+|has\s+)?(?:also\s+|then\s+|later\s+)?/i;

/** The verbs of acts that are each sub-event type's own, by a force that carried it out. */
const ACTS: Readonly<Record<string, RegExp>> = {
  'Armed clash': /^(?:clashed|fought|raided|stormed|repelled|opened\s+fire|exchanged\s+fire|killed|shot)\b/i,
  'Arrests': /^(?:arrested|detained|raided|rounded\s+up|apprehended)\b/i,
  'Disrupted weapons use': /^(?:defused|dismantled|intercepted|shot\s+down|foiled|thwarted|seized)\b/i,
};

/**
 * The state force that a clause beside the event says did the event's act, for an event still without actor1: the
 * first one in its sentences, then in the sentence after them. null when the event has an actor1, is of another type,
 * or no state force is the subject of such an act (a force that only reports, "police said the bomb exploded", did not act).
 */
export function forceActingBeside(doc: Document, c: Candidate, mentions: readonly ActorMention[]): EventActor | null {
  const act = ACTS[c.sub];
  if (c.actor1 || !act) return null;
  const told = [...new Set(c.sentences)].sort((a, b) => a - b);
  const within = [...told, told.at(-1)! + 1];
  for (const i of within) {
    const force = mentions.find((m) => m.sentence === i && isParty(m) && m.actor!.inter === 1 && m.actor!.kind === 'state' && m.actor!.id !== c.actor2?.actor.id && actsAfter(doc.text, m, act));
    if (force) return { actor: force.actor!, mention: force };
  }
  return null;
}

function actsAfter(text: string, m: ActorMention, act: RegExp): boolean {
  const after = text.slice(m.end, m.end + 80);
  const said = SAID_OWN_ACT.exec(after);
  const lead = said ?? ACTED.exec(after);
  return !!lead && act.test(after.slice(lead[0].length));
}
