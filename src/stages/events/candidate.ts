import type { Claim } from '../../model/claim.ts';
import type { DateValue } from '../../model/date-value.ts';
import type { EventActor, PlaceMention } from '../../model/document.ts';
import type { SubEventType } from '../../model/taxonomy.ts';
import type { Actor } from '../../model/actor.ts';
import type { TriggerHit } from './triggers.ts';
import { COUNTRY_PLACEHOLDER } from '../actors/generic.ts';
import { withoutPeriod } from './periods.ts';
import { replaceable } from './attribution.ts';
import { unitApart } from './factions.ts';

/** What the events stage knows of one event while it reads a story, before sentences telling the same event merge. */
export interface Candidate {
  sub: SubEventType;
  score: number;
  trigger: TriggerHit;
  sentences: number[];
  actor1: EventActor | null;
  actor2: EventActor | null;
  assoc1: EventActor[];
  place: PlaceMention | null;
  date: DateValue | null;
  historical: boolean;
  claims: Claim[];
  /** Figures told beside the event that are not its toll (a total over months, an older event's dead): kept as claims, never counted. */
  context: Claim[];
  certainty: number;
  order: number;
  /** The text marks this as another event ("also seized", "separately"): never merged into an earlier one. */
  separate: boolean;
  /** The trigger is a bare event noun ("the attacks", "Monday's strike"), whose sub-event type is only a default guess. */
  generic: boolean;
  /** The sentence names who carried the event out by a claim or blame ("X claimed responsibility"), not as a subject. */
  attributed: EventActor | null;
  /** The date is only the day a statement told of the event ("…, the army said on Monday"), not the event's own. */
  statementDay: boolean;
  /**
   * How much the date is the event's own: OWN_DATE when its clause dates it; REACTION_DATE the week before a reaction
   * that names it; LENT_DATE the story's lead day or the day the sentence before went on in, which says nothing of it.
   */
  dateRank: DateRank;
  /** The trigger is a noun the text makes definite ("the gas attack", "the Orlando nightclub massacre"): an event it knows. */
  definite: boolean;
  /** One group fought itself ("rival factions of X clashed"): the same actor is both sides (infighting.ts). */
  within?: boolean;
}

export const LENT_DATE = 0;
export const REACTION_DATE = 1;
export const OWN_DATE = 2;
export type DateRank = typeof LENT_DATE | typeof REACTION_DATE | typeof OWN_DATE;

/** Sub-event types with one side only: the actor who changed, set up a base or was given territory. */
export const ONE_SIDED: ReadonlySet<SubEventType> = new Set(['Change to group/activity', 'Headquarters or base established', 'Other']);

/**
 * One actor is never both sides of an event ("Islamic State took territory from Islamic State"): the second
 * mention is coreference gone wrong, so the target is unknown. A one-sided development names its actor first.
 */
export function distinctSides(c: Candidate): [EventActor | null, EventActor | null] {
  let { actor1, actor2 } = c;
  if (c.within) return [actor1, actor2];
  // ("Military Forces of Syria (2000-)" named and "Military Forces of Syria" from "troops" are one side too; a named unit
  // such as the Peshmerga and the troops are two: factions.ts)
  if (actor1 && actor2 && !CROWD_KINDS.has(actor1.actor.kind ?? '') && (actor1.actor.id === actor2.actor.id || (sameForce(actor1.actor, actor2.actor, c.place?.place?.countryCode ?? null) && !unitApart(actor1.actor, actor2.actor)))) actor2 = null;
  if (ONE_SIDED.has(c.sub) && !actor1 && actor2) [actor1, actor2] = [actor2, null];
  return [actor1, actor2];
}

/**
 * One state force named twice: with and without its period, or once by name and once as "troops" of the event's
 * country ("The Syrian army … a corridor to troops in Deir al-Zor").
 */
export function sameForce(a: Actor, b: Actor, eventCountry: string | null): boolean {
  if (withoutPeriod(a.name) === withoutPeriod(b.name)) return true;
  const [named, implied] = a.name.includes(COUNTRY_PLACEHOLDER) ? [b, a] : [a, b];
  if (!implied.name.includes(COUNTRY_PLACEHOLDER) || named.name.includes(COUNTRY_PLACEHOLDER) || !named.country || named.country !== eventCountry) return false;
  return withoutPeriod(named.name).startsWith(implied.name.replace(COUNTRY_PLACEHOLDER, '').trim());
}

/** A claim or blame names who carried out an event its text left unnamed or to unidentified gunmen. */
export function attribute(c: Candidate, a: EventActor): void {
  if (!replaceable(c.actor1) || c.actor2?.actor.id === a.actor.id) return;
  c.actor1 = a;
  c.attributed = a;
}


/** Kinds of actor that are crowds of people, never one organisation: two named crowds of one kind are one. */
export const CROWD_KINDS = new Set(['protesters', 'rioters', 'civilians']);
