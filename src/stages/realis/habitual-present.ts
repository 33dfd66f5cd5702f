import { readShippedOnce } from '../../lexicons/load.ts';
import { phraseAlternation } from './phrase-rows.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';
import { firstStartingFrom, type Document, type EventMention, type Token } from '../../model/document.ts';

/** Past forms that carry no -ed (lexicons/irregular-pasts.jsonl): a trigger so spelt is no simple present. */
export const loadIrregularPasts = readShippedOnce((dir: string): RegExp => lexiconRegExp(`^(?:${phraseAlternation('irregular-pasts.jsonl', dir)})$`, 'i'));

/** The forms of a verb that are not its simple present: past and participles (-ed, -en) and the gerund (-ing). */
const NOT_PRESENT = /(?:ed|en|ing)$/i;
/** Words between a subject and its verb that leave the verb finite: "authorities routinely kidnap", "who often protest". */
const ADVERB = /^(?:\w+ly|often|also|still|now|sometimes|always|never|even|then|again|simply)$/i;
/** A present copula that makes a following participle a present passive: "journalists are attacked". */
const PRESENT_BE = /^(?:is|are|'re|’re)$/i;

/**
 * "Rights activists say authorities kidnap dissidents and keep them in secret jails", "players who protest the anthem",
 * "journalists are attacked or simply kidnapped": a story tells its events in the past; an event verb in the simple
 * present (or its passive) after its subject tells what happens as a rule, a habit or a charge, not an event of the day.
 * Only a verb's own form is read: a finite present verb (no -ed, -en or -ing ending, not a past such as "shot") right
 * after a noun or pronoun, framed by a present verb of saying or after a relative pronoun, or a participle right after
 * "is" or "are". A verb after "to", a modal or "did" is another
 * rule's (irrealis, negation).
 */
export function habitualPresent(doc: Document, ev: EventMention, pasts: RegExp = loadIrregularPasts()): boolean {
  const k = firstStartingFrom(doc.tokens, ev.trigger.start);
  const t = doc.tokens[k];
  if (!t || t.start !== ev.trigger.start) return false;
  // (a capitalised gerund opening a sentence is often tagged as a name)
  if (gerundSubject(doc.tokens, k)) return true;
  if (t.pos !== 'VERB') return false;
  let j = k - 1;
  while (j >= 0 && doc.tokens[j].sentence === t.sentence && ADVERB.test(doc.tokens[j].norm)) j--;
  const prev = doc.tokens[j];
  if (!prev || prev.sentence !== t.sentence) return false;
  const sentenceStart = doc.sentences[t.sentence]?.start ?? t.start;
  const framed = PRESENT_SAYING.test(doc.text.slice(sentenceStart, t.start));
  if (PRESENT_BE.test(prev.norm)) return framed && /ed$/i.test(t.norm) && !pasts.test(t.norm) && j === k - 1;
  if (!['NOUN', 'PROPN', 'PRON'].includes(prev.pos)) return false;
  if (NOT_PRESENT.test(t.norm) || pasts.test(t.norm)) return false;
  // a present event verb on its own may be an outlet's headline style ("Army units destroy hideouts in Daraa"); it is a
  // habit or a charge when a relative pronoun makes it a description ("players who protest") or a present verb of
  // saying frames it ("activists say authorities kidnap …")
  return RELATIVE.test(prev.norm) || framed;
}

/** Relative pronouns that make a clause a description of who people are. */
const RELATIVE = /^(?:who|that|which)$/i;
/** A present verb of saying or charging before the event verb in its sentence. */
const PRESENT_SAYING = /(?<![\w-])(?:say|says|accuse|accuses|allege|alleges|claim|claims|believe|believes|insist|insists|argue|argues|complain|complains|charge|charges|contend|contends)(?![\w-])/i;

/** Tags a gerund's own object starts with: "arresting people", "targeting the mainland". */
const GERUND_OBJECT = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM']);

/**
 * "Arresting or detaining people for who they are is by definition arbitrary", "Targeting hospitals is a war crime": a
 * gerund with its own object opening its sentence, whose sentence's verb is a present "is" or "are" not followed by
 * another verb, is the subject of a statement about such acts. "Fighting is raging in the east" (no object, a
 * progressive) tells the day's fighting and is left alone.
 */
function gerundSubject(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!/ing$/i.test(t.norm) || (tokens[k - 1]?.sentence === t.sentence && !/^[“"‘]$/.test(tokens[k - 1].norm))) return false;
  // "arresting or detaining people": a second gerund joined to the first shares its object
  let o = k + 1;
  if (/^(?:or|and)$/i.test(tokens[o]?.norm ?? '') && /ing$/i.test(tokens[o + 1]?.norm ?? '')) o += 2;
  if (!GERUND_OBJECT.has(tokens[o]?.pos ?? '') || tokens[o].sentence !== t.sentence) return false;
  for (let j = o + 1; j < tokens.length && tokens[j].sentence === t.sentence; j++) {
    if (tokens[j].pos !== 'AUX' && tokens[j].pos !== 'VERB') continue;
    // a participle inside the subject ("people based on …", "towns held by rebels") is not the sentence's verb
    if (tokens[j].pos === 'VERB' && /(?:ed|ing)$/i.test(tokens[j].norm)) continue;
    if (!PRESENT_BE.test(tokens[j].norm)) return false;
    return tokens[j + 1]?.pos !== 'VERB';
  }
  return false;
}
