import type { EventRecord } from '../model/record.ts';
import { daysBetween, haversineKm } from '../store/geo-time.ts';

/** The fields deduplication compares; both fresh records and stored events have them. */
export type Comparable = Pick<
  EventRecord,
  | 'event_type' | 'sub_event_type' | 'event_date' | 'event_date_end' | 'time_precision' | 'actor1' | 'actor2'
  | 'country' | 'location' | 'latitude' | 'longitude' | 'geo_precision' | 'geonameid' | 'fatalities' | 'historical'
>;

/** Extra days two date ranges may lie apart and still be one event, by the coarser time_precision (1 day … 4 year). */
const DATE_SLACK_DAYS: Record<number, number> = { 1: 1, 2: 2, 3: 7, 4: 31 };
/** How far apart two points may be and still be one event, by the coarser geo_precision (1 town, 2 near, 3 region). */
const PLACE_SLACK_KM: Record<number, number> = { 1: 10, 2: 25, 3: 150 };
/** The widest of the above: what to ask the store for. */
export const MAX_SLACK_KM = 150;

export function dateSlack(a: Comparable, b: Comparable): number {
  return DATE_SLACK_DAYS[Math.max(a.time_precision, b.time_precision)] ?? 31;
}

/** Candidate query width for one record; a coarse-dated stored event spans its whole range anyway. */
export function candidateDays(r: Comparable): number {
  return Math.max(DATE_SLACK_DAYS[r.time_precision] ?? 31, DATE_SLACK_DAYS[2]);
}

/** A usable point: coordinates that stand for a town or region, not a country's centroid. */
export function pointOf(e: Comparable): { lat: number; lon: number } | null {
  if (e.latitude === null || e.longitude === null) return null;
  if (e.location && e.country && e.location.toLowerCase() === e.country.toLowerCase()) return null;
  return { lat: e.latitude, lon: e.longitude };
}

/** Whether the event has dates: an undated article's events (no date anywhere, no --date) have none. */
export function isDated<T extends Pick<Comparable, 'event_date' | 'event_date_end'>>(e: T): e is T & { event_date: string; event_date_end: string } {
  return e.event_date !== null && e.event_date_end !== null;
}

/** Days between two ranges; 0 when they overlap; infinite when either is undated, since nothing says when it was. */
export function dateGap(a: Comparable, b: Comparable): number {
  if (!isDated(a) || !isDated(b)) return Infinity;
  const start = a.event_date > b.event_date ? a.event_date : b.event_date;
  const end = a.event_date_end < b.event_date_end ? a.event_date_end : b.event_date_end;
  return Math.max(0, daysBetween(end, start));
}

function placeSlack(a: Comparable, b: Comparable): number {
  return PLACE_SLACK_KM[Math.max(a.geo_precision ?? 3, b.geo_precision ?? 3)] ?? MAX_SLACK_KM;
}

/**
 * Blocking: can a and b be the same real event at all? Same event type; dates that overlap or lie
 * within the precision's slack; within the precision's distance when both have a point, else the
 * same country (an unknown country does not block).
 */
export function compatible(a: Comparable, b: Comparable): boolean {
  if (a.event_type !== b.event_type) return false;
  // An undated report could be of any day: merging it would be a guess, so it stays on its own.
  if (!isDated(a) || !isDated(b)) return false;
  if (dateGap(a, b) > dateSlack(a, b)) return false;
  const pa = pointOf(a);
  const pb = pointOf(b);
  const actorsA = new Set([a.actor1, a.actor2].filter(Boolean));
  const sharedActor = [b.actor1, b.actor2].some((x) => x && actorsA.has(x));
  if (pa && pb) {
    if (haversineKm(pa.lat, pa.lon, pb.lat, pb.lon) > placeSlack(a, b)) return false;
    // a province-level point is as weak as a country: see below
    return Math.max(a.geo_precision ?? 3, b.geo_precision ?? 3) < 3 || (a.geonameid !== null && a.geonameid === b.geonameid) || sharedActor;
  }
  if (a.country && b.country && a.country !== b.country) return false;
  // Without a place finer than a region, only a shared named actor can tie two reports together:
  // "violence kills 14" and "attacks kill 21" on the same day in Iraq are not evidence of one event.
  return sharedActor;
}

export interface Similarity {
  readonly score: number;
  readonly parts: { subEvent: number; actors: number; place: number; date: number; fatalities: number };
}

/** Weights of the parts; they sum to 1 so the score is 0..1. Tuned on the dev fixtures and UCDP dev split. */
export const WEIGHTS = Object.freeze({ subEvent: 0.2, actors: 0.3, place: 0.25, date: 0.15, fatalities: 0.1 });

function actorScore(a: Comparable, b: Comparable): number {
  const a1 = a.actor1, a2 = a.actor2, b1 = b.actor1, b2 = b.actor2;
  if (!a1 && !a2 && !b1 && !b2) return 0.5;
  if (a1 && a1 === b1 && a2 === b2) return 1;
  if (a1 && a2 && a1 === b2 && a2 === b1) return 0.9; // "X attacked Y" vs "Y clashed with X"
  if (a1 && a1 === b1 && (!a2 || !b2)) return 0.8; // one report names no target
  const sa = new Set([a1, a2].filter(Boolean));
  if ([b1, b2].some((x) => x && sa.has(x))) return 0.5;
  // Both reports name who acted, and nobody in common: evidence against, not just no evidence.
  return a1 && b1 ? -0.3 : 0;
}

function placeScore(a: Comparable, b: Comparable): number {
  const pa = pointOf(a);
  const pb = pointOf(b);
  if (pa && pb) {
    const coarse = Math.max(a.geo_precision ?? 3, b.geo_precision ?? 3) >= 3;
    const km = haversineKm(pa.lat, pa.lon, pb.lat, pb.lon);
    if (km > placeSlack(a, b)) return 0;
    if (coarse) return 0.4; // a province says little about being the same event
    if ((a.geonameid !== null && a.geonameid === b.geonameid) || km <= 1) return 1;
    if (km <= 5) return 0.8;
    return 0.6;
  }
  if (a.country && a.country === b.country) return 0.4;
  return 0.2;
}

function dateScore(a: Comparable, b: Comparable): number {
  if (!isDated(a) || !isDated(b)) return 0;
  if (a.time_precision === 1 && b.time_precision === 1 && a.event_date === b.event_date) return 1;
  return dateGap(a, b) === 0 ? 0.8 : 0.4;
}

function fatalityScore(a: Comparable, b: Comparable): number {
  const fa = a.fatalities;
  const fb = b.fatalities;
  if (fa === null || fb === null) return 0.5;
  const lo = Math.min(fa, fb);
  const hi = Math.max(fa, fb);
  if (hi - lo <= 2 || lo / hi >= 0.5) return 1;
  return 0;
}

export function similarity(a: Comparable, b: Comparable): Similarity {
  const parts = {
    subEvent: a.sub_event_type === b.sub_event_type ? 1 : 0,
    actors: actorScore(a, b),
    place: placeScore(a, b),
    date: dateScore(a, b),
    fatalities: fatalityScore(a, b),
  };
  const score = WEIGHTS.subEvent * parts.subEvent + WEIGHTS.actors * parts.actors + WEIGHTS.place * parts.place + WEIGHTS.date * parts.date + WEIGHTS.fatalities * parts.fatalities;
  return { score: Math.round(score * 1000) / 1000, parts };
}

/** A report's background mention ("hit in an air strike last year") links only when the actors agree. */
export function historicalLinkOk(a: Comparable, b: Comparable, s: Similarity): boolean {
  if (!a.historical && !b.historical) return true;
  return s.parts.actors >= 0.8;
}
