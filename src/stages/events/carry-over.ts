import type { Claim } from '../../model/claim.ts';
import type { EventActor } from '../../model/document.ts';
import { eventTypeOf, type SubEventType } from '../../model/taxonomy.ts';
import { claimantKey } from '../claims/fatalities.ts';

/** Head nouns that name state forces, and armed non-state fighters, as the victims of a figure. */
const STATE_VICTIMS = /\b(?:soldiers?|troops?|servicemen|policem[ae]n|police officers?|officers|security (?:personnel|forces|men)|guards?|conscripts?)$/i;
const ARMED_VICTIMS = /\b(?:fighters?|militants?|rebels?|insurgents?|jihadists?|gunmen|militiamen|attackers?|terrorists?)$/i;

/**
 * Whether a figure in a sentence with no event of its own belongs to the event told just before it.
 * In a one-sided attack the side that struck is not the one that died: after "the army's air strikes killed
 * 20 fighters", "the group said it had killed 15 soldiers" is the other side's claim about another fight.
 * Only a figure another claimant gives is set apart; the report's own "Three soldiers were killed" stays.
 */
export function carriesOver(claim: Claim, last: { sub: SubEventType; actor1: EventActor | null; claims: readonly Claim[] }): boolean {
  if (eventTypeOf(last.sub) === 'Battles' || !claim.victims || !claim.claimant) return true;
  const key = claimantKey(claim.claimant);
  if (last.claims.some((c) => claimantKey(c.claimant) === key)) return true;
  const victims = claim.victims.trim();
  const striker = last.actor1?.actor ?? null;
  const stateStruck = striker ? striker.inter === 1 : last.sub === 'Air/drone strike';
  if (STATE_VICTIMS.test(victims)) return !stateStruck;
  if (ARMED_VICTIMS.test(victims)) return !(striker && (striker.inter === 2 || striker.inter === 3));
  return true;
}
