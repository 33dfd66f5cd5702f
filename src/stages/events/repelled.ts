import type { EventActor } from '../../model/document.ts';

// Why: "Nigeria's military has repelled an attempt by suspected Boko Haram militants to seize Magumeri", "troops repulsed
// an attack by Taliban fighters": the subject defended, the one after "by" attacked. ACLED's actor1 is the side that
// acted, the attacker; word order alone made the defender actor1 and the attacker the target.

/** A verb of defence followed by the attack it stopped and its agent: "repelled an attack by", "fought off an assault from". */
const REPELLED_BY = /\b(?:repelled|repulsed|repels|repulses|repelling|repulsing|foiled|thwarted|fought\s+off|fended\s+off|beat\s+back|beaten\s+back|pushed\s+back|drove\s+back|driven\s+back|held\s+off|warded\s+off)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:attack|attacks|assault|assaults|attempt|attempts|offensive|raid|raids|incursion|advance|push|bid)\s+(?:by|from)\s+(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){0,2}?$/i;

/**
 * Actor1 and actor2 with the attacker first where the sentence tells the subject repelling an attack by the other:
 * unchanged otherwise.
 */
export function attackerFirst(text: string, actor1: EventActor | null, actor2: EventActor | null): [EventActor | null, EventActor | null] {
  if (!actor1?.mention || !actor2?.mention || actor2.mention.start <= actor1.mention.end) return [actor1, actor2];
  const between = text.slice(actor1.mention.end, actor2.mention.start);
  if (between.length > 160 || /[.;]/.test(between) || !REPELLED_BY.test(between)) return [actor1, actor2];
  return [actor2, actor1];
}
