import { readShippedOnce } from '../../lexicons/load.ts';
import { phraseAlternation } from './phrase-rows.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';
import { firstStartingFrom, type Document, type EventMention } from '../../model/document.ts';

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
 * after a noun or pronoun, or a participle right after "is" or "are". A verb after "to", a modal or "did" is another
 * rule's (irrealis, negation).
 */
export function habitualPresent(doc: Document, ev: EventMention, pasts: RegExp = loadIrregularPasts()): boolean {
  const k = firstStartingFrom(doc.tokens, ev.trigger.start);
  const t = doc.tokens[k];
  if (!t || t.start !== ev.trigger.start || t.pos !== 'VERB') return false;
  let j = k - 1;
  while (j >= 0 && doc.tokens[j].sentence === t.sentence && ADVERB.test(doc.tokens[j].norm)) j--;
  const prev = doc.tokens[j];
  if (!prev || prev.sentence !== t.sentence) return false;
  if (PRESENT_BE.test(prev.norm)) return /ed$/i.test(t.norm) && !pasts.test(t.norm) && j === k - 1;
  if (!['NOUN', 'PROPN', 'PRON'].includes(prev.pos)) return false;
  return !NOT_PRESENT.test(t.norm) && !pasts.test(t.norm);
}
