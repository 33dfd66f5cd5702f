import type { Article } from '../model/article.ts';

/** What the user can do about a missing or guessed date, in the words of where the article came in. */
export const CLI_DATE_REMEDY = 'give --date YYYY-MM-DD';
export const API_DATE_REMEDY = 'send "date": "YYYY-MM-DD" with it (--date YYYY-MM-DD on the command line)';

function where(a: Article): string {
  return a.origin.line ? `${a.origin.file}:${a.origin.line}` : a.origin.file;
}

/**
 * The warning an article's date deserves, or null when it was stated: an undated article is
 * stored, but its events have no date (event_date null, time_precision 4), and a year taken from
 * context is a guess. Either way the user should hear of it and learn the remedy.
 */
export function dateWarning(a: Article, remedy = CLI_DATE_REMEDY): string | null {
  if (a.published === null) {
    return `${where(a)}: no publication date (no date field, no dated dateline, no date under the headline); its events are undated. To date them, ${remedy}`;
  }
  if (a.publishedYearFrom) {
    const from = a.publishedYearFrom === 'text' ? 'from the dates in the text' : "from the file's modification time";
    return `${where(a)}: the dateline's date has no year; took ${a.published} (the year ${from}). If that is wrong, ${remedy}`;
  }
  return null;
}
