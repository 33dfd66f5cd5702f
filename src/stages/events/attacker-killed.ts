import { sentenceAt, type Document } from '../../model/document.ts';
import type { Candidate } from './candidate.ts';

// Why: "Mateen, 29, was shot dead by police who stormed the club": in a story of an attack, a person the state's forces
// shot is most often the attacker, and the force is his opponent, never the attack's perpetrator. Merged with the
// telling of the attack ("… who killed 49 people at a nightclub"), that telling's force must not fill the attack's empty
// or unidentified actor1 (news dev: police coded as the Orlando gunman, issue 10). The telling stays evidence of the
// event; only its side is not lent.

/** "X was shot dead by police", "were killed by security forces": a passive killing whose "by" agent is a state force. */
const KILLED_BY_FORCE = /\b(?:was|were)\s+(?:\w+ly\s+)?(?:shot(?:\s+dead|\s+and\s+killed)?|killed|gunned\s+down|fatally\s+shot)\s+(?:\w+\s+){0,3}?by\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,2}?(?:police(?:men)?|officers?|security\s+forces|troops|soldiers|commandos|snipers?|swat)\b/i;

/**
 * A telling whose only side is a state force that killed an unnamed one (a person the actors stage names no actor:
 * "Mateen was shot dead by police"): its force shot someone, it is no side lent to the attack told beside it.
 */
export function forceKilledSomeone(doc: Document, c: Candidate): boolean {
  if (!c.actor1 || c.actor2 || c.actor1.actor.inter !== 1) return false;
  const s = doc.sentences[sentenceAt(doc.sentences, c.trigger.start)];
  if (!s) return false;
  const m = KILLED_BY_FORCE.exec(doc.text.slice(s.start, s.end));
  // (the agent the pattern found is the telling's own actor1)
  return !!m && !!c.actor1.mention && s.start + m.index <= c.actor1.mention.start && c.actor1.mention.start < s.start + m.index + m[0].length;
}
