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
