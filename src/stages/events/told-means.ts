import type { Document } from '../../model/document.ts';
import type { SubEventType } from '../../model/taxonomy.ts';
import type { Candidate } from './candidate.ts';

/** Sub-event types that name how people were killed from afar or by a device: the weapon, which a bare toll leaves open. */
const MEANS: ReadonlySet<SubEventType> = new Set(['Suicide bomb', 'Remote explosive/landmine/IED', 'Air/drone strike', 'Grenade', 'Shelling/artillery/missile attack']);

/**
 * A toll told with no weapon ("Army kills 31 terrorists in Raqqa", "20 militants killed in Idlib"): the clash rule's
 * killing words type it an armed clash for want of any other word, as a guess, not because anyone fought back. Words
 * of fighting in the trigger ("clashes kill", "fighting kills") are two-sided and no mere toll.
 */
function bareToll(doc: Document, c: Candidate): boolean {
  if ((c.sub !== 'Armed clash' && c.sub !== 'Attack') || c.trigger.rule.id !== 'clash') return false;
  const words = doc.text.slice(c.trigger.start, c.trigger.end);
  return /\bkill/i.test(words) && !/\b(?:clash|fight|battl|violence|attack)/i.test(words);
}

/** The figures of dead a telling gives as its own (not context), exact numbers only. */
function tolls(c: Candidate): Set<number> {
  const out = new Set<number>();
  for (const cl of c.claims) if (cl.what === 'killed' && cl.low !== null && cl.low > 1 && (cl.high === null || cl.high === cl.low)) out.add(cl.low);
  return out;
}

/**
 * A bare toll and a telling of its weapon with the same number of dead ("Syrian Army kills 31 ISIL terrorists in Raqqa"
 * … "warplanes targeted ISIL strongholds in Raqqa province, killing 31 terrorists"): one event, of the weapon's type, in
 * either order. ACLED types an event by how it was carried out, and the toll names no other fighting. The same figure
 * (above one) is what ties them: two events of one story rarely share it, and a strike and a clash on one day with
 * different tolls stay two. The caller has already checked time, place and the story's provinces.
 */
export function tollOfMeans(doc: Document, o: Candidate, c: Candidate): boolean {
  const [toll, means] = bareToll(doc, o) && MEANS.has(c.sub) ? [o, c] : bareToll(doc, c) && MEANS.has(o.sub) ? [c, o] : [null, null];
  if (!toll || !means) return false;
  const a = tolls(toll);
  return [...tolls(means)].some((n) => a.has(n));
}

/** Whether the merged event takes the later telling's type: the earlier told only a toll, the later its weapon. */
export function meansTypesToll(doc: Document, target: Candidate, c: Candidate): boolean {
  return MEANS.has(c.sub) && bareToll(doc, target) && tollOfMeans(doc, target, c);
}
