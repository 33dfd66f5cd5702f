import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { SitrepError } from '../errors.ts';
import type { Article } from '../model/article.ts';
import { contentHash } from '../model/ids.ts';
import { parseDateline, type Dateline } from './dateline.ts';
import { dateBeforeFileTime, dateFromTextYear, yearlessDate } from './dateline-year.ts';
import { decodeBytes, decodeJsonLines } from './decode.ts';
import { findDateInHead, normalizeDate } from './normalize-date.ts';
import type * as MarkupReaders from './records-markup.ts';
import { type RawArticle, type RecordOutcome, looksLikeFeed, rawFromObject, recordsFromJson, recordsFromJsonl, recordsFromText } from './records.ts';

export type ReadOutcome = { ok: true; article: Article } | { ok: false; error: SitrepError };

export interface ReadOptions {
  /** Publication date (YYYY-MM-DD or any form normalizeDate accepts) for articles that carry none. */
  readonly date?: string;
  /** Per input file (or stdin) size limit in bytes; default 20 MB. */
  readonly maxBytes?: number;
  /** Per article text limit in UTF-8 bytes; default 1 MB. */
  readonly maxTextBytes?: number;
  /** Where "-" reads from; default process.stdin. */
  readonly stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_TEXT_BYTES = 1024 * 1024;

export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'csv' | 'tsv' | 'feed';

const FORMAT_BY_EXTENSION: ReadonlyMap<string, InputFormat> = new Map<string, InputFormat>([
  ['.txt', 'text'], ['.text', 'text'], ['.html', 'html'], ['.htm', 'html'], ['.xhtml', 'html'],
  ['.json', 'json'], ['.jsonl', 'jsonl'], ['.ndjson', 'jsonl'], ['.csv', 'csv'], ['.tsv', 'tsv'],
  ['.xml', 'feed'], ['.rss', 'feed'], ['.atom', 'feed'],
]);
/** Metadata beside a text or HTML article: "a.txt" + "a.meta.json". */
const SIDECAR_SUFFIX = '.meta.json';
const STDIN_LABEL = '<stdin>';

interface Settings {
  readonly fallbackDate: string | null;
  readonly maxBytes: number;
  readonly maxTextBytes: number;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Format from the file extension, else from the content. */
export function detectFormat(file: string, text: string): InputFormat {
  const byExtension = FORMAT_BY_EXTENSION.get(path.extname(file).toLowerCase());
  if (byExtension) return byExtension;
  const first = /\S/.exec(text)?.[0];
  if (first === '{' || first === '[') return 'json';
  if (first === '<') return looksLikeFeed(text) ? 'feed' : 'html';
  return 'text';
}

/** The HTML, feed and CSV readers, once a file of theirs was met (see records-markup.ts). */
let markup: typeof MarkupReaders | undefined;

/** Loads the readers a format needs beyond records.ts's; recordsOf runs only after it. */
async function loadReaders(format: InputFormat): Promise<void> {
  if (format === 'html' || format === 'feed' || format === 'csv' || format === 'tsv') markup ??= await import('./records-markup.ts');
}

function recordsOf(format: InputFormat, text: string, file: string): Iterable<RecordOutcome> {
  switch (format) {
    case 'text': return recordsFromText(text);
    case 'html': return markup!.recordsFromHtml(text, file);
    case 'json': return recordsFromJson(text, file);
    case 'jsonl': return recordsFromJsonl(text, file);
    case 'csv': return markup!.recordsFromCsv(text, file);
    case 'tsv': return markup!.recordsFromCsv(text, file, '\t');
    case 'feed': return markup!.recordsFromFeed(text, file);
  }
}

function baseName(file: string): string {
  const base = path.basename(file);
  const ext = path.extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

/** NUL and unpaired surrogates: no store can keep them (PostgreSQL text and JSONB refuse both). */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Every field of every article, on every path (extract, ingest, queue, API), gets U+FFFD in place
 * of a NUL character (a "\u0000" escape in JSON, say) or an unpaired surrogate. One code unit
 * for one, so every offset into the text stays right; the article is kept, not refused.
 */
export function storable(s: string): string {
  return s.replace(UNSTORABLE, '\ufffd');
}

function clean(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = storable(s).replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/**
 * The publication date: a date field, a dated dateline, a date under the headline, --date; else a
 * yearless dateline's date ("March 14") in the year the text's own dates suggest, else in the
 * latest year that does not put it after the file was saved. Null when nothing dates the article.
 */
function publicationDate(raw: RawArticle, dateline: Dateline | null, settings: Settings, fileTime: Date | null): Pick<Article, 'published' | 'publishedYearFrom'> {
  const stated = normalizeDate(raw.date) ?? dateline?.date ?? findDateInHead(raw.text) ?? settings.fallbackDate;
  if (stated) return { published: stated };
  const monthDay = yearlessDate(dateline?.dateText ?? null);
  if (!monthDay) return { published: null };
  const fromText = dateFromTextYear(monthDay, raw.text);
  if (fromText) return { published: fromText, publishedYearFrom: 'text' };
  const fromFile = fileTime ? dateBeforeFileTime(monthDay, fileTime) : null;
  return fromFile ? { published: fromFile, publishedYearFrom: 'file-time' } : { published: null };
}

/**
 * Resolve ids, dates and the dateline for one record; errors for empty or oversized text. A record
 * without an id is named `idBase` (one record in the file) or `idBase#key`; where the input has no
 * name (stdin), idBase is a function of the text. fileTime: when the record's file was last modified.
 */
export function buildArticle(
  raw: RawArticle,
  origin: { file: string; line?: number },
  idBase: string | ((text: string) => string),
  key: string | undefined,
  settings: Settings,
  fileTime: Date | null = null,
): ReadOutcome {
  const where = { file: origin.file, line: origin.line };
  const label = key === undefined ? 'article' : typeof idBase === 'string' ? `record ${idBase}#${key}` : `line ${key}`;
  if (raw.text.trim() === '') {
    return { ok: false, error: new SitrepError('E_INPUT_EMPTY', `${label} has empty text`, where) };
  }
  const bytes = raw.text.length > settings.maxTextBytes / 3 ? Buffer.byteLength(raw.text) : raw.text.length;
  if (bytes > settings.maxTextBytes) {
    return {
      ok: false,
      error: new SitrepError('E_INPUT_TOO_LARGE', `${label} text is ${formatMegabytes(bytes)}, over the ${formatMegabytes(settings.maxTextBytes)} per-article limit; split it into smaller articles`, where),
    };
  }
  raw = { ...raw, text: storable(raw.text) };
  const dateline = parseDateline(raw.text);
  const article: Article = {
    id: clean(raw.id) ?? (typeof idBase === 'function' ? idBase(raw.text) : key === undefined ? idBase : `${idBase}#${key}`),
    text: raw.text,
    title: clean(raw.title),
    ...publicationDate(raw, dateline, settings, fileTime),
    publisher: clean(raw.publisher) ?? dateline?.publisher ?? null,
    url: clean(raw.url),
    dateline: dateline?.dateline ?? null,
    origin: origin.line === undefined ? { file: origin.file } : { file: origin.file, line: origin.line },
  };
  return { ok: true, article };
}

async function readSidecar(file: string): Promise<{ meta: Partial<RawArticle> | null; error?: SitrepError }> {
  const sidecar = path.join(path.dirname(file), baseName(file) + SIDECAR_SUFFIX);
  let text: string;
  try {
    text = await readFile(sidecar, 'utf8');
  } catch {
    return { meta: null }; // no sidecar is the normal case
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { meta: null, error: new SitrepError('E_INPUT_JSON', `invalid JSON in metadata file: ${e instanceof Error ? e.message : String(e)}`, { file: sidecar }) };
  }
  const fields = rawFromObject({ text: '', ...(value as object) }, { file: sidecar }, 'metadata');
  if (!fields.ok) return { meta: null, error: fields.error };
  const { text: _ignored, ...meta } = fields.raw;
  return { meta: Object.fromEntries(Object.entries(meta).filter(([, v]) => v != null)) };
}

function* articlesFromText(text: string, file: string, idBase: string | ((text: string) => string), format: InputFormat, settings: Settings, meta: Partial<RawArticle> | null, fileTime: Date | null = null): Generator<ReadOutcome> {
  if (text.trim() === '') {
    yield { ok: false, error: new SitrepError('E_INPUT_EMPTY', text === '' ? 'empty input' : 'input holds only whitespace', { file }) };
    return;
  }
  for (const record of recordsOf(format, text, file)) {
    if (!record.ok) {
      yield record;
      continue;
    }
    const raw = meta ? { ...record.raw, ...meta, text: record.raw.text } : record.raw;
    yield buildArticle(raw, { file, line: record.line }, idBase, record.key, settings, fileTime);
  }
}

async function* readOneFile(file: string, size: number, mtime: Date, settings: Settings, idBase: string): AsyncGenerator<ReadOutcome> {
  if (size > settings.maxBytes) {
    yield {
      ok: false,
      error: new SitrepError('E_INPUT_TOO_LARGE', `file is ${formatMegabytes(size)}, over the ${formatMegabytes(settings.maxBytes)} limit; split it, or raise the limit with --max-file-mb`, { file }),
    };
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    yield { ok: false, error: new SitrepError('E_INPUT_NOT_FOUND', `cannot read file: ${(cause as Error).message}`, { file }, { cause }) };
    return;
  }
  // JSON lines are records of their own: a bad line is reported and the others are read.
  const decoded = FORMAT_BY_EXTENSION.get(path.extname(file).toLowerCase()) === 'jsonl' ? decodeJsonLines(bytes, file) : decodeBytes(bytes, file);
  if (!decoded.ok) {
    yield decoded;
    return;
  }
  for (const error of decoded.errors ?? []) yield { ok: false, error };
  const format = detectFormat(file, decoded.text);
  let meta: Partial<RawArticle> | null = null;
  if (format === 'text' || format === 'html') {
    const sidecar = await readSidecar(file);
    if (sidecar.error) yield { ok: false, error: sidecar.error };
    meta = sidecar.meta;
  }
  // Only a file that holds one article (text, HTML) was saved when its story was: a JSONL, CSV or
  // feed file's time says nothing about the year of any one article in it.
  const oneArticle = format === 'text' || format === 'html';
  await loadReaders(format);
  yield* articlesFromText(decoded.text, file, idBase, format, settings, meta, oneArticle ? mtime : null);
}

type WalkOutcome = { ok: true; file: string; size: number; mtime: Date; idBase: string } | { ok: false; error: SitrepError };

function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return FORMAT_BY_EXTENSION.has(path.extname(lower)) && !lower.endsWith(SIDECAR_SUFFIX);
}

/**
 * Files with a known extension under dir, depth-first in name order; hidden entries skipped.
 * Each file's idBase is its path relative to `root` with '/' separators and without the
 * extension ("a/report"), unless another article file in its folder has the same name before the
 * extension ("a/report.txt" beside "a/report.html"): ids are unique within one walk by construction.
 */
async function* walk(dir: string, root: string = dir): AsyncGenerator<WalkOutcome> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    yield { ok: false, error: new SitrepError('E_INPUT_NOT_FOUND', `cannot read folder: ${(cause as Error).message}`, { file: dir }, { cause }) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const stems = new Map<string, number>();
  for (const entry of entries) {
    if (!entry.name.startsWith('.') && !entry.isDirectory() && isArticleFileName(entry.name)) stems.set(baseName(entry.name), (stems.get(baseName(entry.name)) ?? 0) + 1);
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* walk(full, root);
      continue;
    }
    if (!isArticleFileName(entry.name)) continue;
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const name = stems.get(baseName(entry.name))! > 1 ? entry.name : baseName(entry.name);
    const idBase = path.relative(root, path.join(dir, name)).split(path.sep).join('/');
    try {
      const info = await stat(full);
      if (info.isFile()) yield { ok: true, file: full, size: info.size, mtime: info.mtime, idBase };
    } catch (cause) {
      yield { ok: false, error: new SitrepError('E_INPUT_NOT_FOUND', `cannot read file: ${(cause as Error).message}`, { file: full }, { cause }) };
    }
  }
}

async function* readStdin(stream: NodeJS.ReadableStream, settings: Settings): AsyncGenerator<ReadOutcome> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += buf.length;
    if (total > settings.maxBytes) {
      yield {
        ok: false,
        error: new SitrepError('E_INPUT_TOO_LARGE', `standard input exceeds the ${formatMegabytes(settings.maxBytes)} limit; nothing was read from it`, { file: STDIN_LABEL }),
      };
      return;
    }
    chunks.push(buf);
  }
  const bytes = Buffer.concat(chunks);
  const firstByte = bytes.find((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d);
  const decoded = firstByte === 0x7b /* { */ ? decodeJsonLines(bytes, STDIN_LABEL) : decodeBytes(bytes, STDIN_LABEL);
  if (!decoded.ok) {
    yield decoded;
    return;
  }
  for (const error of decoded.errors ?? []) yield { ok: false, error };
  const format: InputFormat = /\S/.exec(decoded.text)?.[0] === '{' ? 'jsonl' : 'text';
  await loadReaders(format);
  // stdin has no name to derive ids from: a record without an id is named by its content.
  yield* articlesFromText(decoded.text, STDIN_LABEL, (t) => `stdin-${contentHash(t).slice(0, 16)}`, format, settings, null);
}

function settingsFrom(opts: ReadOptions): Settings {
  let fallbackDate: string | null = null;
  if (opts.date !== undefined) {
    fallbackDate = normalizeDate(opts.date);
    if (!fallbackDate) throw new SitrepError('E_USAGE', `--date "${opts.date}" is not a date; use YYYY-MM-DD`);
  }
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxTextBytes = opts.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
  for (const [name, v] of [['maxBytes', maxBytes], ['maxTextBytes', maxTextBytes]] as const) {
    if (!Number.isFinite(v) || v <= 0) throw new SitrepError('E_USAGE', `${name} must be a positive number of bytes, got ${v}`);
  }
  return { fallbackDate, maxBytes, maxTextBytes };
}

/**
 * Read articles from files, folders (recursively, in name order) and "-" (stdin).
 * Per-file and per-record problems come out as `{ok: false, error}` and reading goes on;
 * only invalid options throw (E_USAGE).
 */
export async function* readArticles(inputs: readonly string[], opts: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  const settings = settingsFrom(opts);
  for (const input of inputs) {
    if (input === '-') {
      yield* readStdin(opts.stdin ?? process.stdin, settings);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (cause) {
      const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
      yield {
        ok: false,
        error: new SitrepError('E_INPUT_NOT_FOUND', missing ? 'no such file or folder' : `cannot read: ${(cause as Error).message}`, { file: input }, { cause }),
      };
      continue;
    }
    if (info.isDirectory()) {
      let found = 0;
      for await (const entry of walk(input)) {
        if (!entry.ok) {
          yield entry;
          continue;
        }
        found++;
        yield* readOneFile(entry.file, entry.size, entry.mtime, settings, entry.idBase);
      }
      if (found === 0) {
        yield {
          ok: false,
          error: new SitrepError('E_INPUT_EMPTY', `folder has no article files (${[...FORMAT_BY_EXTENSION.keys()].join(' ')})`, { file: input }),
        };
      }
      continue;
    }
    yield* readOneFile(input, info.size, info.mtime, settings, baseName(input));
  }
}
