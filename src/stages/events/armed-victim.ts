import type { ActorMention, Document, EventActor, Sentence } from '../../model/document.ts';
import { firstStartingFrom, mentionsOf } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import type { SubEventType } from '../../model/taxonomy.ts';

/**
 * Issue 10 (type25): the one a force killed is a named group's leader ("Isnilon Hapilon, the Islamic State leader in
 * Southeast Asia, was killed by troops", "soldiers shot dead a Maute group commander", "killed Hapilon, Islamic State's
 * emir"). ACLED codes a state or armed side killing an armed group's member as a battle with that group as actor2, not
 * as an attack on civilians. The group's name there modifies a rank noun, which the actors stage reads as a speaker's
 * ("a Taliban commander said …") and keeps below a party's confidence; here the clause's grammar says he is the victim:
 * the subject of the passive killing, or the object right after the killing verb.
 */

/** Nouns of rank in an armed group: the person named is one of its members. */
const RANK = String.raw`(?:leader|leaders|commander|commanders|emir|chief|chiefs|founder|co-founder|deputy|operative|operatives)`;
/** "Islamic State's emir", "a Taliban commander", "the Maute group's top leader" (the name first). */
const RANK_AFTER = new RegExp(String.raw`^(?:['’]s|\s+s)?\s+(?:(?:top|senior|military|regional|local|field|former|self-styled|second-in-command)\s+){0,2}${RANK}\b`, 'i');
/** "the leader of the Maute group", "a commander of Islamic State" (the rank first). */
const RANK_BEFORE = new RegExp(String.raw`\b${RANK}\s+(?:in\s+\w+\s+)?of\s+(?:the\s+)?$`, 'i');
/** "a Taliban commander said": the rank noun speaks, it names the source, not the one killed. */
const SPEAKS_AFTER = /^\s*(?:\w+\s+){0,3}?(?:said|says|told|added|claimed|confirmed|denied|announced)\b/i;
/** A passive auxiliary right before the killing words: "was killed", "were shot dead", "had been gunned down". */
const PASSIVE_BEFORE = /\b(?:was|were|been|being)\s+(?:\w+ly\s+|also\s+|later\s+)?$/i;
/** The killing words this reads (an attack's or a one-armed-man clash's trigger). */
const KILLING = /^(?:killed|shot dead|shot and killed|gunned down|assassinated|shot)\b/i;

/** Kinds of armed side a victim's group may be (rebels, militias, unidentified armed groups). */
const ARMED_GROUP_INTER: ReadonlySet<number> = new Set([2, 3, 4]);
const TYPES: ReadonlySet<SubEventType> = new Set(['Attack', 'Armed clash']);

/** Whether any verb (not an auxiliary) starts between two offsets of the text. */
function verbBetween(doc: Document, from: number, to: number): boolean {
  for (let k = firstStartingFrom(doc.tokens, from); k < doc.tokens.length && doc.tokens[k].start < to; k++) if (doc.tokens[k].pos === 'VERB') return true;
  return false;
}

/** Whether the words around a mention make it the group of a ranked member ("Islamic State's emir", "leader of the Maute group"). */
function ranked(text: string, s: Span, m: ActorMention): boolean {
  return (RANK_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 40))) && !SPEAKS_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 60)).replace(RANK_AFTER, ''))) || RANK_BEFORE.test(text.slice(Math.max(s.start, m.start - 40), m.start));
}

/** "He was killed by army rangers": a passive killing whose subject is a bare pronoun opening the sentence. */
const PRONOUN_SUBJECT = /^\s*(?:He|She)\s+(?:was|had been|has been)\s+(?:\w+ly\s+|later\s+|also\s+)?$/;
/** How many sentences back a pronoun's leader may be named. */
const LOOKBACK = 3;

/** The armed group whose member the rank phrase around a mention names, where that member is the killing's victim. */
function victimGroup(doc: Document, s: Sentence, trigger: Span, m: ActorMention): boolean {
  const text = doc.text;
  if (!ranked(text, s, m)) return false;
  // the passive's subject: "X, the Islamic State leader in Southeast Asia, was killed by troops" (no other verb between)
  if (m.end <= trigger.start) return trigger.start - m.end <= 120 && PASSIVE_BEFORE.test(text.slice(Math.max(s.start, trigger.start - 30), trigger.start)) && !verbBetween(doc, m.end, trigger.start);
  // the verb's object: "shot dead a Maute group commander", "killed Hapilon, Islamic State's emir"
  return m.start - trigger.end <= 60 && !PASSIVE_BEFORE.test(text.slice(Math.max(s.start, trigger.start - 30), trigger.start)) && !verbBetween(doc, trigger.end, m.start);
}

/**
 * The side an attack or one-sided clash struck, where its victim is told as an armed group's leader: that group
 * (the caller's rule then makes an attack on an armed side a clash). Null when the victim is no such person, when a
 * side the sentence names already stands as the target, or when the group is the attacker itself.
 */
export function armedVictim(doc: Document, s: Sentence, sub: SubEventType, trigger: Span, actor1: EventActor | null, actor2: EventActor | null, mentions: readonly ActorMention[]): EventActor | null {
  if (!TYPES.has(sub) || (actor2 && actor2.mention && actor2.actor.kind !== 'civilians')) return null;
  if (!KILLING.test(doc.text.slice(trigger.start, trigger.end))) return null;
  for (const m of mentions) {
    if (!m.actor || !ARMED_GROUP_INTER.has(m.actor.inter) || m.actor.id === actor1?.actor.id) continue;
    if (victimGroup(doc, s, trigger, m)) return { actor: m.actor, mention: m };
  }
  // "Hapilon, Islamic State's emir in Southeast Asia, … He was killed by army rangers": a state force's passive killing of
  // "he" is of the group's leader the sentences just before name (only then: any other "he" stays a civilian)
  if (actor1?.actor.inter !== 1 || !PRONOUN_SUBJECT.test(doc.text.slice(s.start, trigger.start))) return null;
  const near = mentionsOf(doc, 'ACTOR').filter((m) => m.sentence < s.index && m.sentence >= s.index - LOOKBACK);
  const leaders = near.filter((m) => m.actor && ARMED_GROUP_INTER.has(m.actor.inter) && ranked(doc.text, doc.sentences[m.sentence], m));
  const last = leaders[leaders.length - 1];
  // (a civilian, protester or rioter named after the leader may be the one "he" is: "… Officials said a farmer died.")
  if (!last || near.some((m) => m.start > last.end && m.actor && m.actor.inter >= 5)) return null;
  return { actor: last.actor!, mention: last };
}
