import { createRequire } from 'node:module';
import { z } from 'zod';
import { SitrepError } from '../errors.ts';
import { disorderTypeOf, EVENT_TYPES, isSubEventType } from '../model/taxonomy.ts';
import { interactionCode } from '../output/records.ts';
import type { Store, StoredEvent } from './store.ts';

/**
 * The analyst's review of a coded event, as ACLED coders work: accept it, edit it, or reject it,
 * with who, when and why. The fields a review settles are kept by every later merge (see pinReviewed).
 */
export const REVIEW_ACTIONS = ['accept', 'edit', 'reject'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];
export type ReviewStatus = 'accepted' | 'edited' | 'rejected';
export const STATUS_OF: Readonly<Record<ReviewAction, ReviewStatus>> = Object.freeze({ accept: 'accepted', edit: 'edited', reject: 'rejected' });

/** The coded fields a review settles: a later report merged into the event changes none of them. */
export const REVIEWED_FIELDS = [
  'event_type', 'sub_event_type', 'disorder_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2',
  'interaction', 'event_date', 'event_date_end', 'time_precision', 'country', 'iso3', 'admin1', 'admin2', 'location',
  'latitude', 'longitude', 'geo_precision', 'geonameid', 'fatalities',
] as const satisfies readonly (keyof StoredEvent)[];
export type ReviewedFields = Pick<StoredEvent, (typeof REVIEWED_FIELDS)[number]>;

/** One review as stored: `after` is what later merges keep; `before` lets corrections be learnt from. */
export interface Review {
  id: number;
  event_id: string;
  action: ReviewAction;
  reviewer: string;
  reason: string | null;
  /** What the analyst asked to change (edit only), as sent. */
  changes: ReviewChanges;
  before: ReviewedFields;
  after: ReviewedFields;
  at: string;
}

export type NewReview = Omit<Review, 'id'>;

const text = (max: number) => z.string().trim().min(1).max(max);
/** Date.parse rolls 2022-02-30 over to March 2: only a date that survives the round trip is real. */
const realDay = (s: string) => {
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
};
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').refine(realDay, 'is not a real calendar date');
const inter = z.number().int().min(0).max(8);

/** What an edit may change. Derived fields (disorder type, interaction, precision) follow from these. */
export const reviewChangesSchema = z
  .object({
    event_type: z.enum(Object.keys(EVENT_TYPES) as [string, ...string[]]),
    sub_event_type: text(100),
    actor1: text(300).nullable(),
    assoc_actor_1: text(600).nullable(),
    inter1: inter,
    actor2: text(300).nullable(),
    assoc_actor_2: text(600).nullable(),
    inter2: inter,
    event_date: day,
    event_date_end: day,
    time_precision: z.number().int().min(1).max(4),
    country: text(100).nullable(),
    iso3: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code').nullable(),
    admin1: text(200).nullable(),
    admin2: text(200).nullable(),
    location: text(200).nullable(),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    geo_precision: z.number().int().min(1).max(3),
    fatalities: z.number().int().min(0).max(1_000_000).nullable(),
  })
  .partial()
  .strict();
export type ReviewChanges = z.infer<typeof reviewChangesSchema>;

export const reviewInputSchema = z
  .object({
    action: z.enum(REVIEW_ACTIONS),
    changes: reviewChangesSchema.optional(),
    reason: z.string().trim().max(2000).optional(),
    reviewer: text(100).optional(),
  })
  .strict();
export type ReviewInput = z.infer<typeof reviewInputSchema>;

export function reviewedFieldsOf(e: StoredEvent): ReviewedFields {
  return Object.fromEntries(REVIEWED_FIELDS.map((f) => [f, e[f]])) as unknown as ReviewedFields;
}

/** The event with the reviewed fields of its latest review laid over what a merge made of it. */
export function pinReviewed(e: StoredEvent, latest: ReviewedFields | null | undefined): StoredEvent {
  if (!latest) return e;
  return withoutStaleExplanations({ ...e, ...latest }, e);
}

/**
 * decided_by says who chose the sub-event type and fatalities_flag why the toll is what it is. Each explains
 * one value: once a review or a pinned merge replaces that value, the explanation goes with the old one.
 */
function withoutStaleExplanations(next: StoredEvent, explained: StoredEvent): StoredEvent {
  if (next.sub_event_type !== explained.sub_event_type) delete next.decided_by;
  if (next.fatalities !== explained.fatalities) delete next.fatalities_flag;
  return next;
}

let countryCodes: Map<string, string> | null = null;
/** ISO3 for a country's common or official name, from world-countries; null when unknown. */
function iso3Of(country: string): string | null {
  if (!countryCodes) {
    const all = createRequire(import.meta.url)('world-countries/countries.json') as { cca3: string; name: { common: string; official: string } }[];
    countryCodes = new Map(all.flatMap((c) => [[c.name.common.toLowerCase(), c.cca3], [c.name.official.toLowerCase(), c.cca3]]));
  }
  return countryCodes.get(country.toLowerCase()) ?? null;
}

/** An edit's changes applied to the event, with the fields that follow from them made consistent. */
export function applyChanges(e: StoredEvent, c: ReviewChanges): StoredEvent {
  const usage = (m: string) => new SitrepError('E_USAGE', `invalid changes: ${m}`);
  const next = { ...e } as StoredEvent;
  if (c.event_type !== undefined || c.sub_event_type !== undefined) {
    const sub = c.sub_event_type ?? (c.event_type === e.event_type ? e.sub_event_type : undefined);
    if (sub === undefined) throw usage(`a new event_type needs its sub_event_type (one of ${(EVENT_TYPES as Record<string, readonly string[]>)[c.event_type!]!.join(', ')})`);
    if (!isSubEventType(sub)) throw usage(`sub_event_type "${sub}" is not an ACLED sub-event type`);
    const type = Object.entries(EVENT_TYPES).find(([, subs]) => (subs as readonly string[]).includes(sub))![0];
    if (c.event_type !== undefined && c.event_type !== type) throw usage(`sub_event_type "${sub}" belongs to "${type}", not "${c.event_type}"`);
    Object.assign(next, { event_type: type, sub_event_type: sub, disorder_type: disorderTypeOf(sub) });
  }
  for (const side of [1, 2] as const) {
    const name = c[`actor${side}`];
    if (name !== undefined) {
      next[`actor${side}`] = name;
      // An actor named without its inter code keeps the old code only if it is the same actor.
      if (c[`inter${side}`] === undefined && name !== e[`actor${side}`]) next[`inter${side}`] = name === null ? 0 : e[`inter${side}`];
      next[`actor${side}_mention`] = name === e[`actor${side}`] ? e[`actor${side}_mention`] : null;
    }
    if (c[`inter${side}`] !== undefined) next[`inter${side}`] = c[`inter${side}`]!;
    if (c[`assoc_actor_${side}`] !== undefined) next[`assoc_actor_${side}`] = c[`assoc_actor_${side}`]!;
  }
  next.interaction = interactionCode(next.inter1, next.inter2);
  if (c.event_date !== undefined || c.event_date_end !== undefined) {
    const from = c.event_date ?? e.event_date ?? c.event_date_end!;
    const to = c.event_date_end ?? (c.event_date !== undefined ? c.event_date : (e.event_date_end ?? from));
    if (to < from) throw usage(`event_date_end (${to}) is before event_date (${from})`);
    Object.assign(next, { event_date: from, event_date_end: to, time_precision: c.time_precision ?? (from === to ? 1 : 2) });
  } else if (c.time_precision !== undefined) next.time_precision = c.time_precision as StoredEvent['time_precision'];
  if ((c.latitude === undefined) !== (c.longitude === undefined)) throw usage('re-pin a place with both latitude and longitude');
  if (c.latitude !== undefined) {
    // Pinned by hand: no gazetteer entry stands behind the point any more.
    Object.assign(next, { latitude: c.latitude, longitude: c.longitude, geonameid: null, geo_precision: c.geo_precision ?? 1 });
  } else if (c.geo_precision !== undefined) next.geo_precision = c.geo_precision as StoredEvent['geo_precision'];
  for (const f of ['location', 'admin1', 'admin2'] as const) if (c[f] !== undefined) next[f] = c[f]!;
  if (c.country !== undefined) {
    next.country = c.country;
    next.iso3 = c.iso3 !== undefined ? c.iso3 : c.country === null ? null : c.country === e.country ? e.iso3 : iso3Of(c.country);
  } else if (c.iso3 !== undefined) next.iso3 = c.iso3;
  if (c.fatalities !== undefined) next.fatalities = c.fatalities;
  return withoutStaleExplanations(next, e);
}

/** The reviewed event and the review to store, from the event as stored and the analyst's input. */
export function decideReview(e: StoredEvent, input: ReviewInput, reviewer: string, at: string): { event: StoredEvent; review: NewReview } {
  const changes = input.changes ?? {};
  if (input.action === 'edit' && Object.keys(changes).length === 0) throw new SitrepError('E_USAGE', 'an edit needs "changes": the fields to set');
  if (input.action !== 'edit' && Object.keys(changes).length > 0) throw new SitrepError('E_USAGE', `"changes" go with "action": "edit", not "${input.action}"`);
  if (input.action === 'reject' && !input.reason) throw new SitrepError('E_USAGE', 'a rejection needs a "reason"');
  const edited = input.action === 'edit' ? applyChanges(e, changes) : e;
  const event: StoredEvent = { ...edited, review_status: STATUS_OF[input.action], updated_at: at };
  const review: NewReview = {
    event_id: e.event_id, action: input.action, reviewer, reason: input.reason || null, changes,
    before: reviewedFieldsOf(e), after: reviewedFieldsOf(event), at,
  };
  return { event, review };
}

/** EventQuery.review: which events a listing shows by their review. Default: all but the rejected. */
export const REVIEW_FILTERS = ['reviewed', 'unreviewed', 'accepted', 'edited', 'rejected', 'all'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/** SQL for a review filter over events.review_status (identical in SQLite and PostgreSQL). */
export function reviewClause(f: ReviewFilter | undefined): string | null {
  switch (f ?? 'default') {
    case 'all': return null;
    case 'reviewed': return "review_status IN ('accepted', 'edited')";
    case 'unreviewed': return 'review_status IS NULL';
    case 'accepted': return "review_status = 'accepted'";
    case 'edited': return "review_status = 'edited'";
    case 'rejected': return "review_status = 'rejected'";
    case 'default': return "(review_status IS NULL OR review_status <> 'rejected')";
    default: throw new SitrepError('E_USAGE', `review must be one of ${REVIEW_FILTERS.join(', ')}, got "${String(f)}"`);
  }
}

/**
 * Reviews one event in a write transaction: the event as stored now is the one reviewed, and a
 * concurrent merge into it (PostgreSQL row lock, SQLite write lock) waits or is waited for.
 */
export async function reviewEvent(store: Store, id: string, input: ReviewInput, reviewer: string, at = new Date().toISOString()): Promise<{ event: StoredEvent; review: Review }> {
  return store.writeTransaction([{ key: `event:${id}`, exclusive: true }], async (tx) => {
    const stored = await tx.getEvent(id);
    if (!stored) throw new SitrepError('E_NOT_FOUND', `no event with id "${id.slice(0, 100)}"`);
    const { event, review } = decideReview(stored, input, reviewer, at);
    const saved = await tx.saveReview(review, event);
    return { event: (await tx.getEvent(id))!, review: saved };
  });
}
