import type { Actor } from '../../model/actor.ts';

// Why: "Turkey said its forces killed 20 PKK militants", "Russia's defence ministry said its warplanes destroyed a convoy":
// a state's forces named through a possessive pronoun were no actor at all (a bare "forces" or "warplanes" needs a
// country word right before it), and the event lost its actor1 or took the event country's troops instead. The pronoun
// stands for the nearest state named before it in the sentence: a country word, or a state force or coalition named.

/** Pronouns that possess: "its forces", "their troops". */
export const POSSESSING_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their']);

/** What lies before the pronoun in its sentence, nearest last: a state (by its country word) or an actor already named. */
export type Possessor = { readonly at: number; readonly iso2: string } | { readonly at: number; readonly actor: Actor };

/** Whether a named actor can own forces: a state's forces or a coalition of states. */
export function ownsForces(a: Actor): boolean {
  return a.inter === 1 || a.inter === 8 || a.kind === 'state' || a.kind === 'coalition';
}

/** The nearest possessor before the pronoun (greatest `at`), or null. */
export function nearestPossessor(candidates: readonly Possessor[]): Possessor | null {
  return candidates.reduce<Possessor | null>((best, c) => (!best || c.at > best.at ? c : best), null);
}
