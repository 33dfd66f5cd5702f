export { API_DATE_REMEDY, CLI_DATE_REMEDY, dateWarning } from './date-warning.ts';
export { readArticles, buildArticle, detectFormat, DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT_BYTES } from './read-articles.ts';
export type { ReadOutcome, ReadOptions, InputFormat } from './read-articles.ts';
export { parseDateline } from './dateline.ts';
export type { Dateline } from './dateline.ts';
export { normalizeDate, findDateInHead } from './normalize-date.ts';
export type { HtmlExtract } from './html.ts';
export type { RawArticle } from './records.ts';
