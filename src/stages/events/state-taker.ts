import type { SubEventType } from '../../model/taxonomy.ts';
import type { EventActor } from '../../model/document.ts';

// Why: ACLED's two territory types are told apart by who took the ground, and the actor recogniser often leaves the
// taker unnamed or in the wrong slot when the clause's subject is a generic state force ("The army units took control
// of …", "Forces loyal to the internationally recognised government have wrested control of …") or when the side the
// force cracked down on stands between it and the verb ("Afghan security forces in a crackdown on Taliban militants
// recaptured …"). With no taker, refineByActors falls back to the non-state type, which inverts the event.

const TERRITORY: ReadonlySet<SubEventType> = new Set(['Government regains territory', 'Non-state actor overtakes territory']);

/** A state force as the clause's subject: at most a few words (a determiner, a nationality, "national") before its head. */
const STATE_SUBJECT =
  /^\s*(?:(?:the|its|their)\s+)?((?:[\w’'.-]+\s+){0,3}?)(?:army(?:\s+(?:units|troops|soldiers))?|armed\s+forces|troops|soldiers|military(?:\s+forces)?|security\s+forces|government\s+(?:forces|troops|soldiers)|forces\s+loyal\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}government)\b/i;

/** Words that make the force before its head a non-state one ("rebel troops", "militia forces"). */
const NON_STATE = /\b(?:rebels?|militias?|militants?|separatists?|opposition|insurgents?|jihadists?|islamists?|anti-government|tribal|fighters|paramilitar(?:y|ies))\b/i;

/** "a crackdown on X", "an offensive against X": X is the side acted on, not the one acting. */
const TARGET_BEFORE = /\b(?:crackdown|offensive|operations?|campaign|assault|attacks?|fight|war|push)\s+(?:on|against)\s+(?:the\s+)?$/i;

/** A side that is a state force or a state (inter 1, or a state named as such); bomber-taken.ts reads sides the same way. */
export const isState = (a: EventActor | null): boolean => !!a && (a.actor.inter === 1 || a.actor.kind === 'state');

/**
 * The territory type and sides once the clause's subject is read: a state-force subject before the trigger makes a
 * territory change the government's when the rules named no taker, and a side named inside "a crackdown on …" between
 * that subject and the verb is the side that lost the ground. Other types and other clauses come back unchanged.
 */
export function stateTaker(
  text: string,
  sentenceStart: number,
  triggerStart: number,
  sub: SubEventType,
  actor1: EventActor | null,
  actor2: EventActor | null,
): [SubEventType, EventActor | null, EventActor | null] {
  if (!TERRITORY.has(sub) || isState(actor1)) return [sub, actor1, actor2];
  const m1 = actor1?.mention;
  // the acted-on side read as the taker: the state side named before it (a side, or the clause's subject) took the ground
  if (m1 && m1.end <= triggerStart && TARGET_BEFORE.test(text.slice(Math.max(sentenceStart, m1.start - 40), m1.start))) {
    if (isState(actor2) && actor2!.mention && actor2!.mention.end <= m1.start) return ['Government regains territory', actor2, actor1];
    if (stateSubject(text.slice(sentenceStart, m1.start))) return ['Government regains territory', null, actor1];
  }
  if (actor1) return [sub, actor1, actor2];
  return stateSubject(text.slice(sentenceStart, triggerStart)) ? ['Government regains territory', actor1, actor2] : [sub, actor1, actor2];
}

/**
 * "According to an army spokesman, militants took …", "Military officials said rebels seized …": the force word names
 * who told or who spoke, not the clause's subject; the taker, if any, comes after it. ("The army said it retook …"
 * keeps the army: a force that speaks for itself is still the subject.)
 */
const TELLER_BEFORE = /\b(?:according|to|of|by|from|for|with|said|says|told)\b/i;
const TELLER_AFTER = /^\s*(?:spokes(?:man|men|woman|person|people)|officials?|sources?|statements?|commanders?|chiefs?|media|press|website)\b/i;

function stateSubject(before: string): boolean {
  const subject = STATE_SUBJECT.exec(before);
  if (!subject || NON_STATE.test(subject[1] ?? '') || TELLER_BEFORE.test(subject[1] ?? '')) return false;
  return !TELLER_AFTER.test(before.slice(subject.index + subject[0].length));
}
