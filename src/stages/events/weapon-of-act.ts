import type { SubEventType } from '../../model/taxonomy.ts';
import type { SubScore } from './classify.ts';
import type { TriggerHit } from './triggers.ts';

/** Sub-event types that name a weapon (how the act was carried out): ACLED types a one-sided attack by its means. */
const MEANS: ReadonlySet<SubEventType> = new Set(['Suicide bomb', 'Remote explosive/landmine/IED', 'Air/drone strike', 'Grenade', 'Shelling/artillery/missile attack', 'Chemical weapon']);
const ACTS: ReadonlySet<SubEventType> = new Set(['Armed clash', 'Attack']);

/**
 * "Rocket attacks kill at least 30", "a mortar attack on the camp": the weapon word modifies the act noun, so the act
 * is the weapon's. The scorer sums every rule of a sub-event type, and the act ("attacks") and its outcome ("attacks
 * kill") are two rules of the clash or attack type that outweigh the one weapon word, though they tell one act. A weapon
 * word directly before the act noun (only a space or hyphen between, or overlapping it: "air attacks") governs, unless
 * the sentence tells two-sided fighting ("clashes", "repelled") or the weapon sits in a subordinate phrase (scaled down).
 */
export function weaponOfAct(text: string, hits: readonly TriggerHit[], scores: readonly SubScore[], choice: SubScore | null, cues: ReadonlySet<string>): SubScore | null {
  if (!choice || !ACTS.has(choice.sub) || cues.has('rule-two-sided')) return choice;
  for (const w of hits) {
    if (!MEANS.has(w.rule.sub) || (w.scale ?? 1) < 1) continue;
    const modifies = hits.some((h) => ACTS.has(h.rule.sub) && h.start >= w.start && (h.start <= w.end || /^[\s-]+$/.test(text.slice(w.end, h.start))));
    if (!modifies) continue;
    const score = scores.find((s) => s.sub === w.rule.sub);
    return { sub: w.rule.sub, score: Math.max(choice.score, score?.score ?? 0), hit: w };
  }
  return choice;
}
