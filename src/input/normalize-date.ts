/**
 * Publication dates as they appear in article inputs (ISO timestamps, RFC 822 feed dates,
 * "December 31, 2017 " from the ISOT Reuters CSV, "3 JAN 90" from wire headers) → YYYY-MM-DD.
 *
 * Timestamps keep the calendar day as written: "2016-06-29T23:30:00-05:00" is June 29 where it
 * was published, and converting to UTC would move the article to the next day.
 */

const MONTHS: Readonly<Record<string, number>> = Object.freeze({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
});

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
const SLASHED_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const COMPACT_YMD = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC_DMY_OR_MDY = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
/** "June 29, 2016", "Wed Jun 29, 2016", "Jun 29 2016 14:00". */
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
/** "29 Jun 2016", "Wed, 29 Jun 2016 14:00:00 GMT" (RFC 822), "3 JAN 90", "31-Dec-17". */
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)(?:of\\s+)?${MONTH_NAME},?(?:\\s+|-)(\\d{4}|\\d{2})\\b`, 'i');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY-MM-DD for a valid calendar day, else null. */
export function formatDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** Two-digit years as in wire headers ("3 JAN 90"): 00-49 → 2000s, 50-99 → 1900s. */
function expandYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/**
 * Normalise a date written in an input field to YYYY-MM-DD; null when it is not a recognisable
 * calendar day (ambiguous numeric forms such as "03/04/2016" are refused rather than guessed).
 */
export function normalizeDate(value: string | null | undefined): string | null {
  if (value == null) return null;
  const s = value.trim();
  if (s === '') return null;
  let m = ISO_DAY.exec(s) ?? SLASHED_YMD.exec(s) ?? COMPACT_YMD.exec(s);
  if (m) return formatDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[1]);
    return month ? formatDay(Number(m[3]), month, Number(m[2])) : null;
  }
  m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[2]);
    return month ? formatDay(expandYear(m[3]), month, Number(m[1])) : null;
  }
  m = NUMERIC_DMY_OR_MDY.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    if (a > 12 && b <= 12) return formatDay(year, b, a);
    if (b > 12 && a <= 12) return formatDay(year, a, b);
    if (a === b) return formatDay(year, a, b);
    return null;
  }
  return null;
}

/** Dates written inside running text, anywhere in the searched window. */
const DATE_IN_TEXT = new RegExp(
  [
    `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
    `\\b${WEEKDAY}${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
    `\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`,
  ].join('|'),
  'i',
);

/**
 * The first full calendar date (with a year) in the head of a text, as YYYY-MM-DD: news pages
 * and wire copies often print the publication date just under the headline.
 */
export function findDateInHead(text: string, headChars = 400): string | null {
  const head = text.slice(0, headChars);
  const m = DATE_IN_TEXT.exec(head);
  if (!m) return null;
  if (m[1]) return formatDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (m[4]) {
    const month = monthNumber(m[4]);
    return month ? formatDay(Number(m[6]), month, Number(m[5])) : null;
  }
  const month = monthNumber(m[8]);
  return month ? formatDay(Number(m[9]), month, Number(m[7])) : null;
}
