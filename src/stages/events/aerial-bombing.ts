import type { Document, EventActor } from '../../model/document.ts';
import type { SubEventType } from '../../model/taxonomy.ts';
import type { TriggerHit } from './triggers.ts';

/**
 * "Russian bombing raids in Idlib", "U.S. bombardment", "the Syrian army bombing of rebel areas", "the US-led coalition
 * bombing of Raqqa": a bombing word whose own phrase names a state's military or a foreign coalition as its doer (the
 * name within the trigger or right before it) tells bombs dropped from the air, not a bomb planted. Armies and coalitions
 * are not said to "bomb" with a device they hid. A bare "bombing" after a country's name names no military ("Iraq
 * bombing kills 10"), nor does a military named elsewhere in the sentence ("police said a bombing …").
 */
export function aerialBombing(doc: Document, sub: SubEventType, actor1: EventActor | null, hit: TriggerHit): SubEventType {
  if (sub !== 'Remote explosive/landmine/IED' || !actor1?.mention) return sub;
  const a = actor1.actor;
  const military = (a.inter === 1 && a.name.startsWith('Military Forces of')) || (a.inter === 8 && /coalition/i.test(a.name));
  if (!military) return sub;
  const m = actor1.mention;
  const within = m.start < hit.end && m.end > hit.start;
  const before = m.end <= hit.start && /^\s*$/.test(doc.text.slice(m.end, hit.start));
  return within || before ? 'Air/drone strike' : sub;
}
