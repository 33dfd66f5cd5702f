import type { Document } from '../../model/document.ts';
import { eventTypeOf } from '../../model/taxonomy.ts';
import { OWN_DATE, type Candidate } from './candidate.ts';

// Why: "Three suicide attacks killed 60 people near Nassiriya on Thursday … the attackers targeted a police checkpoint and
// two restaurants, using car bombs and suicide vests": a telling whose attacker is a definite anaphor ("the attackers",
// "the gunmen") and which has no day of its own names the attack already told, from the side of another of its targets.
// Its other target kept the two tellings apart, one event as two records (issue 10). ACLED's unit is one attacker, place
// and day, so whichever target the retelling names, it is that event's.

/** "the attackers", "the two gunmen", "these bombers": a definite description of the attacking side. */
const DEFINITE_ATTACKER = /\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:attackers?|assailants?|gunm[ae]n|bombers?|raiders?)\s*$/i;

/** Whether `c`, told after `o`, retells o's attack through its definite attacker. */
export function retoldByAttacker(doc: Document, o: Candidate, c: Candidate): boolean {
  const m = c.actor1?.mention;
  if (!m || c.dateRank >= OWN_DATE || o.historical || c.historical || eventTypeOf(o.sub) !== eventTypeOf(c.sub)) return false;
  return DEFINITE_ATTACKER.test(doc.text.slice(Math.max(0, m.start - 30), m.end));
}
