import { REVIEWED_FIELDS, type Review, type ReviewedFields } from './review.ts';
import type { Store, StoredArticle, StoredEvent } from './store.ts';

/**
 * The analysts' reviews as training data, in the news-gold format (../shared/data/news-gold/
 * GUIDELINE.md): per article, every event an analyst accepted or edited, as finally coded, and
 * the ones rejected (not events), each with its evidence as a verbatim quote and as character
 * offsets into the article text. This is the loop by which the coder learns from its users.
 */
export interface GoldEvent {
  event_id: string;
  event_type: string;
  sub_event_type: string;
  actor1: string;
  actor2: string;
  location: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: number | null;
  event_date: string | null;
  event_date_end: string | null;
  /** news-gold's scale: 1 day, 2 week or month, 3 year. */
  time_precision: number;
  fatalities: number | null;
  historical: boolean;
  /** The evidence spans' text, joined by " … ". */
  evidence: string;
  /** Character offsets of the evidence in this article's text. */
  evidence_spans: { start: number; end: number }[];
  review: { action: Review['action']; reviewer: string; at: string; reason: string | null; corrected: string[] };
}

export interface GoldDoc {
  date: string | null;
  set: 'conflict';
  title: string | null;
  events: GoldEvent[];
  /** Events the system coded and an analyst rejected: negatives for training. */
  rejected: GoldEvent[];
}

/** Sitrep's precision (1 day, 2 days, 3 month, 4 year or coarser) on news-gold's scale. */
const GOLD_PRECISION: Readonly<Record<number, number>> = { 1: 1, 2: 2, 3: 2, 4: 3 };

function goldEvent(e: StoredEvent, a: StoredArticle, first: Review, last: Review): GoldEvent {
  const f: ReviewedFields = last.after;
  const spans = e.evidence.filter((s) => s.doc_id === a.doc_id && s.end <= a.text.length).map(({ start, end }) => ({ start, end }));
  const corrected = REVIEWED_FIELDS.filter((k) => JSON.stringify(first.before[k]) !== JSON.stringify(f[k]));
  return {
    event_id: e.event_id,
    event_type: f.event_type,
    sub_event_type: f.sub_event_type,
    actor1: f.actor1 ?? '',
    actor2: f.actor2 ?? '',
    location: f.location,
    country: f.country,
    latitude: f.latitude,
    longitude: f.longitude,
    geo_precision: f.geo_precision,
    event_date: f.event_date,
    event_date_end: f.event_date_end,
    time_precision: GOLD_PRECISION[f.time_precision] ?? 3,
    fatalities: f.fatalities,
    historical: e.historical,
    evidence: spans.map((s) => a.text.slice(s.start, s.end).trim()).join(' … '),
    evidence_spans: spans,
    review: { action: last.action, reviewer: last.reviewer, at: last.at, reason: last.reason, corrected },
  };
}

export async function correctionsAsGold(store: Store): Promise<{ docs: Record<string, GoldDoc>; articles: number; events: number; edited: number; rejected: number }> {
  const byEvent = new Map<string, Review[]>();
  for (const r of await store.reviews()) byEvent.set(r.event_id, [...(byEvent.get(r.event_id) ?? []), r]);
  const docs: Record<string, GoldDoc> = {};
  const articles = new Map<string, StoredArticle | null>();
  let events = 0;
  let edited = 0;
  let rejected = 0;
  for (const [id, reviews] of byEvent) {
    const e = await store.getEvent(id);
    if (!e) continue;
    const first = reviews[0]!;
    const last = reviews.at(-1)!;
    if (last.action === 'reject') rejected++;
    else {
      events++;
      if (reviews.some((r) => r.action === 'edit')) edited++;
    }
    // An event merged from several reports is gold for each article that gives evidence of it.
    const docIds = [...new Set(e.evidence.length ? e.evidence.map((s) => s.doc_id) : e.sources.map((s) => s.doc_id))];
    for (const docId of docIds) {
      if (!articles.has(docId)) articles.set(docId, await store.getArticle(docId));
      const a = articles.get(docId);
      if (!a) continue;
      const doc = (docs[docId] ??= { date: a.published, set: 'conflict', title: a.title, events: [], rejected: [] });
      (last.action === 'reject' ? doc.rejected : doc.events).push(goldEvent(e, a, first, last));
    }
  }
  return { docs, articles: Object.keys(docs).length, events, edited, rejected };
}
