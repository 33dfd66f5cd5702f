import type { Document } from '../../model/document.ts';
import type { RawPlace } from './detect.ts';
import { hasLocativeContext, tokenIndexAt } from './entity-gate.ts';

/** Parts of speech of a word a capitalised adjective may head a noun phrase with: "Liberal groups", "Federal prosecutors". */
const HEAD_POS = new Set(['NOUN', 'ADJ']);

/** A lower-case word: the noun or adjective of the phrase, not a name that goes on ("Liberal Democrats", "Green Bay"). */
const LOWER = /^\p{Ll}/u;

/**
 * "Liberal groups rallied", "Federal agents arrested", "Sufi leaders": a capitalised adjective of the lexicon's modifier
 * list (lexicons/geo-cues.jsonl) heading a noun phrase says what kind of group or office, never where, though a town
 * bears the word (Liberal, Kansas). It is never an event's place unless the words around make it one: a container
 * ("Liberal, Kansas"), a kind of place, a resident after it ("a Liberal man"), what hasLocativeContext counts. Before
 * anything but a lower-case noun or adjective ("in Liberal on Monday", "Liberal, Kansas") the word is left to the other
 * rules. The places stage keeps it as a site, as it does a place's name inside an organisation's (gatePlaces' namePart):
 * dropped outright, it took the foreign evidence a Canadian story leaned on ("the Liberal budget" in an Ontario story
 * then read Ontario, California; LGL dev end to end 84.8 -> 84.6), which the resolver's weighing, not this rule, owes.
 */
export function headsNounPhrase(doc: Document, r: RawPlace, modifiers: ReadonlySet<string>): boolean {
  if (!modifiers.has(r.text)) return false;
  const next = doc.tokens[tokenIndexAt(doc, r.end)];
  if (!next || next.start !== r.end + 1 || !HEAD_POS.has(next.pos) || !LOWER.test(doc.text.slice(next.start, next.end))) return false;
  return !hasLocativeContext(r, doc.text);
}
