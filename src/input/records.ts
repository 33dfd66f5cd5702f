import { parse as parseCsv } from 'csv-parse/sync';
import { DomUtils, parseDocument } from 'htmlparser2';
import { SitrepError } from '../errors.ts';
import { extractHtml, htmlFragmentToText, isElement } from './html.ts';
import { MAX_HTML_DEPTH, nestingDepth } from './html-depth.ts';

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

/** CSV (or TSV) with a header row naming the columns. */
export function* recordsFromCsv(text: string, file: string, delimiter = ','): Generator<RecordOutcome> {
  const skipped: SitrepError[] = [];
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parseCsv(text, {
      columns: (header: string[]) => header.map((h) => h.trim()),
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        if (err) skipped.push(new SitrepError('E_INPUT_CSV', `invalid CSV record: ${err.message}`, { file, line: (err as { lines?: number }).lines }));
        return undefined;
      },
    }) as unknown as { record: Record<string, string>; info: { lines: number } }[];
  } catch (e) {
    yield { ok: false, error: new SitrepError('E_INPUT_CSV', `invalid CSV: ${e instanceof Error ? e.message : String(e)}`, { file, line: (e as { lines?: number }).lines }) };
    return;
  }
  for (const error of skipped) yield { ok: false, error };
  for (const { record, info } of rows) {
    // info.lines is the line the record ends on; the key names the record by that line.
    const outcome = rawFromObject(record, { file, line: info.lines }, `the record on line ${info.lines}`);
    yield outcome.ok ? { ...outcome, key: String(info.lines) } : outcome;
  }
}

/** Plain text: the first non-empty line is the title and the text is kept whole, so offsets point into the file. */
export function* recordsFromText(text: string): Generator<RecordOutcome> {
  const firstLine = /^[ \t]*(\S[^\r\n]*)/m.exec(text);
  yield { ok: true, raw: { text, title: firstLine ? firstLine[1].trim() : null } };
}

export function* recordsFromHtml(html: string, file = '(html)'): Generator<RecordOutcome> {
  let page: ReturnType<typeof extractHtml>;
  try {
    page = extractHtml(html);
  } catch (e) {
    // The DOM walk is recursive: pathologically deep nesting exhausts the stack. Report it as bad input.
    if (e instanceof RangeError) {
      yield { ok: false, error: new SitrepError('E_INPUT_FORMAT', 'HTML is nested too deeply to read (thousands of levels); this is not an article page', { file }) };
      return;
    }
    throw e;
  }
  yield { ok: true, raw: page };
}

type XmlElement = Parameters<typeof DomUtils.getAttributeValue>[0];

function childElement(el: XmlElement, names: readonly string[]): XmlElement | null {
  for (const name of names) {
    for (const child of el.children) {
      if (isElement(child) && child.name.toLowerCase() === name) return child;
    }
  }
  return null;
}

function childText(el: XmlElement, names: readonly string[]): string | null {
  const child = childElement(el, names);
  if (!child) return null;
  const text = DomUtils.textContent(child).trim();
  return text === '' ? null : text;
}

function atomLink(el: XmlElement): string | null {
  let fallback: string | null = null;
  for (const child of el.children) {
    if (!isElement(child) || child.name.toLowerCase() !== 'link') continue;
    const href = child.attribs.href;
    if (!href) {
      const text = DomUtils.textContent(child).trim();
      if (text) return text; // RSS <link>url</link>
      continue;
    }
    const rel = child.attribs.rel ?? 'alternate';
    if (rel === 'alternate') return href;
    fallback ??= href;
  }
  return fallback;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function looksLikeFeed(text: string): boolean {
  return /<(?:rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 2048));
}

/** RSS 2.0, RSS 1.0 (RDF) and Atom: each item becomes one article. */
export function* recordsFromFeed(xml: string, file: string): Generator<RecordOutcome> {
  if (!looksLikeFeed(xml)) {
    yield { ok: false, error: new SitrepError('E_INPUT_FORMAT', 'XML file is not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)', { file }) };
    return;
  }
  // Feeds are a few levels deep; a deeper one would cost quadratic time to parse (see html-depth.ts).
  const depth = nestingDepth(xml, { xml: true });
  if (depth > MAX_HTML_DEPTH) {
    yield { ok: false, error: new SitrepError('E_INPUT_FORMAT', `feed is nested ${depth} elements deep, over the limit of ${MAX_HTML_DEPTH}`, { file }) };
    return;
  }
  const doc = parseDocument(xml, { xmlMode: true, withStartIndices: true }).children;
  const starts = lineStarts(xml);
  const channel = DomUtils.findOne((el) => el.name === 'channel' || el.name === 'feed', doc, true);
  const feedTitle = channel ? childText(channel, ['title']) : null;
  const items = DomUtils.findAll((el) => el.name === 'item' || el.name === 'entry', doc);
  if (items.length === 0) {
    yield { ok: false, error: new SitrepError('E_INPUT_EMPTY', 'feed has no <item> or <entry> elements', { file }) };
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const line = item.startIndex === null ? undefined : lineOf(starts, item.startIndex);
    const title = childText(item, ['title']);
    const body = childText(item, ['content:encoded', 'content', 'description', 'summary']);
    const text = body ? htmlFragmentToText(body) : '';
    yield {
      ok: true,
      line,
      key: String(i),
      raw: {
        id: childText(item, ['guid', 'id']),
        title: title ? htmlFragmentToText(title) : null,
        date: childText(item, ['pubdate', 'published', 'dc:date', 'updated']),
        publisher: childText(item, ['source', 'dc:publisher']) ?? feedTitle,
        url: atomLink(item),
        // Headline-only feeds are common; the title is then all the text there is.
        text: text || (title ? htmlFragmentToText(title) : ''),
      },
    };
  }
}
