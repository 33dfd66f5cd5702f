import type { Actor } from '../../model/actor.ts';
import type { Sentence } from '../../model/document.ts';
import { slugOf } from './generic.ts';
import type { ActorKind } from './lexicon.ts';
import type { RawMention } from './match.ts';

// Why: a story defines a group's short name once ("the Special Deterrence Force (Rada)", "the New Sudan Brigade (NSB)")
// and then uses only the short name ("Rada spokesman …", "one member of Rada had been killed"); no lexicon can list every
// such short name (some, like "Rada", are another body's name elsewhere: Ukraine's parliament). The definition in the
// story itself says what the short name stands for, so from there on the short name is that actor, in that story only.
// A name no lexicon knows is an actor here only when its last word is an armed formation's head ("… Force (Rada)").

/** The short name in brackets right after a name: one capitalised word of at most 12 letters ("NSB", "Rada", "SPLA-IO"). */
const DEFINED = /^\s*\(\s*(\p{Lu}[\p{L}\d/-]{1,11})\s*\)/u;
/** Heads of armed formations' names, and the kind a name with that head is when no lexicon knows it. */
const ARMED_HEADS: ReadonlyMap<string, { kind: ActorKind; inter: 2 | 3 }> = new Map([
  ['army', { kind: 'rebel', inter: 2 }],
  ['militia', { kind: 'militia', inter: 3 }],
  ['militias', { kind: 'militia', inter: 3 }],
  ['force', { kind: 'militia', inter: 3 }],
  ['forces', { kind: 'militia', inter: 3 }],
  ['brigade', { kind: 'militia', inter: 3 }],
  ['brigades', { kind: 'militia', inter: 3 }],
  ['battalion', { kind: 'militia', inter: 3 }],
  ['battalions', { kind: 'militia', inter: 3 }],
  ['guards', { kind: 'militia', inter: 3 }],
]);
/** Lower-case words a name may hold between its capitalised words ("Army of Islam", "Sons of the Desert Brigade"). */
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'al', 'el', 'de', 'du', 'des']);
/**
 * Words that make a name with an armed head a state's unit ("Special Action Force", "Border Security Force": the state's
 * forces, which need a lexicon or the country to name), a law, a treaty, a weapons class or an aid body.
 */
const NOT_ARMED = new Set(['special', 'action', 'security', 'police', 'reserve', 'border', 'rapid', 'presidential', 'republican', 'naval', 'air', 'marine', 'coast', 'armed', 'authorization', 'authorisation', 'use', 'act', 'law', 'treaty', 'resolution', 'agreement', 'convention', 'nuclear', 'intermediate-range', 'range', 'missile', 'mercy', 'peace', 'relief', 'task']);
/** Capitalised words that open a sentence or a clause, not a name. */
const NOT_NAME = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'When', 'While', 'After', 'Before', 'Its', 'Their', 'His', 'Her']);

interface Definition {
  readonly short: string;
  readonly at: number;
  readonly mention: Omit<RawMention, 'start' | 'end' | 'sentence'>;
}

/** A name no lexicon knows, ending at `end` with an armed head ("Special Deterrence Force"): its start and its actor. */
function unknownArmedName(text: string, end: number): { start: number; actor: Actor; kinds: ActorKind[] } | null {
  const before = text.slice(Math.max(0, end - 120), end);
  const words = [...before.matchAll(/[\p{L}\d'’-]+/gu)];
  const head = ARMED_HEADS.get(words.at(-1)?.[0].toLowerCase() ?? '');
  if (!head || !/^\p{Lu}/u.test(words.at(-1)![0])) return null;
  let first = words.length - 1;
  // (only word-spaces between the name's words: a comma or a bracket ends it)
  while (first > 0 && /^\s+$/.test(before.slice(words[first - 1].index! + words[first - 1][0].length, words[first].index!))) {
    const w = words[first - 1][0];
    if (!(/^\p{Lu}/u.test(w) && !NOT_NAME.has(w)) && !CONNECTORS.has(w.toLowerCase())) break;
    first--;
  }
  while (first < words.length - 1 && CONNECTORS.has(words[first][0].toLowerCase())) first++;
  // a head alone ("Army (SAA)") is no name, nor is a law, a treaty or a class of weapons ("… Military Force (AUMF)")
  if (first === words.length - 1 || words.slice(first).some((w) => NOT_ARMED.has(w[0].toLowerCase()))) return null;
  const start = end - before.length + words[first].index!;
  const name = text.slice(start, end).replace(/\s+/g, ' ');
  return { start, actor: { id: slugOf(name), name, inter: head.inter, country: null, kind: head.kind }, kinds: [head.kind] };
}

/**
 * The mentions, with the story's own short names added: every later whole-word use of a short name defined in brackets
 * after an actor's name ("the New People's Army (NPA)") is that actor, and a name with an armed head that nothing named
 * becomes an actor where it defines a short name.
 */
export function withDefinedAcronyms(text: string, sentences: readonly Sentence[], raws: readonly RawMention[], stateWords: ReadonlySet<string> = new Set()): RawMention[] {
  const out = [...raws];
  const defs: Definition[] = [];
  for (const m of text.matchAll(/\(\s*\p{Lu}[\p{L}\d/-]{1,11}\s*\)/gu)) {
    let end = m.index!;
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    const short = DEFINED.exec(text.slice(end))![1];
    // the name ends right before the bracket: a lexicon, pattern or typed name there…
    const named = raws.find((r) => r.end === end && r.actor && r.via !== 'description' && r.confidence >= 0.5 && !r.actor.name.includes('{country}'));
    if (named) {
      defs.push({ short, at: m.index! + m[0].length, mention: { via: named.via, actor: named.actor, kinds: named.kinds, confidence: named.confidence } });
      continue;
    }
    // …or an armed formation's name nothing named (not one a mention already covers in part: "Syrian Democratic Forces")
    const unknown = unknownArmedName(text, end);
    // (a country's word makes it that state's forces, which the lexicon names: "the Malian Armed Forces (FAMa)")
    if (!unknown || unknown.actor.name.split(' ').some((w) => stateWords.has(w)) || raws.some((r) => r.start < end && unknown.start < r.end && r.actor)) continue;
    const sentence = sentences.find((s) => s.start <= unknown.start && unknown.start < s.end);
    if (!sentence) continue;
    const mention = { via: 'pattern' as const, actor: unknown.actor, kinds: unknown.kinds, confidence: 0.6 };
    out.push({ ...mention, start: unknown.start, end, sentence: sentence.index });
    defs.push({ short, at: m.index! + m[0].length, mention });
  }
  for (const d of defs) {
    // (a short name holds only letters, digits, "/" and "-", none of them special outside a class: no escaping, which the
    // u flag would refuse for "-")
    const use = new RegExp(String.raw`(?<![\p{L}\d-])${d.short}(?![\p{L}\d]|-\p{L})`, 'gu');
    for (const u of text.slice(d.at).matchAll(use)) {
      const start = d.at + u.index!;
      const end = start + d.short.length;
      // a mention already there keeps it ("NPA" the lexicon knows), and a bracketed repetition is no new use
      if (out.some((r) => r.start < end && start < r.end && r.actor)) continue;
      const sentence = sentences.find((s) => s.start <= start && start < s.end);
      if (!sentence) continue;
      out.push({ ...d.mention, start, end, sentence: sentence.index });
    }
  }
  return out.length === raws.length ? out : out.filter((r) => r.actor || !out.some((o) => o !== r && o.actor && o.start < r.end && r.start < o.end)).sort((a, b) => a.start - b.start);
}
