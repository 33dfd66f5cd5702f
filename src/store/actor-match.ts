import { loadActorLexicon } from '../stages/actors/lexicon.ts';

import type { ActorEntry } from '../stages/actors/lexicon.ts';

let byAlias: Map<string, string[]> | null = null;
let byName: Map<string, ActorEntry> | null = null;

/** The lexicon's entry for a canonical actor name (its aliases, inter code, kind), or null. */
export function actorEntryByName(name: string): ActorEntry | null {
  byName ??= new Map(loadActorLexicon().actors.map((a) => [a.name, a]));
  return byName.get(name) ?? null;
}

/**
 * The canonical actor names an actor filter also stands for: `actor=SDF` finds "QSD: Syrian
 * Democratic Forces", which the text "SDF" is not a part of. Whole aliases only, any case.
 */
export function actorNamesForAlias(text: string): string[] {
  if (!byAlias) {
    byAlias = new Map();
    for (const a of loadActorLexicon().actors) {
      for (const alias of [a.name, ...a.aliases]) {
        const k = alias.toLowerCase();
        const names = byAlias.get(k) ?? [];
        if (!names.includes(a.name)) names.push(a.name);
        byAlias.set(k, names);
      }
    }
  }
  return byAlias.get(text.trim().toLowerCase()) ?? [];
}
