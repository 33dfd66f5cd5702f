import { z } from 'zod';
import { loadJsonlLexicon } from '../../lexicons/load.ts';
import type { ActorMention, EventActor } from '../../model/document.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';

const schema = z
  .object({ id: z.string().min(1), before: z.string().optional(), after: z.string().optional(), claim: z.boolean().optional(), disputes: z.boolean().optional(), why: z.string().min(1) })
  .refine((e) => e.before !== undefined || e.after !== undefined, { message: 'a cue needs "before", "after" or both' })
  .refine((e) => !e.disputes || (e.after !== undefined && e.before === undefined && !e.claim), { message: 'a dispute row has only "after"' });

export interface AttributionCue {
  readonly id: string;
  readonly before: RegExp | null;
  readonly after: RegExp | null;
  /** The perpetrator's own claim ("X claimed responsibility"), not an accuser's blame. */
  readonly claim: boolean;
  /** Words after a claim that say the authorities doubt it ("but police said there was no evidence linking …"). */
  readonly disputes: boolean;
}

export function loadAttributionCues(dir?: string): AttributionCue[] {
  return loadJsonlLexicon('attribution-cues.jsonl', schema, dir).map((e) => ({
    id: e.id,
    before: e.before ? lexiconRegExp(e.before, 'i') : null,
    after: e.after ? lexiconRegExp(e.after, 'i') : null,
    claim: e.claim === true,
    disputes: e.disputes === true,
  }));
}

/** Kinds that never carry out an attack in ACLED's sense: the ones harmed or crowds. */
const NOT_PERPETRATORS = new Set(['civilians', 'protesters', 'rioters']);
/** Kinds that report events but never carry them out. */
const NON_PARTIES = new Set(['monitor', 'media']);
/** "blamed the attack on the government of …": a description with no antecedent (confidence 0.35) is still the one blamed. */
const MIN_CONFIDENCE = 0.3;
/** How far around a name the cue words are looked for. */
const REACH = 80;

/**
 * The actor a sentence says carried out an event ("Islamic State claimed responsibility for the attack", "an attack that
 * Washington blamed on the Syrian government"), or null: the claimant or the one blamed, never the one who speaks; with
 * whether the sentence tells the actor's own claim (true) or another's blame (false).
 */
export function attribution(cues: readonly AttributionCue[], text: string, sentence: { start: number; end: number }, mentions: readonly ActorMention[], next?: { end: number }): { mention: ActorMention; claim: boolean } | null {
  const disputes = cues.filter((c) => c.disputes);
  cues = cues.filter((c) => !c.disputes);
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const a = m.actor;
    if (!a || m.confidence < MIN_CONFIDENCE || NON_PARTIES.has(a.kind ?? '') || NOT_PERPETRATORS.has(a.kind ?? '') || a.inter === 7) continue;
    const before = text.slice(Math.max(sentence.start, m.start - REACH), m.start);
    const after = text.slice(m.end, Math.min(sentence.end, m.end + REACH));
    const cue = cues.find((c) => (!c.before || c.before.test(before)) && (!c.after || c.after.test(after)));
    if (!cue) continue;
    // "IS claimed the shooting, but police said there was no evidence linking the gunman to the group": ACLED codes who
    // the reports establish did it; a claim the authorities doubt, in its sentence or the next, names no perpetrator
    if (cue.claim && disputed(disputes, text.slice(m.end, next?.end ?? sentence.end))) return null;
    return { mention: m, claim: cue.claim };
  }
  return null;
}

function disputed(disputes: readonly AttributionCue[], rest: string): boolean {
  return disputes.some((d) => d.after!.test(rest));
}

/** An actor1 an attribution may replace: none, or an unidentified group ("gunmen", "the attackers"). */
export function replaceable(a: EventActor | null): boolean {
  return !a || a.actor.kind === 'unknown' || a.actor.id.startsWith('unidentified-armed-group');
}
