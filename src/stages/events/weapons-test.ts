import type { SubEventType } from '../../model/taxonomy.ts';
import type { SubScore } from './classify.ts';

// Why: "North Korea detonated a hydrogen bomb at its test site", "the explosion of what it said was a hydrogen bomb", "fired
// a ballistic missile that landed in the sea": the bomb and missile words type an explosion or a missile attack, with an
// unidentified armed group and civilians supplied by convention (issue 10 review: a weapons test coded as an IED). The
// news guideline lists weapons tests and launches among the non-events, and ACLED codes a launch only when it hits.

/** The types a test's words would give: a blast, a missile fired. */
const TESTED: ReadonlySet<SubEventType> = new Set(['Remote explosive/landmine/IED', 'Shelling/artillery/missile attack']);

/**
 * Whether the sentence's chosen event is a weapons test or launch (the `rule-weapons-test` cue of
 * lexicons/event-triggers.jsonl) that struck no one: a blast or missile with no one killed or wounded.
 */
export function weaponsTest(choice: SubScore, cues: ReadonlySet<string>, casualties: boolean): boolean {
  return cues.has('rule-weapons-test') && TESTED.has(choice.sub) && !casualties;
}
