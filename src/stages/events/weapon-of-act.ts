import { firstStartingFrom, type Document } from '../../model/document.ts';
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
 * The act must be a noun the weapon modifies: in "a U.S. warplane shot down a Syrian jet" the weapon is the subject of
 * a verb of two-sided fire, which stays the clash it is (ACLED codes an aircraft downed as a clash; the tagger may
 * read "shot" as a noun, so the rule is named).
 */
export function weaponOfAct(doc: Document, hits: readonly TriggerHit[], scores: readonly SubScore[], choice: SubScore | null, cues: ReadonlySet<string>): SubScore | null {
  if (!choice || !ACTS.has(choice.sub) || cues.has('rule-two-sided')) return choice;
  for (const w of hits) {
    if (!MEANS.has(w.rule.sub) || (w.scale ?? 1) < 1) continue;
    const modifies = hits.some((h) => ACTS.has(h.rule.sub) && h.rule.id !== 'aircraft-downed' && h.start >= w.start && (h.start <= w.end || /^[\s-]+$/.test(doc.text.slice(w.end, h.start))) && nounAt(doc, h.start));
    if (!modifies) continue;
    const score = scores.find((s) => s.sub === w.rule.sub);
    return { sub: w.rule.sub, score: Math.max(choice.score, score?.score ?? 0), hit: w };
  }
  return choice;
}

/** Whether a noun begins at this offset ("attacks", not "shot"). */
function nounAt(doc: Document, start: number): boolean {
  const t = doc.tokens[firstStartingFrom(doc.tokens, start)];
  return t?.start === start && t.pos === 'NOUN';
}
