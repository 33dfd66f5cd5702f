import type { Actor } from '../../model/actor.ts';
import type { ActorMention, Document, EventActor } from '../../model/document.ts';
import type { Candidate } from './candidate.ts';
import { eventTypeOf } from '../../model/taxonomy.ts';
import { assignRoles, isParty } from './roles.ts';

// Why: "Militants attacked an army base", "troops killed 12 militants": a word for armed men that the story ties to no
// named group (no group it could mean was named in the sentences before) leaves its argument slot empty, and the event
// with one side or none. ACLED codes such men as the unidentified armed group of the event's country. Filled only after
// every other way to name the side failed (the clause, the sentences beside it, the story's most-named armed actor): a
// named group, when the story has one, is always the better answer.

/** Bare words for armed men that name no group: "militants", "the insurgents", "12 gunmen". */
const ARMED_MEN = /^(?:the\s+|some\s+|several\s+|dozens\s+of\s+|\d+\s+)?(?:suspected\s+)?(?:militants?|insurgents?|jihadists?|extremists?|terrorists?|gunmen|militiamen|armed\s+men|fighters|rebels?|rebel\s+fighters)$/i;

/**
 * "The army killed 12 militants": a state's forces named only by their word, with no state named before to point to. The
 * actors stage leaves them a doubtful fallback (the event country's military), and ACLED codes them so: the forces of the
 * country where they fight. (Never "the government", whose acts are rarely its army's.)
 */
const UNNAMED_STATE_FORCES = /^(?:the\s+)?(?:army|military|armed\s+forces|security\s+forces|government\s+forces|regime\s+forces|state\s+forces|troops|soldiers)$/i;
/** Strikes from afar hit whoever is in their target slot ("an air strike on a militant hideout"): ACLED names that side. */
const STRIKES: ReadonlySet<string> = new Set(['Air/drone strike', 'Shelling/artillery/missile attack']);

const UNIDENTIFIED: Actor = { id: 'unidentified-armed-group', name: 'Unidentified Armed Group ({country})', inter: 3, country: null, kind: 'unknown' };

/** A mention of armed men the actors stage could tie to no actor (or only doubtfully, to a fallback). */
function unnamedArmedMen(m: ActorMention): boolean {
  return !isParty(m) && m.via === 'description' && ARMED_MEN.test(m.text.trim());
}

/** A mention of a state's forces the actors stage could tie to no state, whose fallback is the event country's military. */
function unnamedStateForces(m: ActorMention): boolean {
  return !isParty(m) && m.via === 'description' && !!m.actor?.name.startsWith('Military Forces of {country}') && UNNAMED_STATE_FORCES.test(m.text.trim());
}

/**
 * Fills the candidate's empty actor1 (any event) or a battle's empty actor2 with the unidentified armed group where its
 * trigger's clause puts bare armed men in that slot (its subject, its object). Filled slots are left alone.
 */
export function fillSlotGenerics(doc: Document, c: Candidate, mentions: readonly ActorMention[]): void {
  if (c.actor1 && c.actor2) return;
  const s = doc.sentences.find((x) => x.start <= c.trigger.start && c.trigger.start < x.end);
  if (!s) return;
  const own = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const standIns = new Set<ActorMention>();
  const withStandIns = own.map((m) => {
    if (!unnamedArmedMen(m) && !unnamedStateForces(m)) return m;
    // ("rebels" keep the generic their words give, ACLED's "Opposition Rebels (Syria)"; the rest are unidentified)
    const stand: ActorMention = { ...m, actor: m.actor ?? UNIDENTIFIED, confidence: 0.6 };
    standIns.add(stand);
    return stand;
  });
  if (standIns.size === 0) return;
  const roles = assignRoles(doc.text, s, c.trigger, withStandIns);
  // (never the same generic on both sides)
  const fill = (m: ActorMention | null, other: EventActor | null): EventActor | null => (m && standIns.has(m) && m.actor!.id !== other?.actor.id ? { actor: m.actor!, mention: m } : null);
  if (!c.actor1) c.actor1 = fill(roles.actor1, c.actor2);
  // (a second side only for a battle, which has two by definition, or a strike from afar on armed men: elsewhere a target
  // left unnamed keeps ACLED's own convention, civilians for an attack)
  if (!c.actor2 && (eventTypeOf(c.sub) === 'Battles' || STRIKES.has(c.sub))) c.actor2 = fill(roles.actor2, c.actor1);
}
