import { addDays, parseIsoDay } from '../../model/date-value.ts';
import type { TimePrecision } from '../../model/date-value.ts';

/** Calendar arithmetic on YYYY-MM-DD strings, all in UTC so no time zone can shift a day. */

export function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return parseIsoDay(iso).getUTCDay();
}

/** Monday of the ISO week containing iso. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

export function monthRange(year: number, month: number): [string, string] {
  return [ymd(year, month, 1), ymd(year, month, daysInMonth(year, month))];
}

export function yearRange(year: number): [string, string] {
  return [ymd(year, 1, 1), ymd(year, 12, 31)];
}

/** Moves a date by whole months, clamping the day to the target month's length (31 March − 1 month = 29 February). */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return ymd(year, month, Math.min(d, daysInMonth(year, month)));
}

export function daysBetween(a: string, b: string): number {
  return Math.round((parseIsoDay(b).getTime() - parseIsoDay(a).getTime()) / 86_400_000);
}

/** SPEC time_precision from the width of a range: one day, up to two weeks, up to a month, longer. */
export function precisionForRange(earliest: string, latest: string): TimePrecision {
  const width = daysBetween(earliest, latest);
  if (width <= 0) return 1;
  if (width <= 14) return 2;
  if (width <= 31) return 3;
  return 4;
}
