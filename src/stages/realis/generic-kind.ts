import { readShippedOnce } from '../../lexicons/load.ts';
import { phraseAlternation } from './phrase-rows.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';
import { firstStartingFrom, sentenceAt, type Document, type EventMention } from '../../model/document.ts';

/**
 * "Bomb attacks in the mostly Shi'ite south, where security forces hold a tighter grip, have so far been relatively
 * rare", "attacks on journalists are rising", "violence has escalated": a bare plural (or mass) event noun (no article, number or possessive before it in
 * its clause) whose predicate tells how often such events happen (lexicons/generic-predicates.jsonl) speaks of a kind
 * of event, not of one the story reports. A parenthetical set off by commas may stand between the noun and its
 * predicate; any other verb between them ends the subject.
 */
export const loadGenericPredicates = readShippedOnce((dir: string): RegExp => {
  return lexiconRegExp(`^(?:${phraseAlternation('generic-predicates.jsonl', dir)})(?![\\w])`, 'i');
});

/** Event nouns with no plural that speak of a kind as a bare plural does: "violence has escalated", "fighting is rare". */
const MASS_EVENT_NOUN = /^(?:violence|fighting|unrest|bloodshed|shelling|looting)$/i;
/** Tags that make a noun phrase specific: "the attacks", "two attacks", "their attacks". */
const SPECIFIC = new Set(['DET', 'NUM', 'PRON']);
/** How many words the subject's modifiers ("on journalists", "in the mostly Shi'ite south") may run after the noun. */
const SUBJECT_REACH = 8;
/** Where the clause before the trigger begins. */
const CLAUSE_START = /[,;:]|\s[-–—]\s/g;
/** A parenthetical between commas ("…south, where the bulk of the oil is produced, have …"). */
const PARENTHETICAL = /,[^,;:.!?]*,/g;

export function genericKind(doc: Document, ev: EventMention, predicates: RegExp = loadGenericPredicates()): boolean {
  const si = sentenceAt(doc.sentences, ev.trigger.start);
  if (si < 0) return false;
  const s = doc.sentences[si];
  const words = doc.text.slice(ev.trigger.start, ev.trigger.end).trim().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (!(MASS_EVENT_NOUN.test(head) || (/[a-z]s$/i.test(head) && !/ss$/i.test(head)))) return false;
  // the clause before the noun: no article, number or possessive, and no verb (it would make the noun its object)
  const before = doc.text.slice(s.start, ev.trigger.start);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_START)) from = (m.index ?? 0) + m[0].length;
  for (let k = firstStartingFrom(doc.tokens, s.start + from); k < doc.tokens.length && doc.tokens[k].start < ev.trigger.start; k++) {
    const t = doc.tokens[k];
    if (SPECIFIC.has(t.pos) || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  // the predicate: within a few words after the noun, past a parenthetical
  const after = doc.text.slice(ev.trigger.end, s.end).replace(PARENTHETICAL, ' ').replace(/\s+/g, ' ');
  const gap = after.trim().split(' ');
  for (let n = 0; n <= Math.min(SUBJECT_REACH, gap.length); n++) {
    const rest = gap.slice(n).join(' ');
    if (predicates.test(rest)) return true;
    // a verb of the subject's own modifiers ends the search ("attacks that killed …")
    if (n < gap.length && /^(?:that|which|who|killed|wounded|said|says)$/i.test(gap[n])) return false;
  }
  return false;
}
