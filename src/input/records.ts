import { SitrepError } from '../errors.ts';

/** An article's fields as found in one input record, before dates and datelines are resolved. */
export interface RawArticle {
  readonly id?: string | null;
  readonly title?: string | null;
  readonly date?: string | null;
  readonly publisher?: string | null;
  readonly url?: string | null;
  readonly text: string;
}

/** One record of an input file: `key` names it within the file (line number or index) for ids. */
export type RecordOutcome =
  | { ok: true; raw: RawArticle; line?: number; key?: string }
  | { ok: false; error: SitrepError };

type Field = 'id' | 'title' | 'date' | 'publisher' | 'url' | 'text';

/** Column/key names seen in news datasets and APIs, compared lower-case without "_", "-" or spaces. */
const FIELD_ALIASES: ReadonlyMap<string, Field> = new Map<string, Field>([
  ...['id', 'docid', 'articleid', 'guid', 'uid', 'uuid'].map((k) => [k, 'id'] as const),
  ...['title', 'headline', 'heading'].map((k) => [k, 'title'] as const),
  ...['date', 'published', 'pubdate', 'publishedat', 'publicationdate', 'publishdate', 'datepublished', 'datetime', 'dltime', 'publishedtime'].map((k) => [k, 'date'] as const),
  ...['source', 'publisher', 'sourcename', 'sitename', 'outlet', 'agency', 'newspaper'].map((k) => [k, 'publisher'] as const),
  ...['url', 'link', 'sourceurl', 'href', 'permalink', 'canonicalurl'].map((k) => [k, 'url'] as const),
  ...['text', 'body', 'content', 'article', 'maintext', 'fulltext', 'story', 'articlebody'].map((k) => [k, 'text'] as const),
]);
const TEXT_KEYS_HINT = 'text, body or content';
const KEY_NOISE = /[\s_-]/g;

function fieldOf(key: string): Field | undefined {
  return FIELD_ALIASES.get(key.toLowerCase().replace(KEY_NOISE, ''));
}

function scalar(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  // NewsAPI-style {source: {id, name}}
  if (v && typeof v === 'object' && 'name' in v && typeof (v as { name: unknown }).name === 'string') {
    return (v as { name: string }).name;
  }
  return null;
}

/** Map an object with any of the accepted key names onto RawArticle fields. */
export function rawFromObject(obj: unknown, where: { file: string; line?: number }, label: string): RecordOutcome {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return { ok: false, error: new SitrepError('E_INPUT_FORMAT', `${label} is ${Array.isArray(obj) ? 'an array' : typeof obj === 'object' ? 'null' : `a ${typeof obj}`}, expected an object with a ${TEXT_KEYS_HINT} field`, where) };
  }
  const found: Partial<Record<Field, unknown>> = {};
  for (const [key, value] of Object.entries(obj)) {
    const field = fieldOf(key);
    // The first key wins, so an exact "text" beside an "article" id-ish column is not overwritten.
    if (field && found[field] === undefined && value !== null && value !== undefined) found[field] = value;
  }
  if (found.text === undefined) {
    return { ok: false, error: new SitrepError('E_INPUT_FORMAT', `${label} has no article text (expected a ${TEXT_KEYS_HINT} field)`, where) };
  }
  if (typeof found.text !== 'string') {
    return { ok: false, error: new SitrepError('E_INPUT_FORMAT', `${label} has a ${typeof found.text} where the article text should be a string`, where) };
  }
  return {
    ok: true,
    line: where.line,
    raw: {
      id: scalar(found.id),
      title: scalar(found.title),
      date: scalar(found.date),
      publisher: scalar(found.publisher),
      url: scalar(found.url),
      text: found.text,
    },
  };
}

function jsonError(e: unknown, file: string, line?: number): SitrepError {
  const detail = e instanceof Error ? e.message : String(e);
  return new SitrepError('E_INPUT_JSON', `invalid JSON: ${detail}`, { file, line });
}

/** One JSON object per line; a broken line is reported and the others are still read. */
export function* recordsFromJsonl(text: string, file: string): Generator<RecordOutcome> {
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const content = text.slice(start, end).trim();
    start = end + 1;
    if (content === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (e) {
      yield { ok: false, error: jsonError(e, file, line) };
      continue;
    }
    const outcome = rawFromObject(value, { file, line }, `line ${line}`);
    yield outcome.ok ? { ...outcome, key: String(line) } : outcome;
  }
}

/** A .json file: one object, or an array of objects; JSON-lines saved as .json is read as such. */
export function* recordsFromJson(text: string, file: string): Generator<RecordOutcome> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    if (/^\s*\{[^\n]*\}\s*\r?\n\s*\{/.test(text)) {
      yield* recordsFromJsonl(text, file);
      return;
    }
    yield { ok: false, error: jsonError(e, file) };
    return;
  }
  if (!Array.isArray(value)) {
    yield rawFromObject(value, { file, line: 1 }, 'the JSON value');
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const outcome = rawFromObject(value[i], { file }, `array element ${i}`);
    yield outcome.ok ? { ...outcome, key: String(i) } : outcome;
  }
}

/** Plain text: the first non-empty line is the title and the text is kept whole, so offsets point into the file. */
export function* recordsFromText(text: string): Generator<RecordOutcome> {
  const firstLine = /^[ \t]*(\S[^\r\n]*)/m.exec(text);
  yield { ok: true, raw: { text, title: firstLine ? firstLine[1].trim() : null } };
}

export function looksLikeFeed(text: string): boolean {
  return /<(?:rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 2048));
}
