import { z } from 'zod';
import { SitrepError } from '../../errors.ts';
import { loadJsonlLexicon } from '../../lexicons/load.ts';
import type { Actor, InterCode } from '../../model/actor.ts';

// Why: some actors changed name in ACLED-style coding (the Houthis, the Saudi-led coalition), so one canonical name
// cannot serve events of 2017 and of 2022 alike. lexicons/actor-dated-names.jsonl lists the earlier names.
const schema = z.object({
  id: z.string().min(1),
  before: z.number().int().min(1900).max(2100),
  name: z.string().min(1),
  inter: z.number().int().min(0).max(8).optional(),
  source: z.string().min(1),
});

interface DatedName {
  readonly before: number;
  readonly name: string;
  readonly inter?: InterCode;
}

/** Actor id → its earlier names, latest cut-off first. */
export type DatedNames = ReadonlyMap<string, readonly DatedName[]>;

export function loadDatedNames(dir?: string): DatedNames {
  const out = new Map<string, DatedName[]>();
  for (const e of loadJsonlLexicon('actor-dated-names.jsonl', schema, dir)) {
    const list = out.get(e.id) ?? [];
    if (list.some((d) => d.before === e.before)) throw new SitrepError('E_LEXICON', `actor-dated-names.jsonl: "${e.id}" has two names before ${e.before}`);
    list.push({ before: e.before, name: e.name, ...(e.inter !== undefined ? { inter: e.inter as InterCode } : {}) });
    out.set(e.id, list.sort((a, b) => a.before - b.before));
  }
  return out;
}

/** The actor under the name it went by on the date: the earliest cut-off the date falls before wins. */
export function namedOnDate(names: DatedNames, actor: Actor, isoDate: string): Actor {
  const year = Number(isoDate.slice(0, 4));
  const hit = Number.isFinite(year) ? names.get(actor.id)?.find((d) => year < d.before) : undefined;
  return hit ? { ...actor, name: hit.name, inter: hit.inter ?? actor.inter } : actor;
}

/**
 * Two sides that share a name once named for the date are one side: "the coalition" and "Saudi forces" of 2017 are
 * both "Military Forces of Saudi Arabia", and a force is never both sides of an event. The second side goes.
 */
export function secondSideOnceNamed(one: Actor | null, two: Actor | null): Actor | null {
  const bare = (a: Actor) => a.name.replace(/ \(\d{4}-(?:\d{4})?\)/, '');
  return one && two && bare(one) === bare(two) ? null : two;
}
