import { readShippedOnce } from '../../lexicons/load.ts';
import { phraseAlternation } from './phrase-rows.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';
import { mentionsOf, sentenceAt, type Document, type EventMention } from '../../model/document.ts';
import type { EventType } from '../../model/taxonomy.ts';

/**
 * "Two men were injured in a drive-by shooting at the airport", "a shopkeeper was shot dead in a robbery": violence the
 * story tells as a crime (lexicons/violent-crime.jsonl) is ordinary crime, which the news guideline does not code,
 * when no armed or political side is in sight: nobody named carried it out, no rebel, militia or foreign force is
 * named anywhere in the story, and the victims are not people whose attack is political (journalists, activists,
 * officials). A robbery in a war story, or a drive-by shooting of an opposition politician, stays.
 */
export const loadViolentCrime = readShippedOnce((dir: string): RegExp => {
  return lexiconRegExp(`(?<![\\w-])(?:${phraseAlternation('violent-crime.jsonl', dir)})(?![\\w])`, 'i');
});

/** The kinds of event an ordinary crime is misread as: a killing or wounding of civilians, or a shoot-out. */
const CRIME_LIKE: ReadonlySet<EventType> = new Set(['Violence against civilians', 'Battles']);
/** Inter codes of armed or political sides other than the state: rebels, political and identity militias, external forces. */
const ARMED_SIDES: ReadonlySet<number> = new Set([2, 3, 4, 8]);
/** The generic perpetrator Sitrep gives an attack no words name. */
const UNNAMED = 'unidentified-armed-group';
/**
 * Victims whose attack is political whatever motive the police give (soldiers and police are read from the target's
 * actor instead: "police said" stands in nearly every crime report).
 */
const POLITICAL_VICTIMS = /\b(?:journalists?|reporters?|photographers?|editors?|bloggers?|activists?|dissidents?|opposition|lawmakers?|congress(?:m[ae]n|wom[ae]n)|senators?|politicians?|mayors?|candidates?|judges?|prosecutors?|ministers?|party (?:leaders?|members?|officials?))\b/i;
/** Inter codes of a target that is no side: civilians, or none. */
const NO_SIDE: ReadonlySet<number> = new Set([0, 7]);

/**
 * The sentence right after each of the event's sentences: a story often names the kind of crime only once it has told
 * the killing ("Three employees were shot dead on Friday. This is a typical case of extortion, the company said.").
 */
function sentencesAfter(doc: Document, ev: EventMention): string[] {
  const next = new Set(ev.evidence.map((e) => sentenceAt(doc.sentences, Math.max(e.start, e.end - 1)) + 1));
  return [...next].filter((i) => i > 0 && i < doc.sentences.length).map((i) => doc.text.slice(doc.sentences[i].start, doc.sentences[i].end));
}

export function ordinaryCrime(doc: Document, ev: EventMention, crime: RegExp = loadViolentCrime()): boolean {
  if (!CRIME_LIKE.has(ev.eventType)) return false;
  if (ev.actor1 && ev.actor1.actor.id !== UNNAMED) return false;
  const told = [...ev.evidence.map((e) => doc.text.slice(e.start, e.end)), ...sentencesAfter(doc, ev)];
  if (!told.some((t) => crime.test(t))) return false;
  if (told.some((t) => POLITICAL_VICTIMS.test(t))) return false;
  if (ev.actor2 && !NO_SIDE.has(ev.actor2.actor.inter)) return false;
  return !mentionsOf(doc, 'ACTOR').some((m) => m.actor && ARMED_SIDES.has(m.actor.inter));
}
