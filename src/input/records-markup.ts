/**
 * The readers of markup and tables: HTML pages, RSS and Atom feeds, CSV and TSV. They are apart from records.ts so that
 * reading text and JSON never loads htmlparser2 and csv-parse (26 modules, about 300 KB of source, 50-70 ms of CPU at
 * start-up): read-articles.ts imports this module when it meets such a file.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { DomUtils, parseDocument } from 'htmlparser2';
import { SitrepError } from '../errors.ts';
import { extractHtml, htmlFragmentToText, isElement } from './html.ts';
import { MAX_HTML_DEPTH, nestingDepth } from './html-depth.ts';
import { looksLikeFeed, rawFromObject, type RecordOutcome } from './records.ts';

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
