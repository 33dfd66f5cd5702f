import { z } from 'zod';
import { SitrepError } from '../../errors.ts';
import { loadJsonlLexicon, readShippedOnce } from '../../lexicons/load.ts';
import type { Actor, InterCode } from '../../model/actor.ts';

export const ACTOR_KINDS = [
  'state', 'rebel', 'jihadist', 'militia', 'coalition', 'civilians', 'protesters', 'rioters', 'unknown', 'identity', 'monitor', 'media', 'other',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

const kind = z.enum(ACTOR_KINDS);
const inter = z.number().int().min(0).max(8);

export const actorEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case'),
  name: z.string().min(1),
  inter,
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  kind,
  /** Kinds a text may also call this actor ("Houthi rebels"): widens description resolution. */
  describedAs: z.array(kind).optional(),
  /** For state entries: which template a country word + generic noun maps to. */
  role: z.enum(['military', 'police']).optional(),
  /** Umbrella the faction fights under (an id in the same file). */
  parent: z.string().optional(),
  /** States known to back the group, as actor-demonyms.jsonl slugs: "Turkish-backed rebels" may be the group only if "turkey" is here. */
  backers: z.array(z.string().min(1)).optional(),
  aliases: z.array(z.string().min(1)).min(1),
  source: z.string().optional(),
  notes: z.string().optional(),
});
export type ActorEntry = z.infer<typeof actorEntrySchema>;

export const demonymSchema = z.object({
  iso2: z.string().regex(/^[A-Z]{2}$/).nullable(),
  country: z.string().nullable(),
  slug: z.string().min(1),
  words: z.array(z.string().min(1)).min(1),
  /** Plural nouns for the people ("Palestinians"): read as civilians of that country. */
  people: z.array(z.string().min(1)).optional(),
});
export type DemonymEntry = z.infer<typeof demonymSchema>;

export const GENERIC_ROLES = ['military', 'police', 'civilians', 'social', 'protesters', 'rioters', 'unidentified', 'rebels', 'militia'] as const;
export type GenericRole = (typeof GENERIC_ROLES)[number];

export const genericSchema = z.object({
  role: z.enum(GENERIC_ROLES),
  needsCountry: z.boolean(),
  /** Only after a country's adjective ("Russian bombing"), never its name or capital ("a Kabul bombing" is a bomb in Kabul). */
  adjectiveOnly: z.boolean().optional(),
  phrases: z.array(z.string().min(1)).min(1),
});
export type GenericEntry = z.infer<typeof genericSchema>;

export const descriptionSchema = z.object({
  phrases: z.array(z.string().min(1)).min(1),
  /** In order of preference. */
  compatible: z.array(kind).min(1),
  /** 'target': an adjective that names a side only before a target noun ("jihadist positions"). */
  determiner: z.enum(['required', 'optional', 'target']),
  fallback: z.enum(GENERIC_ROLES).optional(),
});
export type DescriptionEntry = z.infer<typeof descriptionSchema>;

export const CUE_KINDS = [
  'determiner', 'possessive', 'opposing', 'backing', 'holding', 'agent-suffix', 'speaker', 'pattern-prefix', 'pattern-suffix', 'pattern-militia', 'connector', 'protest', 'rebel-cue', 'target-head', 'state-act', 'state-act-object', 'state-arrest', 'state-act-noun', 'territory-noun', 'government-word', 'state-facility', 'facility-target', 'strike-on-country', 'craft-modifier',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export const cueSchema = z.object({
  cue: z.enum(CUE_KINDS),
  words: z.array(z.string().min(1)).min(1),
});

/** Kind nouns that type a name no lexicon knows ("the Nawasi Force, a Salafist-led armed group"): actor-kind-heads.jsonl, read by typed-names.ts. */
export const kindHeadSchema = z.object({
  kind: z.enum(['militia', 'rebel', 'jihadist']),
  inter: z.union([z.literal(2), z.literal(3)]),
  where: z.array(z.enum(['appositive', 'known-as', 'trailing'])).min(1),
  /** Only right after one of these words ("a radical group called X", never "an activist group known as X"). */
  after: z.array(z.string().min(1)).optional(),
  heads: z.array(z.string().min(1)).min(1),
});
export type KindHeadEntry = z.infer<typeof kindHeadSchema>;

/** A leader whose armed followers are one actor ("forces loyal to Saleh"): actor-patrons.jsonl, read by patrons.ts. */
export const patronSchema = z.object({
  surname: z.string().min(1),
  actor: z.string().min(1),
  notAfter: z.array(z.string().min(1)).optional(),
  source: z.string().optional(),
});
export type PatronEntry = z.infer<typeof patronSchema>;

export interface ActorLexicon {
  readonly actors: readonly ActorEntry[];
  readonly byId: ReadonlyMap<string, ActorEntry>;
  readonly demonyms: readonly DemonymEntry[];
  readonly generics: readonly GenericEntry[];
  readonly descriptions: readonly DescriptionEntry[];
  /** State entry for (country, role), e.g. ("SY", "military") → Military Forces of Syria (2000-). */
  readonly stateFor: ReadonlyMap<string, ActorEntry>;
  readonly countryName: ReadonlyMap<string, string>;
  /** Cue phrases by kind, as written (matching keys are made by the matcher). */
  readonly cues: ReadonlyMap<CueKind, readonly string[]>;
  readonly patrons: readonly PatronEntry[];
  readonly kindHeads: readonly KindHeadEntry[];
}

/** The actors and events stages (and the store's actor matching) each ask for the lexicon: the shipped one is read once. */
export const loadActorLexicon: (dir?: string) => ActorLexicon = readShippedOnce(readActorLexicon);

function readActorLexicon(dir: string): ActorLexicon {
  const actors = loadJsonlLexicon('actors.jsonl', actorEntrySchema, dir);
  const demonyms = loadJsonlLexicon('actor-demonyms.jsonl', demonymSchema, dir);
  const generics = loadJsonlLexicon('actor-generic.jsonl', genericSchema, dir);
  const descriptions = loadJsonlLexicon('actor-descriptions.jsonl', descriptionSchema, dir);
  const cues = new Map<CueKind, string[]>();
  for (const c of loadJsonlLexicon('actor-cues.jsonl', cueSchema, dir)) cues.set(c.cue, [...(cues.get(c.cue) ?? []), ...c.words]);
  for (const k of CUE_KINDS) if (!cues.has(k)) throw new SitrepError('E_LEXICON', `actor-cues.jsonl has no "${k}" line`, { file: 'actor-cues.jsonl' });
  const byId = new Map<string, ActorEntry>();
  for (const a of actors) {
    if (byId.has(a.id)) throw new SitrepError('E_LEXICON', `duplicate actor id "${a.id}"`, { file: 'actors.jsonl' });
    byId.set(a.id, a);
  }
  const stateFor = new Map<string, ActorEntry>();
  for (const a of actors) {
    if (a.parent && !byId.has(a.parent)) throw new SitrepError('E_LEXICON', `actor "${a.id}" names unknown parent "${a.parent}"`, { file: 'actors.jsonl' });
    if (a.role && a.country && !stateFor.has(`${a.country}:${a.role}`)) stateFor.set(`${a.country}:${a.role}`, a);
  }
  const countryName = new Map<string, string>();
  for (const d of demonyms) if (d.iso2 && d.country) countryName.set(d.iso2, d.country);
  const slugs = new Set(demonyms.map((d) => d.slug));
  for (const a of actors) for (const b of a.backers ?? []) if (!slugs.has(b)) throw new SitrepError('E_LEXICON', `actor "${a.id}" names unknown backer "${b}"`, { file: 'actors.jsonl' });
  const patrons = loadJsonlLexicon('actor-patrons.jsonl', patronSchema, dir);
  for (const p of patrons) if (!byId.has(p.actor)) throw new SitrepError('E_LEXICON', `patron "${p.surname}" names unknown actor "${p.actor}"`, { file: 'actor-patrons.jsonl' });
  const kindHeads = loadJsonlLexicon('actor-kind-heads.jsonl', kindHeadSchema, dir);
  return { actors, byId, demonyms, generics, descriptions, stateFor, countryName, cues, patrons, kindHeads };
}

export function toActor(e: ActorEntry): Actor {
  return e.parent
    ? { id: e.id, name: e.name, inter: e.inter as InterCode, country: e.country, kind: e.kind, parent: e.parent }
    : { id: e.id, name: e.name, inter: e.inter as InterCode, country: e.country, kind: e.kind };
}

/** Every kind an entry may be referred to as. */
export function kindsOf(e: ActorEntry): readonly ActorKind[] {
  return e.describedAs ? [e.kind, ...e.describedAs] : [e.kind];
}
