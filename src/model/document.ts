import type { Actor } from './actor.ts';
import type { Article } from './article.ts';
import type { Claim } from './claim.ts';
import type { CrowdSize, FatalitiesFlag } from './conventions.ts';
import type { DateValue } from './date-value.ts';
import type { Place } from './place.ts';
import type { Span } from './span.ts';
import type { DisorderType, EventType, SubEventType } from './taxonomy.ts';

export interface Sentence extends Span {
  readonly index: number;
  /** Index of the first token of the sentence in Document.tokens. */
  readonly firstToken: number;
  /** One past the last token of the sentence. */
  readonly endToken: number;
}

export interface Token extends Span {
  readonly sentence: number;
  /** Lower-cased surface form, for matching. */
  readonly norm: string;
  /** Universal POS tag from wink-nlp. */
  readonly pos: string;
}

export type MentionKind = 'ACTOR' | 'PLACE' | 'DATE' | 'COUNT';

interface MentionBase extends Span {
  readonly id: string;
  readonly sentence: number;
  readonly text: string;
  readonly confidence: number;
  /** Name of the stage that made it. */
  readonly by: string;
}

export interface ActorMention extends MentionBase {
  readonly kind: 'ACTOR';
  /** null = looked up, no canonical actor. */
  readonly actor: Actor | null;
  /** How it was found: a name in the lexicon, a description ("the jihadists"), or a pronoun. */
  readonly via: 'name' | 'description' | 'pronoun' | 'pattern';
  /** For descriptions and pronouns: the mention they were resolved to. */
  readonly antecedent?: string;
  /** e.g. "U.S.-backed" in "U.S.-backed Syrian rebels" → the backer's actor id. */
  readonly backedBy?: string;
  /** "Kurdish-held Kirkuk", "Islamic State-held town": the words name who holds territory, not who acted. */
  readonly holds?: true;
  /** "strikes on Syria": a country's own name read as the state struck; the name still says where (events/place.ts). */
  readonly struck?: true;
}

export interface PlaceMention extends MentionBase {
  readonly kind: 'PLACE';
  /** null = the geocoder abstained. */
  readonly place: Place | null;
  /** The words of a relative phrase that moved or widened the point ("north-west of the city"). */
  readonly relation?: string;
  /**
   * "Russian", "Palestinians": a people's adjective placed at its country. It says whose, not where,
   * so an event's place and the article's country never rest on it.
   */
  readonly demonym?: true;
  /**
   * A street, building or venue the gazetteer lacks ("Barclays Center"), placed at the story's nearest
   * town: a toponym for geoparsing, but never an event's place or the article's country. Also a small
   * place's name read inside a longer thing's name ("the Dakota Access Pipeline"), at its own reading.
   */
  readonly site?: true;
  /**
   * A national institution named as a site ("outside Afghanistan's Supreme Court", "stormed the Iraqi parliament"),
   * placed at the country's capital: an event's place where its sentence names no town, but no toponym for geoparsing.
   */
  readonly seat?: true;
  /**
   * Who said this capitalised name is a place: 'rule' when the words around vouch for it
   * ("Kelly, Texas", "the town of X", a country's name), 'model' when the entity tagger read it as a
   * location. Lets an error be traced to a rule or to the tagger's training data.
   */
  readonly decidedBy?: 'rule' | 'model';
}

export interface DateMention extends MentionBase {
  readonly kind: 'DATE';
  readonly value: DateValue;
  /** The expression points to a time well before publication (e.g. "in 2014", "last year"). */
  readonly past: boolean;
  /**
   * Written in the story's dateline ("BEIRUT, March 14 (Reuters) -"): when the story was filed,
   * the anchor of its relative dates, and never the date of an event it reports.
   */
  readonly dateline?: boolean;
}

export interface CountMention extends MentionBase {
  readonly kind: 'COUNT';
  readonly claim: Claim;
}

export type Mention = ActorMention | PlaceMention | DateMention | CountMention;

/** A party to an event: the canonical actor and, when the text names it, the mention it rests on. */
export interface EventActor {
  readonly actor: Actor;
  /** null when Sitrep supplied the actor by ACLED convention (e.g. "Civilians" as the target of an attack). */
  readonly mention: ActorMention | null;
}

/** One event as one report tells it. */
export interface EventMention {
  readonly id: string;
  readonly subEventType: SubEventType;
  readonly eventType: EventType;
  readonly disorderType: DisorderType;
  /** The words that name what happened ("counter-attack", "air strikes"). */
  readonly trigger: Span;
  readonly actor1: EventActor | null;
  readonly actor2: EventActor | null;
  readonly assocActor1: readonly EventActor[];
  readonly assocActor2: readonly EventActor[];
  readonly place: PlaceMention | null;
  /** Null when neither the text nor the article's publication date dates the event. */
  readonly date: DateValue | null;
  readonly historical: boolean;
  readonly fatalities: number | null;
  readonly claims: readonly Claim[];
  /** Set when ACLED's conventions, not the lowest figure alone, decided `fatalities` (see FatalitiesFlag). */
  readonly fatalitiesFlag?: FatalitiesFlag;
  /** The crowd size a note's size tag gives; records carry it for protests and riots only. */
  readonly crowdSize?: CrowdSize;
  readonly evidence: readonly Span[];
  readonly notes: string;
  readonly confidence: number;
  /** What the event rests on: the trigger rule that chose its type and the rules' evidence score. */
  readonly basis?: { readonly rule: string; readonly score: number };
  /**
   * Which decided the event: after the realis stage, whether it is real (the rules alone, or the realis model);
   * after the subevent stage, its sub-event type (the rules' stood, or the classifier overruled them).
   */
  readonly decidedBy?: 'rules' | 'model';
}

export interface StageRun {
  readonly stage: string;
  readonly version: string;
  readonly ms: number;
  /** Why the stage did not run: an earlier stage ended the run (see Stage.endsRun). */
  readonly skipped?: string;
  readonly error?: { readonly code: string; readonly message: string };
}

/** One article under analysis. Immutable: every stage returns a new Document. */
export interface Document {
  readonly id: string;
  readonly text: string;
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /** Indices of the sentences in which the trigger lexicon finds an event word; absent when the event-words stage did not run. */
  readonly eventWords?: readonly number[];
  readonly mentions: readonly Mention[];
  readonly events: readonly EventMention[];
  readonly trace: readonly StageRun[];
}

export function newDocument(article: Article): Document {
  return { id: article.id, text: article.text, article, sentences: [], tokens: [], mentions: [], events: [], trace: [] };
}

export function mentionsOf<K extends MentionKind>(doc: Document, kind: K): Extract<Mention, { kind: K }>[] {
  return doc.mentions.filter((m): m is Extract<Mention, { kind: K }> => m.kind === kind);
}

/** Index of the first span (of spans in text order, e.g. tokens) starting at or after offset; spans.length when none. */
export function firstStartingFrom(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence containing offset, by binary search; -1 when outside every sentence. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
