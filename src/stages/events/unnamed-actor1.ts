import type { Actor } from '../../model/actor.ts';
import type { SubEventType } from '../../model/taxonomy.ts';
import type { ConventionalActors } from './conventional.ts';

// Why: ACLED never leaves actor1 blank, and for some sub-event types the one who acted is a state force by what the
// event is. Where the story names no one, the convention's actor stands in (a blank is wrong against every gold row).

/**
 * The conventional actor1 of an event whose story names none, or null where no convention holds:
 * - "Government regains territory" is the government's by definition: the country's military;
 * - only states fly air strikes: an unnamed air force is ACLED's "Unidentified Military Forces";
 * - an arrest is made by the state: the country's police ("the arrests were made", "a wave of arrests"), unless
 *   those held are that police (never one force on both sides);
 * - a weapon intercepted or a bomb defused was stopped by the country's forces, unless the other side is a force of that
 *   same country (its weapon was stopped by someone else: "an armed pro-Syrian regime drone" shot down in Syria).
 */
export function unnamedActor1(sub: SubEventType, actor2: Actor | null, eventCountry: string | null, conventional: ConventionalActors): Actor | null {
  if (sub === 'Government regains territory') return conventional['state-forces'];
  if (sub === 'Air/drone strike') return conventional['unidentified-military'];
  if (sub === 'Arrests') return actor2 && actor2.name.startsWith('Police Forces of') && isStateOf(actor2, eventCountry) ? null : conventional.police;
  if (sub === 'Disrupted weapons use') return actor2 && isStateOf(actor2, eventCountry) ? null : conventional['state-forces'];
  return null;
}

function isStateOf(a: Actor, country: string | null): boolean {
  return a.inter === 1 && (a.country === null || a.country === country);
}
