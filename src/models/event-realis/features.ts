import type { Document, EventMention } from '../../model/document.ts';
import { sentenceAt } from '../../model/document.ts';

/**
 * Features of one coded event for the realis model: does the article report it as a current event that happened?
 * Pure: the document and its events in, feature names out. The names are readable on purpose, so a weight in
 * models/event-realis.json says what it rewards ("sent=0", "date=explicit", "rule=shelling").
 */
export function eventFeatures(doc: Document, ev: EventMention, siblings: readonly EventMention[]): string[] {
  const f: string[] = ['bias', `type=${ev.eventType}`, `sub=${ev.subEventType}`];
  if (ev.basis) f.push(`rule=${ev.basis.rule}`, `score=${bucket(ev.basis.score, [3, 5, 8, 12])}`);
  const first = ev.evidence.length ? sentenceAt(doc.sentences, ev.evidence[0].start) : -1;
  f.push(`sent=${bucket(first, [0, 1, 2, 4, 9])}`, `nsent=${Math.min(3, ev.evidence.length)}`);
  // An undated event (no date in the article) reads as the model was trained on it: the publication anchor, precision 4.
  f.push(`date=${ev.date?.anchor ?? 'published'}`, `prec=${ev.date?.precision ?? 4}`);
  const published = doc.article.published;
  if (published && ev.date?.latest) f.push(`age=${bucket(days(published) - days(ev.date.latest), [0, 2, 7, 21])}`);
  // an event its own sentences date and place is told, not alluded to
  const inEvidence = (m: { start: number; end: number }) => ev.evidence.some((e) => e.start <= m.start && m.end <= e.end);
  if (doc.mentions.some((m) => m.kind === 'DATE' && !m.past && inEvidence(m))) f.push('owndate');
  if (ev.place && inEvidence(ev.place)) f.push('ownplace');
  const place = ev.place?.place;
  f.push(`place=${!place ? 'none' : place.featureCode.startsWith('PCL') ? 'country' : place.precision === 1 ? 'town' : 'region'}`);
  if (place && doc.article.dateline && doc.article.dateline.toLowerCase().includes(place.name.toLowerCase())) f.push('place=dateline');
  f.push(`a1=${ev.actor1 ? (ev.actor1.mention ? `inter${ev.actor1.actor.inter}` : 'implied') : 'none'}`);
  f.push(`a2=${ev.actor2 ? (ev.actor2.mention ? `inter${ev.actor2.actor.inter}` : 'implied') : 'none'}`);
  if (ev.claims.some((c) => c.what === 'killed')) f.push('claim=killed');
  if (ev.claims.some((c) => c.what === 'wounded')) f.push('claim=wounded');
  const current = siblings.filter((e) => !e.historical);
  f.push(`events=${bucket(current.length, [1, 2, 4, 7])}`, `rank=${bucket(current.indexOf(ev), [0, 1, 3])}`);
  // the trigger's own words and the two words before it: "suicide bombers struck" vs "the fight against"
  const trig = doc.text.slice(ev.trigger.start, ev.trigger.end).toLowerCase();
  for (const w of words(trig)) f.push(`w=${w}`);
  const before = words(doc.text.slice(Math.max(0, ev.trigger.start - 30), ev.trigger.start).toLowerCase()).slice(-2);
  for (const w of before) f.push(`b=${w}`);
  return f;
}

/** Sentence weights share the model file with event weights; this prefix keeps the two apart. */
export const SENTENCE_PREFIX = 's|';

/**
 * Features of one sentence for the sentence half of the model: does this sentence tell a current event the gold
 * codes? Its words (a bag, numbers folded to "num") and how far into the article it stands. Learned from the gold's
 * evidence offsets, it sees many more examples than there are coded events: every sentence with an event word.
 */
export function sentenceFeatures(doc: Document, index: number): string[] {
  const s = doc.sentences[index];
  const ws = new Set(doc.text.slice(s.start, s.end).toLowerCase().replace(/\d[\d,.]*/g, ' num ').split(/[^a-z0-9'-]+/).filter((w) => w.length > 1));
  return [`${SENTENCE_PREFIX}bias`, `${SENTENCE_PREFIX}si=${Math.min(index, 5)}`, ...[...ws].map((w) => `${SENTENCE_PREFIX}w=${w}`)];
}

/** The sentences an event is told in (its evidence), by index. */
export function evidenceSentences(doc: Document, ev: EventMention): number[] {
  return [...new Set(ev.evidence.map((e) => sentenceAt(doc.sentences, e.start)).filter((i) => i >= 0))];
}

/** A logit-summing scorer: the event model, or the sentence model when given sentence features. */
export interface Scorer {
  probability(features: readonly string[]): number;
}

/**
 * The realis probability of one event: the mean of the event model's probability and that of the likeliest
 * sentence telling it. Cross-validated on TRAIN the mean ranks events better than either half alone.
 */
export function combinedProbability(model: Scorer, eventFeats: readonly string[], sentenceFeats: readonly (readonly string[])[]): number {
  const pe = model.probability(eventFeats);
  if (!sentenceFeats.length) return pe;
  const ps = Math.max(...sentenceFeats.map((f) => model.probability(f)));
  return (pe + ps) / 2;
}

/** Sentences an article's news is told in: the lead and what follows it closely. */
export const NEWS_SENTENCES = 5;

/**
 * An event told only in passing: first told after the article's first NEWS_SENTENCES sentences, with no date in the
 * sentences that tell it, no place finer than a country and no casualty figure. Wire stories put their news first
 * and date it; deep in the body, undated event words placed only in a country are background and talk ("the
 * fighting in Afghanistan", "attacks on Afghanistan").
 */
export function toldInPassing(doc: Document, ev: EventMention): boolean {
  const first = ev.evidence.length ? sentenceAt(doc.sentences, ev.evidence[0].start) : -1;
  if (first < NEWS_SENTENCES) return false;
  const inEvidence = (m: { start: number; end: number }) => ev.evidence.some((e) => e.start <= m.start && m.end <= e.end);
  if (doc.mentions.some((m) => m.kind === 'DATE' && !m.past && inEvidence(m))) return false;
  // a named town, province, valley or mountain range is told for itself; a bare country is the story's setting
  if (ev.place?.place && !ev.place.place.featureCode.startsWith('PCL')) return false;
  return !ev.claims.some((c) => c.what === 'killed' || c.what === 'wounded');
}

/**
 * A text of this many sentences or more is a whole article. The model learned from whole articles; a brief
 * (an ACLED note, a headline, a one-paragraph report) tells one event plainly and is left to the rules.
 */
export const ARTICLE_SENTENCES = 6;

export function isArticle(doc: Document): boolean {
  return doc.sentences.length >= ARTICLE_SENTENCES;
}

function words(s: string): string[] {
  return s.split(/[^a-z0-9'-]+/).filter(Boolean);
}

function days(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 864e5;
}

/** The first bound a value is at or below, as a label ("<=2"), or ">" the last. */
function bucket(v: number, bounds: readonly number[]): string {
  for (const b of bounds) if (v <= b) return `<=${b}`;
  return `>${bounds[bounds.length - 1]}`;
}
