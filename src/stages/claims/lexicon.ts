import { z } from 'zod';
import { SitrepError } from '../../errors.ts';
import { join } from 'node:path';
import { LEXICON_DIR, loadJsonlLexicon } from '../../lexicons/load.ts';
import type { ClaimKind, ClaimQualifier } from '../../model/claim.ts';

const claimKind = z.enum(['killed', 'wounded', 'captured', 'displaced', 'area_km2']);
const qualifier = z.enum(['exact', 'at_least', 'at_most', 'about', 'range', 'vague']);

const numberEntry = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['unit', 'ten', 'scale', 'phrase']), word: z.string().min(1), value: z.number().nonnegative() }).strict(),
  z.object({ kind: z.literal('vague'), word: z.string().min(1) }).strict(),
]);
const qualifierEntry = z.object({ phrase: z.string().min(1), qualifier }).strict();
const outcomeEntry = z
  .object({
    what: claimKind,
    role: z.enum(['before', 'after', 'zero', 'unknown', 'vague-noun', 'reference']),
    pattern: z.string().min(1),
    intransitive: z.boolean().optional(),
    qualifier: qualifier.optional(),
  })
  .strict();
const unitEntry = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('area'), pattern: z.string().min(1), km2: z.number().positive() }).strict(),
  z.object({ kind: z.literal('not-victim'), word: z.string().min(1) }).strict(),
]);
const claimantEntry = z.object({ kind: z.enum(['speech', 'according', 'pronoun', 'filler']), word: z.string().min(1) }).strict();
const personEntry = z.object({ word: z.string().min(1) }).strict();

export type OutcomeRole = z.infer<typeof outcomeEntry>['role'];

export interface OutcomeCue {
  readonly what: ClaimKind;
  readonly role: OutcomeRole;
  readonly pattern: string;
  readonly intransitive: boolean;
  readonly qualifier: ClaimQualifier | null;
}

export interface AreaUnit {
  readonly pattern: string;
  readonly km2: number;
}

/** The claims stage's word lists, validated; compiled into regexes by createClaimExtractor. */
export interface ClaimLexicon {
  readonly numberValues: ReadonlyMap<string, { readonly kind: 'unit' | 'ten' | 'scale' | 'phrase'; readonly value: number }>;
  readonly vagueAmounts: readonly string[];
  readonly qualifiers: ReadonlyMap<string, ClaimQualifier>;
  readonly outcomes: readonly OutcomeCue[];
  readonly areaUnits: readonly AreaUnit[];
  readonly notVictims: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly accordingCues: readonly string[];
  readonly pronouns: ReadonlySet<string>;
  readonly fillers: ReadonlySet<string>;
  readonly persons: ReadonlySet<string>;
}

export const CLAIM_LEXICON_FILES = [
  'claim-numbers.jsonl',
  'claim-qualifiers.jsonl',
  'claim-outcomes.jsonl',
  'claim-units.jsonl',
  'claim-claimants.jsonl',
  'claim-persons.jsonl',
] as const;

function checkPattern(pattern: string, file: string): void {
  try {
    new RegExp(pattern, 'i');
  } catch (e) {
    throw new SitrepError('E_LEXICON', `pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${(e as Error).message}`, { file });
  }
}

const norm = (w: string): string => w.trim().toLowerCase();

export function loadClaimLexicon(dir: string = LEXICON_DIR): ClaimLexicon {
  const numbers = loadJsonlLexicon('claim-numbers.jsonl', numberEntry, dir);
  const numberValues = new Map<string, { kind: 'unit' | 'ten' | 'scale' | 'phrase'; value: number }>();
  const vagueAmounts: string[] = [];
  for (const n of numbers) {
    if (n.kind === 'vague') vagueAmounts.push(norm(n.word));
    else numberValues.set(norm(n.word), { kind: n.kind, value: n.value });
  }
  const qualifiers = new Map<string, ClaimQualifier>();
  for (const q of loadJsonlLexicon('claim-qualifiers.jsonl', qualifierEntry, dir)) qualifiers.set(norm(q.phrase), q.qualifier);

  const outcomeFile = join(dir, 'claim-outcomes.jsonl');
  const outcomes: OutcomeCue[] = loadJsonlLexicon('claim-outcomes.jsonl', outcomeEntry, dir).map((o) => {
    checkPattern(o.pattern, outcomeFile);
    return { what: o.what, role: o.role, pattern: o.pattern, intransitive: o.intransitive ?? false, qualifier: o.qualifier ?? null };
  });

  const areaUnits: AreaUnit[] = [];
  const notVictims = new Set<string>();
  for (const u of loadJsonlLexicon('claim-units.jsonl', unitEntry, dir)) {
    if (u.kind === 'area') {
      checkPattern(u.pattern, join(dir, 'claim-units.jsonl'));
      areaUnits.push({ pattern: u.pattern, km2: u.km2 });
    } else notVictims.add(norm(u.word));
  }

  const speechVerbs = new Set<string>();
  const accordingCues: string[] = [];
  const pronouns = new Set<string>();
  const fillers = new Set<string>();
  for (const c of loadJsonlLexicon('claim-claimants.jsonl', claimantEntry, dir)) {
    const w = norm(c.word);
    if (c.kind === 'speech') speechVerbs.add(w);
    else if (c.kind === 'according') accordingCues.push(w);
    else if (c.kind === 'pronoun') pronouns.add(w);
    else fillers.add(w);
  }
  const persons = new Set(loadJsonlLexicon('claim-persons.jsonl', personEntry, dir).map((p) => norm(p.word)));

  for (const [name, size] of [
    ['claim-numbers.jsonl (number words)', numberValues.size],
    ['claim-outcomes.jsonl', outcomes.length],
    ['claim-claimants.jsonl (speech verbs)', speechVerbs.size],
  ] as const) {
    if (size === 0) throw new SitrepError('E_LEXICON', `${name} has no entries; the claims stage cannot work without it`, { file: name });
  }
  return { numberValues, vagueAmounts, qualifiers, outcomes, areaUnits, notVictims, speechVerbs, accordingCues, pronouns, fillers, persons };
}
