import type { CrowdSize, FatalitiesFlag } from '../model/conventions.ts';
import type { TimePrecision } from '../model/date-value.ts';
import type { ClaimRecord, EventRecord } from '../model/record.ts';
import { interactionCode } from '../output/records.ts';
import { daysBetween } from '../store/geo-time.ts';
import { sourceOf, type Store, type StoredArticle, type StoredEvent } from '../store/store.ts';
import { MAX_SLACK_KM, candidateDays, compatible, historicalLinkOk, isDated, pointOf, similarity } from './similarity.ts';

export interface DedupOptions {
  /** Minimum similarity (0..1) to merge a record into an existing event. */
  readonly threshold?: number;
  /** ISO timestamp for first_seen/updated_at; default now. */
  readonly now?: string;
}

/** Tuned on the dev fixtures and the UCDP dev split (see src/eval/dedup.ts). */
export const DEFAULT_MERGE_THRESHOLD = 0.7;

/** A claim as stored: who said it and in which article. */
export type StoredClaim = ClaimRecord & { doc_id: string };

/** One fresh record as a single-source stored event, its claims and evidence tagged with the article. */
export function toStoredEvent(record: EventRecord, article: StoredArticle, now: string): StoredEvent {
  const docId = article.doc_id;
  return {
    ...record,
    doc_id: docId,
    claims: record.claims.map((c): StoredClaim => ({ ...c, doc_id: docId })),
    evidence: record.evidence.map((s) => ({ doc_id: docId, start: s.start, end: s.end })),
    mentions: (record.mentions ?? []).map((m) => ({ doc_id: docId, role: m.role, start: m.start, end: m.end })),
    sources: [sourceOf(article)],
    n_sources: 1,
    first_seen: now,
    updated_at: now,
  };
}

function precisionOfSpan(from: string, to: string): TimePrecision {
  const days = daysBetween(from, to);
  if (days <= 0) return 1;
  if (days <= 7) return 2;
  if (days <= 31) return 3;
  return 4;
}

/** Narrow to the intersection when the ranges overlap; otherwise keep the more precise report's range. */
function mergedDates(base: StoredEvent, other: StoredEvent): Pick<StoredEvent, 'event_date' | 'event_date_end' | 'time_precision'> {
  // Only the same record re-ingested meets an undated one here (undated events merge with nothing): a date wins over none.
  if (!isDated(base) || !isDated(other)) {
    const dated = isDated(other) ? other : base;
    return { event_date: dated.event_date, event_date_end: dated.event_date_end, time_precision: dated.time_precision };
  }
  const from = base.event_date > other.event_date ? base.event_date : other.event_date;
  const to = base.event_date_end < other.event_date_end ? base.event_date_end : other.event_date_end;
  if (from <= to) {
    const coarsest = Math.min(base.time_precision, other.time_precision);
    return { event_date: from, event_date_end: to, time_precision: Math.max(precisionOfSpan(from, to), coarsest) as TimePrecision };
  }
  const best = other.time_precision < base.time_precision ? other : base;
  return { event_date: best.event_date, event_date_end: best.event_date_end, time_precision: best.time_precision };
}

const PLACE_FIELDS = ['country', 'iso3', 'admin1', 'admin2', 'location', 'latitude', 'longitude', 'geo_precision', 'geonameid'] as const;

function placeRank(e: StoredEvent): number {
  if (!pointOf(e)) return e.country ? 10 : 20;
  return e.geo_precision ?? 3;
}

/** The most precise place: a town beats "near", which beats a region, which beats a bare country. */
function mergedPlace(base: StoredEvent, other: StoredEvent): Partial<StoredEvent> {
  const best = placeRank(other) < placeRank(base) ? other : base;
  return Object.fromEntries(PLACE_FIELDS.map((f) => [f, best[f]]));
}

/**
 * The most conservative credible figure: the smallest of the reports' figures (ACLED's rule when
 * reports conflict). Each report's own figure was already the conservative reading of its claims;
 * a report without a figure (null) does not lower anything. Every claim stays in `claims` with
 * its claimant, so a rising toll remains visible to the analyst.
 */
function mergedFatalities(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/**
 * The crowd size of the report that says most: any figure beats none ("no report"), a stated figure beats a vague
 * one ("dozens"); between two alike, the primary report's, whose notes the event keeps. Figures are not compared:
 * a later count is no more credible for being larger, and the tag is the report's words, never a blend.
 */
function mergedCrowdSize(primary: StoredEvent, secondary: StoredEvent): CrowdSize | undefined {
  const rank = (c: CrowdSize | undefined) => (!c ? 3 : c.low === null ? 2 : c.qualifier === 'vague' ? 1 : 0);
  return rank(secondary.crowd_size) < rank(primary.crowd_size) ? secondary.crowd_size : primary.crowd_size;
}

/**
 * A flag says why the event's figure is what it is ("coded as 0", party-only figures), so it stays only while
 * that still holds: the merged figure is a flagged report's, and no unflagged report gives the same figure (a
 * second, independent source for it means the figure no longer rests on the convention alone).
 */
function mergedFatalitiesFlag(base: StoredEvent, other: StoredEvent, fatalities: number | null): FatalitiesFlag | undefined {
  if (fatalities === null) return undefined;
  const giving = [base, other].filter((e) => e.fatalities === fatalities);
  return giving.every((e) => e.fatalities_flag) ? giving[0]?.fatalities_flag : undefined;
}

/** Fields a record has only when they apply: present in the merged event only with a value. */
function presentOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}

function unionBy<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const x of b) {
    const k = key(x);
    if (!seen.has(k)) seen.add(k), out.push(x);
  }
  return out;
}

function assocUnion(a: string | null, b: string | null, exclude: readonly (string | null)[]): string | null {
  const names = unionBy((a ?? '').split('; '), (b ?? '').split('; '), (x) => x).filter((x) => x && !exclude.includes(x));
  return names.length ? names.join('; ') : null;
}

const CORROBORATION_BONUS = 0.05;

/** Merges report `other` into stored event `base`; base keeps its event_id and first_seen. */
export function mergeInto(base: StoredEvent, other: StoredEvent, now: string): StoredEvent {
  // A current report describes the event better than a background mention of it.
  const primary = base.historical && !other.historical ? other : base;
  const secondary = primary === base ? other : base;
  let actors = {
    actor1: primary.actor1, inter1: primary.inter1, actor1_mention: primary.actor1_mention,
    actor2: primary.actor2, inter2: primary.inter2, actor2_mention: primary.actor2_mention,
  };
  if (!actors.actor2 && secondary.actor2 && secondary.actor2 !== actors.actor1) {
    actors = { ...actors, actor2: secondary.actor2, inter2: secondary.inter2, actor2_mention: secondary.actor2_mention };
  }
  const main = [actors.actor1, actors.actor2];
  const sources = unionBy(base.sources, other.sources, (s) => s.doc_id);
  const added = sources.length > base.sources.length;
  const fatalities = mergedFatalities(base.fatalities, other.fatalities);
  const { decided_by: _d, crowd_size: _c, fatalities_flag: _f, ...kept } = base;
  return {
    ...kept,
    historical: base.historical && other.historical,
    disorder_type: primary.disorder_type,
    sub_event_type: primary.sub_event_type,
    notes: primary.notes,
    ...actors,
    assoc_actor_1: assocUnion(base.assoc_actor_1, other.assoc_actor_1, main),
    assoc_actor_2: assocUnion(base.assoc_actor_2, other.assoc_actor_2, main),
    interaction: interactionCode(actors.inter1, actors.inter2),
    ...mergedDates(base, other),
    ...mergedPlace(base, other),
    fatalities,
    // decided_by tells who chose the sub-event type, which is the primary report's.
    ...presentOnly({
      decided_by: primary.decided_by,
      crowd_size: mergedCrowdSize(primary, secondary),
      fatalities_flag: mergedFatalitiesFlag(base, other, fatalities),
    }),
    claims: unionBy(base.claims, other.claims, (c) => JSON.stringify([(c as Partial<StoredClaim>).doc_id, c.what, c.low, c.high, c.claimant, c.start, c.end])),
    evidence: unionBy(base.evidence, other.evidence, (s) => `${s.doc_id}:${s.start}:${s.end}`),
    mentions: unionBy(base.mentions ?? [], other.mentions ?? [], (m) => `${m.doc_id}:${m.role}:${m.start}:${m.end}`),
    confidence: Math.min(1, Math.max(base.confidence, other.confidence) + (added ? CORROBORATION_BONUS : 0)),
    sources,
    n_sources: sources.length,
    updated_at: now,
  };
}

function sidesDiffer(a: StoredEvent, b: StoredEvent): boolean {
  const differ = (x: string | null, y: string | null) => x !== null && y !== null && x !== y;
  return differ(a.actor1, b.actor1) || differ(a.actor2, b.actor2);
}

/** The best matching event among candidates, or null when none reaches the threshold. */
export function bestMatch(e: StoredEvent, candidates: Iterable<StoredEvent>, threshold: number): StoredEvent | null {
  let best: StoredEvent | null = null;
  let bestScore = threshold;
  for (const c of candidates) {
    if (c.event_id === e.event_id || !compatible(e, c)) continue;
    const s = similarity(e, c);
    if (!historicalLinkOk(e, c, s)) continue;
    // Ties go to the event seen first, so merging is stable under re-ingestion.
    const better = s.score > bestScore || (s.score === bestScore && (best === null || c.first_seen < best.first_seen));
    if (better) {
      best = c;
      bestScore = s.score;
    }
  }
  return best;
}

/**
 * Deduplicates one article's records against the store and against each other. Returns the
 * events to save with the article: new ones and updated stored ones, each once, in first-touched
 * order. The article's event_ids are the returned ids.
 */
export async function mergeEvents(store: Store, article: StoredArticle, records: EventRecord[], opts: DedupOptions = {}): Promise<StoredEvent[]> {
  const threshold = opts.threshold ?? DEFAULT_MERGE_THRESHOLD;
  const now = opts.now ?? new Date().toISOString();
  const touched = new Map<string, StoredEvent>();
  for (const record of records) {
    const fresh = toStoredEvent(record, article, now);
    const point = pointOf(fresh);
    // An undated event has no candidates: nothing ties it to a day another report could share.
    const fromStore = isDated(fresh)
      ? await store.candidates({ ...fresh, latitude: point?.lat ?? null, longitude: point?.lon ?? null }, candidateDays(fresh), MAX_SLACK_KM)
      : [];
    // This batch's versions replace what the store still holds.
    const pool = new Map<string, StoredEvent>(fromStore.map((c) => [c.event_id, c]));
    for (const [id, e] of touched) pool.set(id, e);
    // The extractor already told this article's events apart: two of them become one only when no side differs
    // ("rebels fired rockets at army positions" after "the army shelled the town" are two events).
    for (const [id, e] of touched) if (sidesDiffer(e, fresh)) pool.delete(id);
    const match = bestMatch(fresh, pool.values(), threshold);
    if (match) touched.set(match.event_id, mergeInto(match, fresh, now));
    else if (touched.has(fresh.event_id)) touched.set(fresh.event_id, mergeInto(touched.get(fresh.event_id)!, fresh, now));
    else {
      const stored = pool.get(fresh.event_id) ?? (await store.getEvent(fresh.event_id));
      // The same record again (re-ingest of a changed article): fold into itself, counting nothing twice.
      touched.set(fresh.event_id, stored ? mergeInto(stored, fresh, now) : fresh);
    }
  }
  return [...touched.values()];
}
