import { candidateDays, isDated, MAX_SLACK_KM, pointOf, type Comparable } from '../dedup/similarity.ts';
import { addDays, boxAround } from '../store/geo-time.ts';

/**
 * Which advisory locks a worker takes before deduplicating a record, so that two workers never
 * both miss each other's new event. Store.candidates(e) returns events of e's type whose dates
 * fall within candidateDays of e's, and whose point lies within MAX_SLACK_KM of e's point (or any
 * event when e has no point, and events without a point in any case). The locks mirror that:
 *
 *   level 0  type                        shared; exclusive when the date window is too long to split
 *   level 1  type + week                 shared; exclusive when the record has no point (it sees every place)
 *   level 2  type + week + grid cell     exclusive, for every cell the record's search box touches
 *
 * Two records that could be each other's candidates then share an exclusive lock at some level:
 * their windows overlap in a day (so in a week), and one's point lies in the other's box (so in a
 * cell both lock). Records of different types, weeks or far-apart places proceed in parallel.
 * Updates of an event already stored are guarded separately, by row locks (SELECT … FOR UPDATE).
 */

export interface LockRequest {
  readonly key: string;
  readonly exclusive: boolean;
}

const DAY_MS = 86_400_000;
const WEEK_DAYS = 7;
/** Date windows longer than this (in weeks) lock the whole type instead of each week. */
const MAX_WEEKS = 60;
/** Grid cell size in degrees: about twice MAX_SLACK_KM of latitude, so a search box touches at most a few cells. */
const CELL_DEG = 3;
const MAX_CELLS = 36;

function epochWeek(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS / WEEK_DAYS);
}

function cellsOf(lat: number, lon: number, km: number): string[] | null {
  const [w, s, e, n] = boxAround(lat, lon, km);
  const lonRanges: [number, number][] = [];
  if (e - w >= 360) return null;
  // Boxes that cross the antimeridian split into two longitude ranges.
  if (w < -180) lonRanges.push([w + 360, 180], [-180, e]);
  else if (e > 180) lonRanges.push([w, 180], [-180, e - 360]);
  else lonRanges.push([w, e]);
  const cells: string[] = [];
  for (let y = Math.floor(s / CELL_DEG); y <= Math.floor(n / CELL_DEG); y++) {
    for (const [a, b] of lonRanges) {
      for (let x = Math.floor(a / CELL_DEG); x <= Math.floor(b / CELL_DEG); x++) cells.push(`${y}:${x}`);
    }
  }
  return cells.length <= MAX_CELLS ? [...new Set(cells)] : null;
}

/** Lock requests per level (0, 1, 2) for the records of one article; exclusive wins over shared for the same key. */
export function blockingLocks(records: readonly Comparable[]): LockRequest[][] {
  const levels = [new Map<string, boolean>(), new Map<string, boolean>(), new Map<string, boolean>()];
  const want = (level: number, key: string, exclusive: boolean) => {
    const m = levels[level];
    m.set(key, (m.get(key) ?? false) || exclusive);
  };
  for (const r of records) {
    // An undated record neither has candidates nor is one (see mergeEvents): nothing to serialise.
    if (!isDated(r)) continue;
    const type = `t:${r.event_type}`;
    const days = candidateDays(r);
    const first = epochWeek(addDays(r.event_date, -days));
    const last = epochWeek(addDays(r.event_date_end, days));
    if (last - first + 1 > MAX_WEEKS) {
      want(0, type, true);
      continue;
    }
    want(0, type, false);
    const point = pointOf(r);
    const cells = point ? cellsOf(point.lat, point.lon, MAX_SLACK_KM) : null;
    for (let wk = first; wk <= last; wk++) {
      const week = `${type}|w:${wk}`;
      want(1, week, cells === null);
      if (cells) for (const c of cells) want(2, `${week}|c:${c}`, true);
    }
  }
  return levels.map((m) => [...m].map(([key, exclusive]) => ({ key, exclusive })));
}
