import { z } from 'zod';
import { SitrepError } from '../../errors.ts';
import { loadJsonlLexicon, readShippedOnce } from '../../lexicons/load.ts';
import { firstStartingFrom, mentionsOf, type Document, type Sentence } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import { EVENT_TYPES, type SubEventType } from '../../model/taxonomy.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';
import { phraseRunsThrough, stickyPhrase } from './phrase-at.ts';
import { mobJustice } from './mob-suspect.ts';
import { toldAsHearsay } from './hearsay.ts';
import { offsetDays } from '../dates/resolve.ts';
import { accusedAct } from './accusation.ts';
import { alternativeOfWhether } from './whether-or.ts';
import { spokenInPerson } from './unmarked-speech.ts';

/**
 * Whether the text asserts that the event a trigger names happened. ACLED codes only what happened:
 * threats, plans, fears, conditionals, denials, court cases, weapons talk and long-run totals are not events.
 */
export type Modality = 'asserted' | 'planned' | 'negated' | 'alleged' | 'generic' | 'legal' | 'total' | 'quoted' | 'question';

const KINDS = ['irrealis', 'negation', 'denial', 'presupposed', 'modal-after', 'weapon', 'use', 'weapon-head', 'weapon-test', 'legal', 'proceedings', 'immigration', 'crime', 'total', 'descriptive', 'metaphor', 'accident', 'attack-sign', 'disaster-name', 'drill', 'question', 'disowned', 'concluded', 'accusation', 'progressive', 'habitual'] as const;
type Kind = (typeof KINDS)[number];

const entrySchema = z.object({ id: z.string().min(1), kind: z.enum(KINDS), pattern: z.string().min(1), why: z.string().min(1) });

export interface RealisLexicon {
  /** One alternation per kind, compiled for the way the kind is read. */
  readonly irrealisBefore: RegExp;
  readonly negationBefore: RegExp;
  readonly denialBefore: RegExp;
  readonly presupposedEnd: RegExp;
  readonly toBefore: RegExp;
  readonly modalAfter: RegExp;
  readonly weapon: RegExp;
  readonly use: RegExp;
  readonly weaponHeadAfter: RegExp;
  readonly weaponTest: RegExp;
  readonly legal: RegExp;
  readonly proceedings: RegExp;
  readonly immigration: RegExp;
  readonly crime: RegExp;
  readonly total: RegExp;
  readonly descriptive: RegExp;
  readonly metaphor: RegExp;
  readonly accident: RegExp;
  /** Words that tell an explosion was set off by someone: a device, a bomber, an attack, a claim (accidentalBlasts). */
  readonly attackSign: RegExp;
  /** "Hurricane Irma", "Typhoon Haiyan": a disaster word before a name; group 1 is the name. */
  readonly disasterName: RegExp;
  readonly drill: RegExp;
  readonly question: RegExp;
  /** ", a charge the army denies": an allegation its target rejects, set off after a comma; matches start at the comma. */
  readonly disowned: RegExp;
  /** "signed", "reached", "agreed", "took effect": a verb that tells an accord being made, not one referred to. */
  readonly concluded: RegExp;
  /** "accused the rebels of", "accusations that the army had": an accusation frame ending right before the trigger (accusation.ts). */
  readonly accusedBefore: RegExp;
  /** "its forces are fighting": a present progressive of a fight verb ending at the trigger (the realis stage's progressive-state.ts). */
  readonly progressiveEnd: RegExp;
  /** "kneeling during the anthem this season": a gesture kept up over a season, which makes every trigger of its sentence a campaign. */
  readonly habitual: RegExp;
}

/** Words a denial may stand from the trigger it governs ("denied that its jets struck the hospital"). */
const IRREALIS_GAP = 4;
/** A denied report's noun and its link to what it reports: "reports that", "the accusations of". */
const DENIED_REPORT = String.raw`(?:reports?|charges?|accusations?|allegations?|claims?|suggestions?|assertions?|stories|rumou?rs?)\s+(?:that|of)`;
/** Words of the denied report's clause (no comma or stop between) that may stand before the trigger. */
const DENIED_CLAUSE = 10;
/**
 * Words a modal or a word of intent may stand from the trigger it governs, within one stretch without a comma: a modal
 * governs its whole verb phrase ("could lead to a prolonged guerrilla war and car bombs", "won't be too long before
 * Daesh is driven out"). Four words let such objects through; on the news gold TRAIN part eight dropped only non-events.
 */
const MODAL_SCOPE = 8;
/** "may have been killed by an air strike": a hedge on a past event (epistemic perfect), which still happened. */
const EPISTEMIC_PERFECT = /^(?:may|might|must)\s+(?:well\s+|also\s+)?have\b/i;
/** Negation governs only what follows it closely ("did not attack"; not "no one was hurt in the attack"). */
const NEGATION_GAP = 1;

const WORD = `(?:\\s+[^\\s,.;:!?“”"()]+)`;
/**
 * A word inside a modal's reach: a subordinating conjunction opens another clause, whose verb the modal does not govern
 * ("deaths are likely to rise as the United States steps up air strikes": the strikes are told, not forecast).
 */
const MODAL_WORD = `(?:\\s+(?!(?:as|because|while|whereas|although|though)\\b)[^\\s,.;:!?“”"()]+)`;

function compile(id: string, source: string, flags = 'i'): RegExp {
  try {
    return lexiconRegExp(source, flags);
  } catch (e) {
    throw new SitrepError('E_LEXICON', `realis cue "${id}" has an invalid pattern: ${(e as Error).message}`, { file: 'realis-cues.jsonl' });
  }
}

/**
 * A space in a cue matches any run of white space: wire copy whose quote marks were stripped keeps their spaces
 * ("had  produced results  fighting"), and a cue must read it as the words it is. Spaces inside [...] stay literal.
 */
export function spaced(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      out += c;
      if (c === ']') inClass = false;
    } else if (c === '[') {
      out += c;
      inClass = true;
    } else if (c === ' ') {
      out += '\\s+';
      while (source[i + 1] === ' ') i++;
    } else out += c;
  }
  return out;
}

/**
 * The events stage and the article-scope rules (its ordinary-crime words) both read the lexicon; each fresh copy checks
 * and compiles every cue again (about 10 ms), so the shipped one is read once. Its global patterns are used through
 * matchAll or reset before each run, so the copy can be shared.
 */
export const loadRealisLexicon: (dir?: string) => RealisLexicon = readShippedOnce(readRealisLexicon);

function readRealisLexicon(dir: string): RealisLexicon {
  const entries = loadJsonlLexicon('realis-cues.jsonl', entrySchema, dir);
  const ids = new Set<string>();
  const byKind = new Map<Kind, string[]>();
  for (const e of entries) {
    if (ids.has(e.id)) throw new SitrepError('E_LEXICON', `duplicate realis cue id "${e.id}"`, { file: 'realis-cues.jsonl' });
    ids.add(e.id);
    compile(e.id, e.pattern);
    if (e.id === 'to-verb') continue; // read through toBefore, only before a verb
    const list = byKind.get(e.kind) ?? [];
    list.push(`(?:${spaced(e.pattern)})`);
    byKind.set(e.kind, list);
  }
  const alt = (k: Kind): string => {
    const list = byKind.get(k);
    if (!list?.length) throw new SitrepError('E_LEXICON', `realis-cues.jsonl has no "${k}" cue`, { file: 'realis-cues.jsonl' });
    return `(?:${list.join('|')})`;
  };
  const b = '(?<![\\w-])';
  const e = '(?![\\w])';
  return {
    irrealisBefore: compile('irrealis', `${b}${alt('irrealis')}${e}${MODAL_WORD}{0,${MODAL_SCOPE}}\\s*$`),
    negationBefore: compile('negation', `${b}${alt('negation')}${e}${WORD}{0,${NEGATION_GAP}}\\s*$`),
    // (a denial of reports, charges or accusations "that" or "of" something governs that whole clause: "denied charges that
    // the army used chemical weapons in the attacks", "denied reports that Islamic State fighters had seized the town")
    denialBefore: compile('denial', `${b}${alt('denial')}${e}(?:${WORD}{0,${IRREALIS_GAP}}|${WORD}{0,3}?\\s+${DENIED_REPORT}${WORD}{0,${DENIED_CLAUSE}})\\s*$`),
    presupposedEnd: compile('presupposed', `${b}${alt('presupposed')}${WORD}?\\s*$`),
    toBefore: compile('to-verb', `${b}to\\s+$`),
    modalAfter: compile('modal-after', `^${alt('modal-after')}`),
    // "stun grenades", "Russian jets": the words end in a weapon's name
    weapon: compile('weapon', `(?:^|\\s)${alt('weapon')}$`),
    use: compile('use', `${b}${alt('use')}${e}`),
    weaponHeadAfter: compile('weapon-head', `^[\\s-]*${alt('weapon-head')}${e}`),
    weaponTest: compile('weapon-test', `${b}${alt('weapon-test')}${e}`),
    legal: compile('legal', `${b}${alt('legal')}${e}`),
    proceedings: compile('proceedings', `${b}${alt('proceedings')}${e}`),
    immigration: compile('immigration', `${b}${alt('immigration')}${e}`),
    crime: compile('crime', `${b}${alt('crime')}${e}`),
    total: compile('total', `${b}${alt('total')}${e}`),
    descriptive: compile('descriptive', `${b}${alt('descriptive')}${e}`, 'gi'),
    metaphor: compile('metaphor', `${b}${alt('metaphor')}${e}`, 'gi'),
    accident: compile('accident', `${b}${alt('accident')}${e}`),
    attackSign: compile('attack-sign', `${b}${alt('attack-sign')}${e}`),
    // the name after the disaster word must be capitalised: disasterNames checks it, as the 'i' flag would let \p{Lu} match any letter
    disasterName: compile('disaster-name', `${b}${alt('disaster-name')}\\s+(\\p{L}[\\p{L}'’-]*)(?![\\p{L}])`, 'giu'),
    drill: compile('drill', `${b}${alt('drill')}${e}`, 'gi'),
    question: compile('question', alt('question')),
    disowned: compile('disowned', `,\\s*${alt('disowned')}${e}`, 'gi'),
    concluded: compile('concluded', `${b}${alt('concluded')}${e}`),
    accusedBefore: compile('accusation', `${b}${alt('accusation')}\\s*$`),
    progressiveEnd: compile('progressive', `${b}${alt('progressive')}\\s*$`),
    habitual: compile('habitual', `${b}${alt('habitual')}${e}`),
  };
}

/** Sub-event types that are crimes when a court or an allegation speaks of them. */
const CRIME_TYPES: ReadonlySet<SubEventType> = new Set(['Attack', 'Sexual violence', 'Abduction/forced disappearance', 'Mob violence', 'Looting/property destruction']);

/**
 * Every type of political violence (battles, explosions, violence against civilians, riots): what a trial, a verdict or
 * a lawsuit tells of is its subject, whatever weapon it names ("found guilty of the siege, in which civilians were
 * killed by shelling"), not new violence.
 */
const VIOLENCE: ReadonlySet<SubEventType> = new Set([...EVENT_TYPES.Battles, ...EVENT_TYPES['Explosions/Remote violence'], ...EVENT_TYPES['Violence against civilians'], ...EVENT_TYPES.Riots]);

/** Violence done with weapons or fire, which an accident can look like. */
const VIOLENCE_BY_MEANS: ReadonlySet<SubEventType> = new Set(['Remote explosive/landmine/IED', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Air/drone strike', 'Attack', 'Looting/property destruction', 'Violent demonstration']);

/** Facts about one sentence that every trigger in it shares: computed once. */
export interface SentenceRealis {
  readonly legal: boolean;
  /** The sentence tells of a trial, verdict, lawsuit or testimony (no accusation word alone): the violence it names is its subject. */
  readonly proceedings: boolean;
  readonly immigration: boolean;
  /** The sentence names an ordinary crime (fraud, theft, smuggling) as what people were held for. */
  readonly crime: boolean;
  readonly total: boolean;
  /** The sentence tells a season-long gesture (lexicon kind habitual): protests too are summed up, unlike under total. */
  readonly habitual: boolean;
  readonly question: boolean;
  /** Where the sentence sets off an allegation its target denies (absolute offsets of the comma before it). */
  readonly disowned: readonly number[];
  readonly weaponUse: boolean;
  readonly weaponTest: boolean;
  readonly accident: boolean;
  /** The story tells its explosion as an accident and nothing in it as an attack (accidentalBlasts). */
  readonly accidentalBlast: boolean;
  /** Where the sentence names a drill or exercise (absolute offsets): the attacks, hostages and clashes it governs are acted, not done. */
  readonly drills: readonly Span[];
}

/** Capitalised words that follow a disaster word without naming a storm: "the National Hurricane Center", "the storm Monday". */
const NOT_A_STORM_NAME = new Set(['Center', 'Centre', 'Season', 'Warning', 'Watch', 'Hunters', 'Relief', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'In', 'On', 'At', 'And']);

/** The names a story gives its storms ("Hurricane Irma" → Irma), read once per document, not once per sentence. */
const disasterNamesOf = new WeakMap<Document, RegExp | null>();

/**
 * A story that names a storm ("Hurricane Irma") goes on to call it by the bare name: "Irma has killed 21 people". A
 * sentence with that name tells of the disaster, just as one with "hurricane" does. Null when the story names none.
 */
export function disasterNames(lex: RealisLexicon, doc: Document): RegExp | null {
  if (disasterNamesOf.has(doc)) return disasterNamesOf.get(doc) ?? null;
  const names = new Set<string>();
  lex.disasterName.lastIndex = 0;
  for (const m of doc.text.matchAll(lex.disasterName)) if (/^\p{Lu}\p{Ll}/u.test(m[1]) && !NOT_A_STORM_NAME.has(m[1])) names.add(m[1]);
  const re = names.size ? new RegExp(`(?<![\\p{L}])(?:${[...names].join('|')})(?![\\p{L}])`, 'u') : null;
  disasterNamesOf.set(doc, re);
  return re;
}

/** An explosion word: the story's blast, however it later calls it. */
const BLAST_WORD = /(?<![\w-])(?:explosions?|blasts?|explod(?:e|ed|es|ing)|blew up)(?![\w])/i;
/** A clause that says there is no sign of something ("nothing to suggest … terrorism"): its attack words are not signs. */
const NO_SIGN = /(?<![\w-])(?:nothing|no (?:sign|signs|evidence|indication|suggestion)|not (?:believed|thought|suspected)|ruled out)(?![\w])[^.;]{0,80}/gi;
const accidentalOf = new WeakMap<Document, boolean>();

/**
 * A story that tells its explosion as an accident somewhere ("a boiler caused the explosion", "an explosion at the
 * mine", "the accident at Upper Big Branch") goes on to call it "the blast", "a very big explosion", "the Upper Big Branch explosion" in sentences with no
 * accident word. When no sentence of the story tells of an attack (a device, a bomber, militants, a claim; words in a
 * clause of "nothing to suggest …" do not count), every bare explosion in it is that accident, not a Remote explosive
 * event. Read once per document.
 */
export function accidentalBlasts(lex: RealisLexicon, doc: Document): boolean {
  const known = accidentalOf.get(doc);
  if (known !== undefined) return known;
  const told = BLAST_WORD.test(doc.text) && lex.accident.test(doc.text);
  const result = told && !lex.attackSign.test(doc.text.replace(NO_SIGN, ' '));
  accidentalOf.set(doc, result);
  return result;
}

export function assessSentence(lex: RealisLexicon, doc: Document, s: Sentence): SentenceRealis {
  const t = doc.text.slice(s.start, s.end);
  const named = disasterNames(lex, doc);
  return {
    legal: lex.legal.test(t),
    proceedings: lex.proceedings.test(t),
    immigration: lex.immigration.test(t),
    crime: lex.crime.test(t),
    total: lex.total.test(t),
    habitual: lex.habitual.test(t),
    question: lex.question.test(t),
    disowned: [...t.matchAll(lex.disowned)].map((m) => s.start + (m.index ?? 0)),
    weaponUse: lex.use.test(t),
    weaponTest: lex.weaponTest.test(t),
    accident: lex.accident.test(t) || (named?.test(t) ?? false),
    accidentalBlast: accidentalBlasts(lex, doc),
    drills: [...t.matchAll(lex.drill)].map((m) => ({ start: s.start + (m.index ?? 0), end: s.start + (m.index ?? 0) + m[0].length })),
  };
}

/**
 * The modality of one trigger in its sentence. Reads the clause before the trigger (stopping at punctuation),
 * the words right after it, and the sentence's shared facts; quotes come from the document's quote spans.
 */
export function assessTrigger(
  lex: RealisLexicon,
  doc: Document,
  s: Sentence,
  facts: SentenceRealis,
  hit: Span,
  sub: SubEventType,
  quotes: readonly Span[],
): Modality {
  const text = doc.text;
  if (facts.question) return 'question';
  const before = clauseBefore(text, s.start, hit.start);
  if (lex.negationBefore.test(before) || lex.denialBefore.test(before) || facts.disowned.some((at) => disputedBy(text, s, hit, at))) return 'negated';
  // ("rumours of mob attacks", "reports that crowds had attacked … could not be confirmed": talk of a happening, hearsay.ts)
  if (accusedAct(lex.accusedBefore, text, s, before, hit, sub) || toldAsHearsay(text, s, before, hit)) return 'alleged';
  if (governedByIrrealis(lex, doc, before, hit) || alternativeOfWhether(text, s.start, hit.start)) return 'planned';
  // "demonstrators might try …", "the execution will be carried out": a modal after an event noun
  if (!isVerbAt(doc, hit.start) && lex.modalAfter.test(text.slice(hit.end, Math.min(s.end, hit.end + 40)))) return 'planned';
  const weaponEnd = weaponPhraseEnd(lex, text, s, hit);
  if (weaponEnd !== null) {
    if (facts.weaponTest || !facts.weaponUse) return 'generic';
    // "the missile programme" is talk, but "fired grenade launchers at" is use
    const usedRightBefore = USED_BEFORE.test(text.slice(Math.max(s.start, hit.start - 30), hit.start));
    if (!usedRightBefore && lex.weaponHeadAfter.test(text.slice(weaponEnd, Math.min(s.end, weaponEnd + 30)))) return 'generic';
  }
  if (covers(lex.descriptive, text, s, hit, DESCRIPTIVE_REACH, true) || covers(lex.metaphor, text, s, hit)) return 'generic';
  if (insideName(text, s, hit)) return 'generic';
  // "Two days after the bombing, gunmen …": a happening named only as the moment a day is counted from was told before
  if (mentionsOf(doc, 'DATE').some((d) => d.sentence === s.index && d.start <= hit.start && d.end >= hit.end && offsetDays(d.text) !== 0)) return 'generic';
  if (quotedAsWord(text, hit)) return 'generic';
  if (facts.accident && VIOLENCE_BY_MEANS.has(sub)) return 'generic';
  // "detained seven people over the explosion in a storage tank": people held over an accident are a case of negligence, not a political arrest
  if (facts.accident && sub === 'Arrests' && heldOverAccident(lex, text, s, hit)) return 'legal';
  if (facts.accidentalBlast && sub === 'Remote explosive/landmine/IED') return 'generic';
  // "SWAT teams shot down a drone during the drills": every kind of event is only acted in an exercise
  if (facts.drills.some((d) => inDrill(text, d, hit))) return 'generic';
  // a court "ordered the detention", "familiar with his arrest": proceedings, not the arrest itself
  if (facts.legal && (CRIME_TYPES.has(sub) || (sub === 'Arrests' && !isVerbAt(doc, hit.start))) && !executedByArmedGroup(doc, s, hit) && !(sub === 'Mob violence' && mobJustice(lex.legal, text, s, hit))) return 'legal';
  // "found guilty of … the siege, in which civilians were killed by shelling", "a lawsuit saying he incited a riot",
  // "a witness told the court she wore the shirt during the attack": the words of a trial, not new violence
  if (facts.proceedings && VIOLENCE.has(sub)) return 'legal';
  // "detained … pending deportation", "immigration sweeps": enforcing immigration law is no political arrest
  if (facts.immigration && sub === 'Arrests') return 'legal';
  // "arrested on suspicion of money laundering", "detained over the robbery": ordinary crime, not a political arrest;
  // "confiscated from an antiquities trafficker": goods seized from criminals are law enforcement, not looting
  if (facts.crime && (sub === 'Arrests' || sub === 'Looting/property destruction')) return 'legal';
  if (facts.total && sub !== 'Peaceful protest') return 'total';
  if (facts.habitual) return 'total';
  // "the 2015 nuclear agreement", "the ceasefire was violated", "under the reconciliation deal": an accord named by its
  // noun with no verb that makes it in the sentence is one already in force, not an agreement the report tells
  if (sub === 'Agreement' && BARE_ACCORD.test(text.slice(hit.start, hit.end)) && !lex.concluded.test(text.slice(s.start, s.end))) return 'generic';
  // a reporter never writes "we", "I" or "you"; wire copy that lost its quote marks still gives speech away by its person,
  // which is someone's words (quoted), not the report (unmarked-speech.ts)
  if (insideQuote(quotes, hit) || spokenInPerson(text, s.start, hit.start, before)) return 'quoted';
  return 'asserted';
}

/** How far past an arrest the accident it is over may be named. */
const ACCIDENT_REACH = 100;

/**
 * "detained seven people over Wednesday's explosion in a storage tank", "arrested … in connection with the fire": held over
 * an accident that follows the arrest in its clause, after "over", "after", "following", "for" or "in connection with".
 */
function heldOverAccident(lex: RealisLexicon, text: string, s: Sentence, hit: Span): boolean {
  const after = text.slice(hit.end, Math.min(s.end, hit.end + ACCIDENT_REACH));
  const m = lex.accident.exec(after);
  return !!m && /\b(?:over|after|following|for|in connection with)\b/i.test(after.slice(0, m.index));
}

/** Inter codes of armed groups outside the state: rebels and political militias. */
const ARMED_GROUP_INTER: ReadonlySet<number> = new Set([2, 3]);

/**
 * "Islamic State has executed tens of its own fighters … on charges of fleeing Raqqa": an execution an armed group
 * carries out is violence against the people it kills, whatever charge it gives; no court of a state tried them. The
 * group is named before the execution in its sentence.
 */
function executedByArmedGroup(doc: Document, s: Sentence, hit: Span): boolean {
  if (!/^execut/i.test(doc.text.slice(hit.start, hit.end))) return false;
  return mentionsOf(doc, 'ACTOR').some((m) => m.sentence === s.index && m.end <= hit.start && m.confidence >= 0.5 && !!m.actor && ARMED_GROUP_INTER.has(m.actor.inter));
}

/** An accord's bare noun, the words of a trigger that says nothing of its making. */
const BARE_ACCORD = /^(?:(?:peace|reconciliation) )?(?:agreements?|ceasefires?|cease-fires?|truces?|deals?|accords?)$/i;

/** "Prohibition of", "Weapons": a capitalised word, or one with "of/for/the/and/against" after it, inside a name. */
const NAME_BEFORE = /(?:^|[\s(])[A-Z][\w'’.-]*(?:\s+(?:of|for|the|and|on|against))*\s+$/;
const NAME_JOINER = /^(?:of|for|the|and|on|against)$/;
const NAME_AFTER = /^\s+(?:(?:of|for|the|and|on|against)\s+)*[A-Z]/;

/**
 * "the Organization for the Prohibition of Chemical Weapons", "the Chemical Weapons Convention": event words written
 * capitalised inside a name (another capitalised word before or after them) name an institution, not an event.
 * The first word of a sentence is capitalised anyway and tells nothing.
 */
function insideName(text: string, s: Sentence, hit: Span): boolean {
  // the function words a name joins its parts with stay lower case: "the Liberation of Angola", "Prohibition of"
  const words = text.slice(hit.start, hit.end).split(/\s+/).filter((w) => !NAME_JOINER.test(w));
  if (!words.length || !words.every((w) => /^[A-Z]/.test(w))) return false;
  const before = text.slice(Math.max(s.start, hit.start - 40), hit.start);
  if (!before.trim() || /[.:;"“]\s*$/.test(before)) return false;
  return NAME_BEFORE.test(before) || NAME_AFTER.test(text.slice(hit.end, Math.min(s.end, hit.end + 30)));
}

/**
 * "warned of “riots” if he is denied the nomination", "what he called “a truce”": event words that are the whole of
 * a quotation (an article aside) are someone's word, cited or mocked, not an event the report tells (findQuotes leaves
 * such short quotes out, as they are no speech).
 */
function quotedAsWord(text: string, hit: Span): boolean {
  return /[“"‘](?:an?\s+|the\s+)?\s*$/.test(text.slice(Math.max(0, hit.start - 6), hit.start)) && /^\s*[”"’]/.test(text.slice(hit.end, hit.end + 2));
}

/** Words a weapon's modifiers may run past a trigger that is only their first part ("ballistic" of "ballistic missile programs"). */
const WEAPON_MODIFIER_REACH = /^(?:[\s-]+[\w-]+){1,2}/;

/**
 * Where the weapon a trigger names ends, or null when it names none: the trigger itself ("missiles"), or, when the
 * trigger is a weapon word that is also a modifier ("ballistic" of "ballistic missile programs"), the weapon noun it
 * leads to within two words; the talk
 * heads after that noun ("programs") tell weapons talk as they do after a whole trigger.
 */
function weaponPhraseEnd(lex: RealisLexicon, text: string, s: Sentence, hit: Span): number | null {
  if (!lex.weapon.test(text.slice(hit.start, hit.end))) return null;
  // only a weapon word runs on into its noun: "arrested the bombers", "surrender their weapons" end in a weapon but are no weapon's name
  let weaponEnd = hit.end;
  const after = WEAPON_MODIFIER_REACH.exec(text.slice(hit.end, s.end));
  // the longest phrase that still ends in a weapon: "ballistic" is one, "ballistic missile" the whole
  for (const m of after?.[0].matchAll(/[\w-]+/g) ?? []) {
    const end = hit.end + (m.index ?? 0) + m[0].length;
    if (lex.weapon.test(text.slice(hit.start, end))) weaponEnd = end;
  }
  return weaponEnd;
}

const USED_BEFORE = /\b(?:fired|firing|fires|launched|launching|used|using|threw|throwing|hurled|dropped|planted)\s+(?:\S+\s+){0,2}$/i;

/**
 * Whether a drill governs a trigger: a drill named before it in the sentence ("In the mock exercise, police stormed …")
 * or after it in the same clause ("shot down a drone during drills"), not one set off after a comma ("Gunmen attacked
 * the base on Sunday, a day after the end of joint exercises").
 */
function inDrill(text: string, drill: Span, hit: Span): boolean {
  if (drill.end <= hit.start) return true;
  return !/[,;:()]|\s[-–—]\s/.test(text.slice(hit.end, drill.start));
}

/** Text from the start of the trigger's clause (after the last , ; : — or quote mark) up to the trigger. */
function clauseBefore(text: string, sentenceStart: number, at: number): string {
  const from = Math.max(sentenceStart, at - 80);
  const window = text.slice(from, at);
  const cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf(':'), window.lastIndexOf(' — '), window.lastIndexOf(' - '));
  return cut >= 0 ? window.slice(cut + 1) : window;
}

/** A conditional that opens the irrealis stretch: its definite nouns are no presupposed events. */
const CONDITION = /(?<![\w-])(?:if|unless)(?:\s+[^\s,.;:!?“”"()]+){1,8}\s*$/i;

/** A modal's own verb "be" or "become" (existential "there will be …"): what it governs is forecast, definite or not. */
const FORETOLD_BE = /^\s*(?:also\s+|still\s+|soon\s+)?(?:be|become)\b/i;

const COORDINATED = /\s(?:and|but|then|before|after)\s+(?:\w+ly\s+)?$/i;

function governedByIrrealis(lex: RealisLexicon, doc: Document, before: string, hit: Span): boolean {
  const m = lex.irrealisBefore.exec(before);
  if (m && EPISTEMIC_PERFECT.test(before.slice(m.index))) return false;
  // "thwarted an offensive and clashed with …": a verb after "and" is a predicate of its own, which the cue does not govern;
  // but a cue that reads a list ("empowered to question, search and detain": a comma, which a modal's reach never has)
  // governs each verb of it, the last after "and" too
  if (m && isVerbAt(doc, hit.start) && COORDINATED.test(before.slice(m.index)) && !m[0].includes(',')) return false;
  if (m) {
    // "vowed to avenge the attack", "would investigate Sunday's bombing": a definite event noun happened all the same;
    // not under "if": "if the bombardment continued", "if a judge approves the seizure" tell a condition, not the event
    const gap = before.slice(m.index).replace(/^\S+/, '');
    // "there will be casualties and the material damage …": under a modal's "be" a definite noun is foretold, not referred to
    if (CONDITION.test(before) || FORETOLD_BE.test(gap) || !(gap.trim() && lex.presupposedEnd.test(gap) && !isVerbAt(doc, hit.start))) return true;
  }
  // "volunteered … to fight against the United States": an infinitive is a purpose
  return lex.toBefore.test(before) && isVerbAt(doc, hit.start);
}

/** How far before a trigger a phrase that covers it may start, and how far past it the phrase may run. */
const COVER_REACH = 60;
/**
 * Descriptive clauses run longer than metaphors: "a draft resolution to extend the mandate of the investigation by the
 * United Nations and the OPCW into chemical weapons attacks" puts 100 characters between the cue and the trigger it governs.
 */
const DESCRIPTIVE_REACH = 160;

/**
 * Whether a phrase of the given kind runs through the trigger's first character. `startByStart`: for a pattern with no
 * start table (descriptive, which may start with any word), try it at each offset up to the trigger (phrase-at.ts).
 */
function covers(re: RegExp, text: string, s: Sentence, hit: Span, reach = COVER_REACH, startByStart = false): boolean {
  const from = Math.max(s.start, hit.start - reach);
  const window = text.slice(from, Math.min(s.end, hit.end + reach));
  const sticky = startByStart ? stickyPhrase(re) : null;
  if (sticky) return phraseRunsThrough(sticky, window, hit.start - from);
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const start = from + m.index;
    if (start <= hit.start && start + m[0].length > hit.start) return true;
    if (start > hit.start) break;
    // phrases may overlap ("a conference on protecting children from abuse"): look for the next one from the next character
    re.lastIndex = m.index + 1;
  }
  return false;
}

/** A verb that puts what follows in someone's mouth: the content an appended "a charge … denies" disputes. */
const SAID_BEFORE = /\b(?:said|says|say|accused|accuses|accuse|claimed|claims|claim|alleged|alleges|allege|blamed|blames|blame|charged|charges|charge|told|reported|reports)\b/i;

/**
 * Whether an allegation set off at a comma ("Israel said Hezbollah had seized …, a charge the army denies") disputes a
 * trigger: the trigger is told as someone's word (a verb of saying or accusing before it in the sentence) and stands in
 * the clause right before that comma, with no other comma, semicolon or colon between. "Lawyers protested after a
 * court referred them for trial, an allegation they denied" keeps its protest: the denial is of the charge, not of it.
 */
function disputedBy(text: string, s: Sentence, hit: Span, comma: number): boolean {
  if (comma < hit.end || /[,;:]/.test(text.slice(hit.end, comma)) || !SAID_BEFORE.test(text.slice(s.start, hit.start))) return false;
  // "The Taliban claimed responsibility for a bombing that killed 12, a claim the government denied", "Islamic State said
  // its fighters killed 30 soldiers, a claim the army denied": what a perpetrator's own claim is denied of is its part or
  // its figure, not that the event happened; the event stands, told on the claimant's word
  return !(CLAIM_NOUN.test(text.slice(comma, comma + 12)) && OWN_CLAIM.test(text.slice(s.start, hit.start)));
}

/** The allegation a denial disputes is a claim ("…, a claim the army denied"), not a charge or an accusation. */
const CLAIM_NOUN = /^,\s*(?:a |an |the )?claims?\b/i;
/** A perpetrator telling its own act: a claim of responsibility, or its own men as the doers ("said its fighters killed"). */
const OWN_CLAIM = /\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit)\b|\bclaims?\s+of\s+responsibility\b|\b(?:its|their|our)\s+(?:[\w-]+\s+)?(?:fighters|militants|men|forces|troops|soldiers|jets|warplanes|aircraft|units|members|suicide bombers?|attackers)\b/i;

/** Whether the token at a trigger's start is a verb ("shelled"), not a noun ("shelling", "air raids"). */
export function isVerbAt(doc: Document, start: number): boolean {
  const t = doc.tokens[firstStartingFrom(doc.tokens, start)];
  return t?.start === start && t.pos === 'VERB';
}

function insideQuote(quotes: readonly Span[], hit: Span): boolean {
  return quotes.some((q) => q.start <= hit.start && hit.end <= q.end);
}

const OPEN = new Set(['“', '«']);

const CLOSE = new Set(['”', '»']);
/** Quotes shorter than this are scare quotes or titles ("so-called “caliphate”"), not speech. */
const MIN_QUOTE_WORDS = 5;
/** A quote never closed covers at most this much: a stray mark must not swallow the rest of the story. */
const MAX_UNCLOSED = 400;

/**
 * Direct speech in the text: curly quotes pair by direction; straight double quotes pair in order.
 * An unclosed quote runs to the end of its paragraph, as wire copy continues a quote across sentences that way.
 */
export function findQuotes(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  let straight = -1;
  const close = (from: number, to: number) => {
    if (text.slice(from, to).split(/\s+/).length >= MIN_QUOTE_WORDS) out.push({ start: from, end: to });
  };
  // only the quote marks and paragraph breaks matter: the scan jumps from one to the next
  for (const m of text.matchAll(/[“”«»"]|\n\n/g)) {
    const i = m.index;
    const c = m[0];
    if (OPEN.has(c)) {
      // a quote that runs on into the next paragraph opens again there without closing first
      if (open >= 0) close(open, i);
      open = i;
    } else if (CLOSE.has(c)) {
      if (open >= 0) close(open, i + 1);
      open = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        close(straight, i + 1);
        straight = -1;
      }
    } else {
      // a blank line ends a paragraph, and any quote left open in it
      if (open >= 0) close(open, i);
      if (straight >= 0) close(straight, i);
      open = straight = -1;
    }
  }
  if (open >= 0) close(open, Math.min(text.length, open + MAX_UNCLOSED));
  return out;
}
