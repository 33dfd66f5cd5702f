import { z } from 'zod';
import { SitrepError } from '../../errors.ts';
import { loadJsonlLexicon, readShippedOnce } from '../../lexicons/load.ts';
import { isSubEventType, type SubEventType } from '../../model/taxonomy.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';
import { mayMatchAt, PatternSet } from '../../lexicons/pattern-set.ts';

const entrySchema = z
  .object({
    id: z.string().min(1),
    pattern: z.string().min(1),
    sub: z.string().optional(),
    weight: z.number().positive().optional(),
    cue: z.string().optional(),
    /** "violence": the words are also political metaphor ("a battle over gun laws") and need violent context; "not-electoral": not in election coverage ("a campaign rally"). */
    gate: z.enum(['violence', 'harm', 'not-electoral']).optional(),
  })
  .refine((e) => (e.sub !== undefined) !== (e.cue !== undefined), { message: 'an entry has either "sub" or "cue", not both' })
  .refine((e) => e.sub === undefined || isSubEventType(e.sub), { message: 'sub must be an ACLED sub-event type, spelled exactly' });

export interface TriggerRule {
  readonly id: string;
  readonly sub: SubEventType;
  readonly weight: number;
  readonly re: RegExp;
  readonly gate?: 'violence' | 'harm' | 'not-electoral';
}

export interface CueRule {
  readonly id: string;
  readonly cue: string;
  readonly re: RegExp;
}

export interface TriggerLexicon {
  readonly triggers: readonly TriggerRule[];
  readonly cues: readonly CueRule[];
}

export interface TriggerHit {
  readonly rule: TriggerRule;
  /** Multiplies the rule's weight: below 1 for words in a subordinate phrase ("amid shelling"). */
  readonly scale?: number;
  /** Absolute offsets into the document text. */
  readonly start: number;
  readonly end: number;
}

/** Word-bounded, case-insensitive, global: the lexicon's patterns are written without anchors. */
function compile(id: string, source: string): RegExp {
  try {
    return lexiconRegExp(`(?<![\\w-])(?:${source})(?![\\w])`, 'gi');
  } catch (e) {
    throw new SitrepError('E_LEXICON', `trigger "${id}" has an invalid pattern: ${(e as Error).message}`, { file: 'event-triggers.jsonl' });
  }
}

/**
 * The events stage and the sub-event model's features both read the lexicon, and each fresh copy of its patterns is
 * compiled again by V8 on first use (about 50 ms of a one-article start-up): the shipped one is read once. Every user
 * resets a pattern's lastIndex before it runs, so the copies can be shared.
 */
export const loadTriggerLexicon: (dir?: string) => TriggerLexicon = readShippedOnce(readTriggerLexicon);

function readTriggerLexicon(dir: string): TriggerLexicon {
  const entries = loadJsonlLexicon('event-triggers.jsonl', entrySchema, dir);
  const ids = new Set<string>();
  const triggers: TriggerRule[] = [];
  const cues: CueRule[] = [];
  for (const e of entries) {
    if (ids.has(e.id)) throw new SitrepError('E_LEXICON', `duplicate trigger id "${e.id}"`, { file: 'event-triggers.jsonl' });
    ids.add(e.id);
    const re = compile(e.id, e.pattern);
    if (e.sub) triggers.push({ id: e.id, sub: e.sub as SubEventType, weight: e.weight ?? 1, re, ...(e.gate ? { gate: e.gate } : {}) });
    else cues.push({ id: e.id, cue: e.cue!, re });
  }
  return { triggers, cues };
}

/** Each lexicon's triggers and cues as pattern sets: one pass over a sentence's word starts says which may match. */
const sets = new WeakMap<TriggerLexicon, { readonly triggers: PatternSet; readonly cues: PatternSet }>();
function setsOf(lex: TriggerLexicon): { readonly triggers: PatternSet; readonly cues: PatternSet } {
  let s = sets.get(lex);
  if (!s) sets.set(lex, (s = { triggers: new PatternSet(lex.triggers.map((t) => t.re)), cues: new PatternSet(lex.cues.map((c) => c.re)) }));
  return s;
}

/**
 * The last text's hits, by sentence start: the event-words stage finds them in every sentence, and the events stage
 * asked again in each sentence that has any (a fifth of the triggers' time). Hits are immutable; callers get a copy of
 * the list, which the events stage extends.
 */
let memoText: string | null = null;
let memoLex: TriggerLexicon | null = null;
const memo = new Map<number, { readonly end: number; readonly hits: readonly TriggerHit[] }>();

/** All trigger hits in text[start,end), as absolute offsets. */
export function findTriggers(lex: TriggerLexicon, text: string, start: number, end: number): TriggerHit[] {
  if (text === memoText && lex === memoLex) {
    const known = memo.get(start);
    if (known && known.end === end) return known.hits.slice();
  } else {
    memoText = text;
    memoLex = lex;
    memo.clear();
  }
  const s = text.slice(start, end);
  const hits: TriggerHit[] = [];
  const may = setsOf(lex).triggers.mayMatch(s);
  for (let i = 0; i < lex.triggers.length; i++) {
    if (!mayMatchAt(may, i)) continue;
    const rule = lex.triggers[i];
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(s); m; m = rule.re.exec(s)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      hits.push({ rule, start: start + m.index, end: start + m.index + m[0].length });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  memo.set(start, { end, hits });
  return hits.slice();
}

/** Names of the cues present in text[start,end). Cues named "*-before" are read only by cueBefore. */
export function findCues(lex: TriggerLexicon, text: string, start: number, end: number): Set<string> {
  const s = text.slice(start, end);
  const found = new Set<string>();
  const may = setsOf(lex).cues.mayMatch(s);
  for (let i = 0; i < lex.cues.length; i++) {
    const c = lex.cues[i];
    if (c.cue.endsWith('-before') || !mayMatchAt(may, i)) continue;
    c.re.lastIndex = 0;
    if (c.re.test(s)) found.add(c.cue);
  }
  return found;
}

/** Whether a "*-before" cue ends right before the trigger: "prepares to defend …", "did not attack". */
export function cueBefore(lex: TriggerLexicon, cue: string, text: string, sentenceStart: number, hit: { start: number }): boolean {
  const window = text.slice(Math.max(sentenceStart, hit.start - 60), hit.start);
  return lex.cues.some((c) => {
    if (c.cue !== cue) return false;
    c.re.lastIndex = 0;
    return c.re.test(window);
  });
}
