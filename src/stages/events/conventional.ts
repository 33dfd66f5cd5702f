import { z } from 'zod';
import { loadJsonlLexicon } from '../../lexicons/load.ts';
import type { Actor, InterCode } from '../../model/actor.ts';
import { SitrepError } from '../../errors.ts';

const schema = z.object({
  role: z.enum(['protesters', 'rioters', 'civilians', 'civilians-international', 'unknown-armed', 'state-forces', 'police', 'government', 'unidentified-military']),
  actor: z.object({ id: z.string(), name: z.string(), inter: z.number().int().min(0).max(8), country: z.string().nullable(), kind: z.string() }),
});

export type ConventionalRole = z.infer<typeof schema>['role'];
export type ConventionalActors = Readonly<Record<ConventionalRole, Actor>>;

export function loadConventionalActors(dir?: string): ConventionalActors {
  const rows = loadJsonlLexicon('conventional-actors.jsonl', schema, dir);
  const out: Partial<Record<ConventionalRole, Actor>> = {};
  for (const r of rows) out[r.role] = { ...r.actor, inter: r.actor.inter as InterCode };
  for (const role of schema.shape.role.options) {
    if (!out[role]) throw new SitrepError('E_LEXICON', `conventional-actors.jsonl has no actor for role "${role}"`);
  }
  return out as ConventionalActors;
}
