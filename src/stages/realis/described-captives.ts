import { firstStartingFrom, mentionsOf, sentenceAt, type Document, type EventMention, type Token } from '../../model/document.ts';
import type { SubEventType } from '../../model/taxonomy.ts';

/** The types whose participle often names who people are: "officials detained in the probe", "aid workers kidnapped by rebels". */
const CAPTIVE_TYPES: ReadonlySet<SubEventType> = new Set(['Arrests', 'Abduction/forced disappearance']);
/** Tags a participle's own object starts with: "arrested 18 people", "detained him", "seized the leader". */
const OBJECT_START = new Set(['NOUN', 'PROPN', 'NUM', 'PRON', 'DET', 'ADJ']);
/** Tags before a participle used as a modifier: the noun it describes, or the comma of an appositive (", arrested in …"). */
const DESCRIBED = new Set(['NOUN', 'PROPN', 'NUM']);
/** How far after the participle a date must stand to tell when the arrest was made ("arrested this week"). */
const DATE_REACH = 60;

/**
 * "dozens of businessmen and officials detained in the probe", "the two women, arrested in Kuala Lumpur within days of
 * the killing, were duped", "the man detained was the leader of a group": a past participle of capture that modifies a
 * noun (a reduced relative, with no auxiliary before it and no object of its own after it) says who people are, not
 * an arrest the report tells; the arrest, if it is news, is told by a finite verb ("police arrested 18 people", "were
 * detained"). A participle whose phrase dates the capture ("editors arrested this week") tells it, and stays.
 */
export function describedCaptives(doc: Document, ev: EventMention): boolean {
  if (!CAPTIVE_TYPES.has(ev.subEventType)) return false;
  const i = firstStartingFrom(doc.tokens, ev.trigger.start);
  const t = doc.tokens[i];
  if (!t || t.start !== ev.trigger.start || t.pos !== 'VERB' || !/ed$/.test(t.norm)) return false;
  if (attributive(doc.tokens, i)) return true;
  // an adverb may stand between a finite verb and its object: "arrested temporarily several senior officials"
  let n = i + 1;
  while (doc.tokens[n]?.pos === 'ADV' && doc.tokens[n].sentence === t.sentence) n++;
  const next: Token | undefined = doc.tokens[n];
  if (next && next.sentence === t.sentence && OBJECT_START.has(next.pos)) return false;
  let j = i - 1;
  while (j >= 0 && doc.tokens[j].pos === 'ADV' && doc.tokens[j].sentence === t.sentence) j--;
  const prev = doc.tokens[j];
  if (!prev || prev.sentence !== t.sentence || !(DESCRIBED.has(prev.pos) || prev.norm === ',')) return false;
  // the actor named right before is the one who arrested ("Police arrested, questioned and freed them")
  const a1 = ev.actor1?.mention;
  if (a1 && a1.start <= prev.start && prev.end <= a1.end) return false;
  // the participle's phrase ends at a comma or at the sentence's own verb ("the man detained | was the leader"): a date
  // after that dates the report, not the capture
  const s = doc.sentences[sentenceAt(doc.sentences, t.start)];
  let reach = Math.min(s?.end ?? t.end, t.end + DATE_REACH);
  for (let k = i + 1; k < doc.tokens.length && doc.tokens[k].start < reach; k++) {
    if (doc.tokens[k].norm === ',' || doc.tokens[k].pos === 'AUX') reach = doc.tokens[k].start;
  }
  return !mentionsOf(doc, 'DATE').some((m) => m.start >= t.end && m.end <= reach && !m.past && !m.dateline);
}

/** Tags before a participle that make it a noun's modifier, with no subject for a finite verb: "the", "of", "two". */
const BEFORE_MODIFIER = new Set(['DET', 'ADP', 'NUM']);
/** Possessives, which a tagger may call pronouns: "its detained staff". */
const POSSESSIVE = /^(?:its|their|his|her|our|whose)$/;

/**
 * "Detained suspects must sign their confessions", "a group founded by detained opposition leader Kem Sokha", "the
 * release of detained journalists": a participle of capture before the noun it modifies, where no subject stands before
 * it (the sentence's start, an article, a preposition, a number or a possessive), says who people are; "police
 * detained opposition leaders" has its subject before the verb and stays.
 */
function attributive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next || next.sentence !== t.sentence || !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return false;
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence) return true;
  // (a year is no count of the captives: "police in 2017 arrested …" has its subject before the year)
  return (BEFORE_MODIFIER.has(prev.pos) && !/^\d{4}$/.test(prev.norm)) || POSSESSIVE.test(prev.norm);
}
