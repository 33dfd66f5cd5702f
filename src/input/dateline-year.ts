import { formatDay, monthNumber } from './normalize-date.ts';

/**
 * The year of a dateline date written without one ("MOPTI, Mali, March 14 (Reuters) -"), as wire
 * copies print it. The story's own dates say which year is meant; failing that, a file is saved
 * after the story was filed, so its modification time bounds the date from above. Both are
 * guesses: the reader reports them (see dateWarning) so that --date can correct them.
 */

export interface YearlessDate {
  readonly month: number;
  readonly day: number;
}

const MONTH_NAME = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const MONTH_DAY = new RegExp(`^(${MONTH_NAME})\\.?\\s+(\\d{1,2})$|^(\\d{1,2})\\s+(${MONTH_NAME})\\.?$`, 'i');
/**
 * Dates in running text that carry a year and at least a month: "March 10, 2024", "10 March 2024",
 * "January 2024", "2024-03-10". Bare years are left out: "its capture in 2014" is background.
 * Month names must be capitalised ("may 2024" is not a date).
 */
const DATED_IN_TEXT = new RegExp(
  [
    `\\b(?<m1>${MONTH_NAME}|${MONTH_NAME.toUpperCase()})\\.?\\s+(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?(?<y1>(?:19|20)\\d{2})\\b`,
    `\\b(?<d2>\\d{1,2})\\s+(?<m2>${MONTH_NAME}|${MONTH_NAME.toUpperCase()})\\.?,?\\s+(?<y2>(?:19|20)\\d{2})\\b`,
    `\\b(?<y3>(?:19|20)\\d{2})-(?<m3>\\d{2})-(?<d3>\\d{2})\\b`,
  ].join('|'),
  'g',
);
const DAY_MS = 86_400_000;
/** A story may carry the next day's date where it was filed: a day's grace past the file time. */
const FILE_TIME_GRACE_MS = DAY_MS;

/** Month and day of a dateline date such as "March 14" or "14 Mar"; null when it has a year or is no date. */
export function yearlessDate(dateText: string | null): YearlessDate | null {
  const m = dateText ? MONTH_DAY.exec(dateText.trim()) : null;
  if (!m) return null;
  const month = monthNumber(m[1] ?? m[4]);
  const day = Number(m[2] ?? m[3]);
  // 2000 is a leap year, so February 29 passes here and is checked against the chosen year later
  return month && formatDay(2000, month, day) ? { month, day } : null;
}

function time(year: number, d: YearlessDate, day = d.day): number {
  return Date.UTC(year, d.month - 1, day);
}

/**
 * The dateline's full date with the year that puts it nearest the latest dated mention in the
 * text ("December 28, 2023" makes a "January 3" dateline 2024-01-03); null when the text names none.
 */
export function dateFromTextYear(d: YearlessDate, text: string): string | null {
  let latest = -Infinity;
  for (const m of text.matchAll(DATED_IN_TEXT)) {
    const g = m.groups!;
    const year = Number(g.y1 ?? g.y2 ?? g.y3);
    const month = g.m3 ? Number(g.m3) : monthNumber(g.m1 ?? g.m2);
    const day = Number(g.d1 ?? g.d2 ?? g.d3 ?? 15);
    if (!month || !formatDay(year, month, day)) continue;
    latest = Math.max(latest, Date.UTC(year, month - 1, day));
  }
  if (latest === -Infinity) return null;
  const near = new Date(latest).getUTCFullYear();
  const years = [near - 1, near, near + 1].filter((y) => formatDay(y, d.month, d.day));
  const best = years.sort((a, b) => Math.abs(time(a, d) - latest) - Math.abs(time(b, d) - latest))[0];
  return best === undefined ? null : formatDay(best, d.month, d.day);
}

/** The dateline's full date in the latest year that does not put it after the file was saved. */
export function dateBeforeFileTime(d: YearlessDate, fileTime: Date): string | null {
  const limit = fileTime.getTime() + FILE_TIME_GRACE_MS;
  for (let year = fileTime.getUTCFullYear(); year >= fileTime.getUTCFullYear() - 4; year--) {
    const iso = formatDay(year, d.month, d.day);
    if (iso && time(year, d) <= limit) return iso;
  }
  return null;
}
