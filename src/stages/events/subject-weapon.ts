import { z } from 'zod';
import { loadJsonlLexicon, readShippedOnce } from '../../lexicons/load.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';
import type { Document, Sentence, Token } from '../../model/document.ts';
import { SUB_EVENT_TYPES, type SubEventType } from '../../model/taxonomy.ts';
import type { SubScore } from './classify.ts';

const sub = z.enum(SUB_EVENT_TYPES as [SubEventType, ...SubEventType[]]);
const row = z.union([
  z.object({ heads: z.string().min(1), sub, why: z.string().min(1) }).strict(),
  z.object({ verbs: z.string().min(1), why: z.string().min(1) }).strict(),
]);

export interface WeaponHeads {
  /** Weapon words and the sub-event type each gives, tried in the lexicon's order. */
  readonly heads: readonly { readonly re: RegExp; readonly sub: SubEventType }[];
  /** A verb of an outcome whose subject is its means (one token). */
  readonly verb: RegExp;
}

export const loadWeaponHeads = readShippedOnce((dir: string): WeaponHeads => {
  const rows = loadJsonlLexicon('weapon-heads.jsonl', row, dir);
  const heads = rows.flatMap((r) => ('heads' in r ? [{ re: lexiconRegExp(`(?<![\\w-])(?:${r.heads})(?![\\w-])`, 'i'), sub: r.sub }] : []));
  const verbs = rows.flatMap((r) => ('verbs' in r ? [r.verbs] : []));
  return { heads, verb: lexiconRegExp(`^(?:${verbs.join('|') || '(?!)'})$`, 'i') };
});

/** The acts an outcome rule types ("killed 12 people": an attack; "killed 20 militants": a clash) when it names no means. */
const ACTS: ReadonlySet<SubEventType> = new Set(['Armed clash', 'Attack']);
/** Tokens of a subject's head phrase: "the Russian Aerospace Forces", "Regime bombing raids", "Helicopter fire". */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Between a subject and its verb: "have killed", "reportedly killed". */
const BETWEEN_POS = new Set(['AUX', 'ADV']);
/**
 * Where a clause begins: a subject starts after these ("said that jets hit", "…; helicopters killed"). Not "and", which
 * also joins within a subject's phrase ("raids in and around Aleppo").
 */
const CLAUSE_START = /^(?:[,;:()"“”—–-]+|--|that|which|who|when|after|before|while|but|then)$/i;

/**
 * "Regime bombing raids in and around Aleppo killed 31 civilians", "Helicopter fire killed 12", "the Russian Aerospace
 * Forces have killed 304 militants": the weapon is the head of the killing verb's subject, not next to the act's words,
 * so weapon-of-act.ts does not see it, and the outcome rule ("killed 12 people", an attack; "killed 304 militants", a
 * clash) types the event for want of a means. ACLED types a one-sided act by how it was carried out, and the subject of
 * "killed" or "hit" is that: the subject's head phrase (its leading nouns and modifiers, before any prepositional or
 * participial phrase: "artillery shells fired by the army") types the act when it holds a weapon word of
 * lexicons/weapon-heads.jsonl. Not when the sentence tells two-sided fighting ("clashed", "repelled"), and only when the
 * chosen act's words are the verb's own outcome (they begin at the verb or follow it in its clause): a weapon that is
 * the subject of another clause's verb types that clause, not this one.
 */
export function subjectWeapon(doc: Document, s: Sentence, choice: SubScore | null, cues: ReadonlySet<string>, lex: WeaponHeads = loadWeaponHeads()): SubScore | null {
  if (!choice || !ACTS.has(choice.sub) || cues.has('rule-two-sided')) return choice;
  const toks = doc.tokens.slice(s.firstToken, s.endToken);
  for (let v = 1; v < toks.length; v++) {
    const verb = toks[v];
    if (verb.start > choice.hit.start) break;
    if (!lex.verb.test(verb.norm) || verb.pos === 'NOUN' || !outcomeOf(doc, toks, v, choice)) continue;
    const phrase = subjectHead(toks, v);
    if (!phrase) continue;
    const words = doc.text.slice(phrase.start, phrase.end);
    const weapon = lex.heads.find((h) => h.re.test(words));
    if (weapon) return { sub: weapon.sub, score: choice.score, hit: choice.hit };
  }
  return choice;
}

/**
 * Whether the chosen act's words are this verb's outcome: they begin at it, or follow it within its clause with no other
 * verb between ("Gunmen who fled after aircraft destroyed their base killed five villagers": the aircraft destroyed, the gunmen killed).
 */
function outcomeOf(doc: Document, toks: readonly Token[], v: number, choice: SubScore): boolean {
  const verb = toks[v];
  if (choice.hit.start === verb.start) return true;
  if (choice.hit.start < verb.end) return false;
  // (the act's own first word counts when it is a finite verb: "… destroyed their base killed five"; not "…, killing nine",
  // nor a verb coordinated with this one, which shares its subject: "have destroyed a command centre and killed 34")
  if (toks.some((t, i) => i > v && t.start <= choice.hit.start && t.pos === 'VERB' && !/ing$/.test(t.norm) && !/^(?:and|,)$/.test(toks[i - 1].norm))) return false;
  return !/[;.]|\bbut\b|\bwhile\b|\bafter\b/i.test(doc.text.slice(verb.end, choice.hit.start));
}

/**
 * The head phrase of the subject of the verb at toks[v]: back over auxiliaries and adverbs to the subject's end, back
 * to where its clause begins, then the run of noun-phrase tokens that opens it ("Regime bombing raids" of "Regime
 * bombing raids in and around Aleppo"). null when no noun phrase opens the clause ("On Friday, …", ", killing 12").
 */
function subjectHead(toks: readonly Token[], v: number): { start: number; end: number } | null {
  let end = v - 1;
  while (end >= 0 && BETWEEN_POS.has(toks[end].pos)) end--;
  if (end < 0 || toks[end].pos === 'PUNCT' || CLAUSE_START.test(toks[end].norm)) return null;
  let begin = end;
  while (begin > 0 && !CLAUSE_START.test(toks[begin - 1].norm) && toks[begin - 1].pos !== 'PUNCT') begin--;
  let last = begin - 1;
  while (last + 1 <= end && PHRASE_POS.has(toks[last + 1].pos)) last++;
  if (last < begin || !/^(?:NOUN|PROPN)$/.test(toks[last].pos)) return null;
  // the phrase ends the subject, or a prepositional or participial phrase follows it ("raids in …", "shells fired by …");
  // a verb with an object after it makes the phrase another clause's subject ("after aircraft destroyed their base")
  const next = toks[last + 1];
  if (last < end && next.pos !== 'ADP' && !(next.pos === 'VERB' && toks[last + 2]?.pos === 'ADP')) return null;
  return { start: toks[begin].start, end: toks[last].end };
}
