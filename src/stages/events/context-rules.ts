import { z } from 'zod';
import { loadJsonlLexicon } from '../../lexicons/load.ts';
import type { Actor } from '../../model/actor.ts';
import type { EventActor } from '../../model/document.ts';
import { isSubEventType, type SubEventType } from '../../model/taxonomy.ts';
import { SitrepError } from '../../errors.ts';

const schema = z.object({
  id: z.string(),
  actor: z.string(),
  countries: z.array(z.string().length(2)).optional(),
  subTypes: z.array(z.string().refine(isSubEventType, 'not an ACLED sub-event type')).optional(),
  sub: z.string().refine(isSubEventType, 'not an ACLED sub-event type').optional(),
  /** actor kinds of actor2 that keep the rule from applying */
  notAgainst: z.array(z.string()).optional(),
  /** "both": the rule names the actor whichever side it is on (a force's name by place); absent: actor1 only */
  sides: z.enum(['both']).optional(),
  /** an actor id, or a conventional role ("rioters", "civilians", …) */
  use: z.string(),
  assoc: z.string().optional(),
  source: z.string(),
});

export interface ContextRule {
  readonly id: string;
  readonly actor: string;
  readonly countries?: readonly string[];
  readonly subTypes?: readonly SubEventType[];
  readonly sub?: SubEventType;
  readonly notAgainst?: readonly string[];
  readonly bothSides: boolean;
  readonly use: Actor;
  readonly assoc?: Actor;
}

export function loadContextRules(resolve: (id: string) => Actor | undefined, dir?: string): ContextRule[] {
  return loadJsonlLexicon('actor-context-rules.jsonl', schema, dir).map((r) => {
    const use = resolve(r.use);
    const assoc = r.assoc ? resolve(r.assoc) : undefined;
    if (!use || (r.assoc && !assoc) || !resolve(r.actor)) throw new SitrepError('E_LEXICON', `actor-context-rules.jsonl: rule "${r.id}" names an unknown actor`);
    return { id: r.id, actor: r.actor, countries: r.countries, subTypes: r.subTypes as SubEventType[] | undefined, sub: r.sub as SubEventType | undefined, notAgainst: r.notAgainst, bothSides: r.sides === 'both', use, assoc };
  });
}

/** Applies the first matching rule to actor1; returns the (possibly) recoded actor, associate and sub-event type. */
export function applyContextRules(
  rules: readonly ContextRule[],
  actor1: EventActor | null,
  sub: SubEventType,
  eventCountry: string | null,
  actor2: EventActor | null = null,
): { actor1: EventActor | null; assoc: EventActor | null; sub: SubEventType } {
  if (!actor1) return { actor1, assoc: null, sub };
  for (const r of rules) {
    if (actor1.actor.id !== r.actor) continue;
    if (r.countries && (!eventCountry || !r.countries.includes(eventCountry))) continue;
    if (r.subTypes && !r.subTypes.includes(sub)) continue;
    if (r.notAgainst && actor2 && r.notAgainst.includes(actor2.actor.kind ?? '')) continue;
    return {
      actor1: { actor: r.use, mention: actor1.mention },
      assoc: r.assoc ? { actor: r.assoc, mention: actor1.mention } : null,
      sub: r.sub ?? sub,
    };
  }
  return { actor1, assoc: null, sub };
}

/** Rules that name an actor by place whichever side it is on ("Kurdish forces" in Iraq are the Peshmerga), for actor2. */
export function applySideRules(rules: readonly ContextRule[], actor: EventActor | null, eventCountry: string | null): EventActor | null {
  if (!actor) return actor;
  for (const r of rules) {
    if (!r.bothSides || actor.actor.id !== r.actor) continue;
    if (r.countries && (!eventCountry || !r.countries.includes(eventCountry))) continue;
    return { actor: r.use, mention: actor.mention };
  }
  return actor;
}
