import type { Actor } from '../../model/actor.ts';
import type { EventActor, Sentence } from '../../model/document.ts';
import type { SubEventType } from '../../model/taxonomy.ts';
import type { TriggerHit } from './triggers.ts';
import { isState } from './state-taker.ts';

// Why: a suicide bombing is the bomber's own act, and its words outweigh every other trigger (weight 8). When the words
// name the person a state force acted on ("police arrested a suicide bomber wearing an explosives vest", "Iraqi forces
// killed the suicide bomber before he reached the crowd") or a bomber who blew himself up as forces stormed his hideout,
// the bombing type won anyway and the force became a suicide bomber or its victims civilians (issue 10 review: a state
// force killing or capturing a militant coded as a suicide bomb). ACLED codes an arrest by state forces as Arrests and
// state forces fighting an armed group as a battle.

/** A verb of taking or killing a person, and the start of its object: "arrested a would-be", "killed the", "shot dead an al Shabaab". */
const TAKEN_BEFORE = /\b(?:killed|shot(?:\s+and\s+killed|\s+dead)?|gunned\s+down|arrested|detained|captured|caught|apprehended|seized|intercepted|stopped|neutrali[sz]ed|overpowered|subdued)\s+(?:(?:a|an|the|two|three|one|\d+)\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/** What a taken person wore or carried: "… a bomber wearing an explosives vest", "… a man with a suicide belt". */
const WORN_BEFORE = /\b(?:killed|shot(?:\s+dead)?|gunned\s+down|arrested|detained|captured|caught|apprehended|intercepted|stopped|neutrali[sz]ed)\s+(?:[\w'’-]+\s+){1,5}(?:who\s+(?:was|were)\s+)?(?:wearing|carrying|strapped\s+with|with)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}$/i;

/** The trigger rule of one armed person killed (lexicons/event-triggers.jsonl): "troops killed a militant". */
const ARMED_ONE_KILLED = 'clash-one-armed';

/** Suicide-bomb words that are a person, not an act: "bomber(s)", "attacker(s)", "kamikaze(s)". */
const PERSON = /(?:bombers?|attackers?|kamikazes?)$/i;

/**
 * The live triggers without the suicide-bomb words that name the person a verb of taking or killing acted on ("arrested
 * a suicide bomber") or what that person wore ("… wearing an explosives vest"): the bomb did not go off, the force's
 * act is the event. Nor an attack's words that are the verb of one armed person killed. Other words come back unchanged.
 */
export function bomberTaken(text: string, s: Sentence, hits: readonly TriggerHit[]): TriggerHit[] {
  const armedKilled = hits.filter((h) => h.rule.id === ARMED_ONE_KILLED);
  return hits.filter((h) => {
    // ("French soldiers shot and killed an attacker": "shot and killed" read alone is an attack on someone; read with its
    // object, an armed man, it is the clash rule's, and ACLED's attack needs unarmed victims)
    if (h.rule.sub === 'Attack' && armedKilled.some((k) => k.start <= h.start && h.end <= k.end)) return false;
    if (h.rule.sub !== 'Suicide bomb') return true;
    const before = text.slice(Math.max(s.start, h.start - 80), h.start);
    const words = text.slice(h.start, h.end);
    if (PERSON.test(words) && TAKEN_BEFORE.test(before)) return false;
    return !WORN_BEFORE.test(before);
  });
}

/** A state force's raid on the bomber's hideout, told beside the blast: "as police stormed his apartment", "during a special forces raid". */
const RAID = /\b(?:storm(?:ed|ing)|raid(?:ed|ing|s)?|special\s+operation|security\s+operation|counter-?terrorism\s+operation|surround(?:ed|ing))\b/i;

const isArmed = (a: EventActor | null): boolean => !!a && a.actor.inter >= 2 && a.actor.inter <= 4;

/**
 * The type and sides of a suicide bombing once the roles are read. A state force never bombs itself up: a state actor1
 * means the suicide words named the one it fought, so the event is a battle (Armed clash). A bomber who blew himself up
 * against a state force whose raid or storming the sentence tells fought that raid: the force is actor1 of a battle
 * and the bomber's side actor2 (news dev codes a raid ended by a militant blowing himself up as an armed clash). A
 * bombing of a state force with no raid told (a checkpoint struck) stays a suicide bomb.
 */
export function bomberFought(text: string, s: Sentence, sub: SubEventType, actor1: EventActor | null, actor2: EventActor | null, unknownArmed: Actor): [SubEventType, EventActor | null, EventActor | null] {
  if (sub !== 'Suicide bomb') return [sub, actor1, actor2];
  if (isState(actor1) && !isState(actor2)) return ['Armed clash', actor1, actor2];
  // (an unnamed bomber is the unidentified armed group, as the bombing would have coded him)
  if (isState(actor2) && (!actor1 || isArmed(actor1)) && RAID.test(text.slice(s.start, s.end))) return ['Armed clash', actor2, actor1 ?? { actor: unknownArmed, mention: null }];
  return [sub, actor1, actor2];
}

/**
 * Whether a side told in another telling of a suicide bombing may fill its bomber's slot: never a state force ("two
 * suicide attackers were involved" merged with "the United States launched air strikes" made the U.S. the bomber).
 */
export function mayBeBomber(sub: SubEventType, actor: EventActor | null): boolean {
  return sub !== 'Suicide bomb' || !isState(actor);
}
