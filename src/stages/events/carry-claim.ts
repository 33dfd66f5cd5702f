import { eventTypeOf } from '../../model/taxonomy.ts';
import type { EventActor } from '../../model/document.ts';
import { attribute, type Candidate } from './candidate.ts';
import { datesOverlap, placesCompatible } from './merge.ts';
import { replaceable } from './attribution.ts';

/** Sentences after an event within which a claim or blame with no event words of its own still speaks of it. */
export const ATTRIBUTION_REACH = 2;

/** Event types a group claims: bombings, shelling and attacks on people, not battles (their sides are told) nor air strikes. */
const CLAIMABLE: ReadonlySet<string> = new Set(['Explosions/Remote violence', 'Violence against civilians']);

/**
 * "Islamic State said three of its fighters carried out an attack on a police station … The third blew himself up
 * later": a perpetrator's own claim of responsibility speaks of the attack of its article, however many sentences on
 * its parts are told. Where the article's claims all name one actor, every current attack told at the claimed event's
 * place and time that its words leave to no one or to unidentified attackers is that actor's. A blame is an accuser's
 * word about one event and is not carried so; several claimants leave each claim to the event it sits beside.
 */
export function carryClaim(merged: Candidate[], claims: readonly { actor: EventActor; sentence: number }[]): void {
  if (!claims.length || claims.some((c) => c.actor.actor.id !== claims[0].actor.actor.id)) return;
  const claimant = claims[0].actor;
  // the event each claim speaks of: the one its sentence tells, else the last one told within reach before it
  const before = (c: { sentence: number }) => merged.filter((m) => m.sentences[0] < c.sentence && c.sentence - Math.max(...m.sentences) <= ATTRIBUTION_REACH).at(-1);
  const anchors = claims.map((c) => merged.find((m) => m.sentences.includes(c.sentence)) ?? before(c)).filter((m): m is Candidate => !!m && !m.historical);
  for (const c of merged) {
    // (never one the text marks as another event: "Separately, a roadside bomb …")
    if (c.historical || c.separate || !CLAIMABLE.has(eventTypeOf(c.sub)) || c.sub === 'Air/drone strike' || !replaceable(c.actor1) || c.actor2?.actor.id === claimant.actor.id) continue;
    if (anchors.some((a) => placesCompatible(a.place, c.place) && datesOverlap(a.date, c.date))) attribute(c, claimant);
  }
}
