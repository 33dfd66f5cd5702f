/** SPEC time_precision: 1 day · 2 within a week/range of days · 3 within a month · 4 year or coarser. */
export type TimePrecision = 1 | 2 | 3 | 4;

export interface DateValue {
  /** YYYY-MM-DD, earliest date the event may have happened. */
  readonly earliest: string;
  /** YYYY-MM-DD, latest date (equal to earliest for an exact day). */
  readonly latest: string;
  readonly precision: TimePrecision;
  /** What the date was resolved against. */
  readonly anchor: 'explicit' | 'published' | 'dateline';
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function parseIsoDay(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}

export function addDays(iso: string, n: number): string {
  const d = parseIsoDay(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return isoDay(d);
}
