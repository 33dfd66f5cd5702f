import type { Actor } from '../../model/actor.ts';

// Why: "Turkey said its forces killed 20 PKK militants", "Russia's defence ministry said its warplanes destroyed a convoy":
// a state's forces named through a possessive pronoun were no actor at all (a bare "forces" or "warplanes" needs a
// country word right before it), and the event lost its actor1 or took the event country's troops instead. The pronoun
// stands for the clause's subject: the first state its sentence names before it, by a country word or a state force or
// coalition named, outside a prepositional phrase ("in Syria's Deir al-Zor" is a place, not who struck).

/** Pronouns that possess: "its forces", "their troops". */
export const POSSESSING_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their']);

/** Words that make a following country word a place or an object, never the clause's subject. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'on', 'at', 'near', 'from', 'to', 'into', 'across', 'against', 'over', 'with', 'by', 'for', 'inside', 'outside', 'toward', 'towards']);

/** What lies before the pronoun in its sentence, `at` the greater the nearer the sentence's start: a state (by its country word) or an actor already named. */
export type Possessor = { readonly at: number; readonly iso2: string } | { readonly at: number; readonly actor: Actor };

/** Whether a named actor can own forces: a state's forces or a coalition of states. */
export function ownsForces(a: Actor): boolean {
  return a.inter === 1 || a.inter === 8 || a.kind === 'state' || a.kind === 'coalition';
}

/** The possessor with the greatest `at` (the first in the sentence, as match.ts counts it), or null. */
export function nearestPossessor(candidates: readonly Possessor[]): Possessor | null {
  return candidates.reduce<Possessor | null>((best, c) => (!best || c.at > best.at ? c : best), null);
}
