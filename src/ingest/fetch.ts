import { setTimeout as sleep } from 'node:timers/promises';
import { SitrepError } from '../errors.ts';
import { buildArticle, detectFormat, DEFAULT_MAX_TEXT_BYTES, type InputFormat, type ReadOutcome } from '../input/index.ts';
import { decodeBytes } from '../input/decode.ts';
import { extractHtml } from '../input/html.ts';
import { normalizeDate } from '../input/normalize-date.ts';
import { recordsFromFeed, recordsFromHtml } from '../input/records-markup.ts';
import { looksLikeFeed, recordsFromJson, recordsFromJsonl, recordsFromText, type RawArticle, type RecordOutcome } from '../input/records.ts';

export interface FetchOptions {
  /** Per request; default 15 s. */
  readonly timeoutMs?: number;
  /** Per response body; default 5 MB. */
  readonly maxBytes?: number;
  /** Pause between link fetches of one feed, to be polite to the site; default 1 s. */
  readonly delayMs?: number;
  /** At most this many item links fetched per feed; default 50. */
  readonly linkLimit?: number;
  /** Item links fetched at once (--fetch-concurrency); default 4. */
  readonly linkConcurrency?: number;
  /** All of one feed's item links must arrive within this (--fetch-deadline); default 120 s. */
  readonly deadlineMs?: number;
  readonly userAgent?: string;
  /** Aborts the request (a feed's overall deadline). */
  readonly signal?: AbortSignal;
}

export const FETCH_DEFAULTS = Object.freeze({
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  delayMs: 1_000,
  linkLimit: 50,
  linkConcurrency: 4,
  deadlineMs: 120_000,
  userAgent: 'Sitrep/0.1 (+https://github.com/sitrep; conflict-event coding)',
});

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export interface Fetched {
  readonly url: string;
  readonly contentType: string;
  readonly text: string;
}

/** GET with a timeout and a body-size limit; anything but a 2xx is an E_INPUT_FETCH error. */
export async function fetchText(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const o = { ...FETCH_DEFAULTS, ...opts };
  let res: Response;
  try {
    res = await fetch(url, {
      signal: opts.signal ? AbortSignal.any([AbortSignal.timeout(o.timeoutMs), opts.signal]) : AbortSignal.timeout(o.timeoutMs),
      redirect: 'follow',
      headers: { 'user-agent': o.userAgent, accept: 'text/html, application/rss+xml, application/atom+xml, application/xml, application/json, text/plain;q=0.8, */*;q=0.1' },
    });
  } catch (cause) {
    const timedOut = (cause as Error).name === 'TimeoutError';
    const why = opts.signal?.aborted ? String(opts.signal.reason instanceof Error ? opts.signal.reason.message : opts.signal.reason) : timedOut ? `no response within ${o.timeoutMs / 1000} s` : `fetch failed: ${(cause as Error).message}`;
    throw new SitrepError('E_INPUT_FETCH', why, { file: url }, { cause });
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new SitrepError('E_INPUT_FETCH', `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, { file: url });
  }
  const tooLarge = () => new SitrepError('E_INPUT_TOO_LARGE', `response is over the ${(o.maxBytes / 1048576).toFixed(1)} MB limit`, { file: url });
  const declared = Number(res.headers.get('content-length'));
  if (declared > o.maxBytes) {
    await res.body?.cancel();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let total = 0;
  if (res.body) {
    const reader = res.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > o.maxBytes) {
          await reader.cancel();
          throw tooLarge();
        }
        chunks.push(Buffer.from(value));
      }
    } catch (cause) {
      if (cause instanceof SitrepError) throw cause;
      throw new SitrepError('E_INPUT_FETCH', `reading the response failed: ${(cause as Error).message}`, { file: url }, { cause });
    }
  }
  const decoded = decodeBytes(Buffer.concat(chunks), url);
  if (!decoded.ok) throw decoded.error;
  return { url: res.url || url, contentType: (res.headers.get('content-type') ?? '').toLowerCase(), text: decoded.text };
}

/** The input format from the Content-Type, falling back to the URL's extension and the content. */
export function formatOfResponse(f: Fetched): InputFormat {
  const ct = f.contentType;
  if (/html/.test(ct)) return 'html';
  if (/(rss|atom|xml)/.test(ct)) return looksLikeFeed(f.text) ? 'feed' : 'html';
  if (/ndjson|jsonl|json-seq/.test(ct)) return 'jsonl';
  if (/json/.test(ct)) return 'json';
  if (/text\/plain/.test(ct)) return 'text';
  let pathname = '';
  try {
    pathname = new URL(f.url).pathname;
  } catch {
    // detectFormat falls back to the content
  }
  return detectFormat(pathname, f.text);
}

/** A feed item whose only text is its headline, but which links to the story. */
function needsBody(raw: RawArticle): boolean {
  return !!raw.url && isUrl(raw.url) && raw.text.trim() === (raw.title ?? '').trim();
}

export interface UrlReadOptions extends FetchOptions {
  readonly fallbackDate?: string | null;
  /** True when the store already has this doc_id: its link is then not fetched again. */
  readonly alreadyHave?: (docId: string) => Promise<boolean>;
}

function recordsOf(format: InputFormat, text: string, url: string): Iterable<RecordOutcome> {
  switch (format) {
    case 'html': return recordsFromHtml(text);
    case 'feed': return recordsFromFeed(text, url);
    case 'json': return recordsFromJson(text, url);
    case 'jsonl': return recordsFromJsonl(text, url);
    default: return recordsFromText(text);
  }
}

/**
 * Articles from one URL: a page, a JSON/JSONL/text document or an RSS/Atom feed. A feed item with
 * a link and no body has its page fetched, up to linkLimit of them, linkConcurrency at a time
 * (each slot pausing delayMs between its requests, to be polite to the site), all within
 * deadlineMs: a hanging site costs one deadline, not 15 s per link. Items past the limit or the
 * deadline come out as failures, in feed order, so the next run picks them up.
 */
export async function* readUrl(url: string, opts: UrlReadOptions = {}): AsyncGenerator<ReadOutcome> {
  const o = { ...FETCH_DEFAULTS, ...opts };
  const settings = { fallbackDate: opts.fallbackDate ?? null, maxBytes: o.maxBytes, maxTextBytes: DEFAULT_MAX_TEXT_BYTES };
  let fetched: Fetched;
  try {
    fetched = await fetchText(url, opts);
  } catch (e) {
    yield { ok: false, error: e as SitrepError };
    return;
  }
  if (fetched.text.trim() === '') {
    // As for an empty file: say so, rather than yield nothing and leave no trace of the poll.
    yield { ok: false, error: new SitrepError('E_INPUT_EMPTY', 'the response body is empty', { file: url }) };
    return;
  }
  const format = formatOfResponse(fetched);
  if (format !== 'feed') {
    for (const record of recordsOf(format, fetched.text, url)) {
      yield record.ok ? buildArticle(record.raw, { file: url, line: record.line }, url, record.key, settings) : record;
    }
    return;
  }
  // A feed: decide which items need their page, fetch those together, then yield in feed order.
  type Item = { record: RecordOutcome; page?: Promise<RawArticle | SitrepError>; skip?: boolean };
  const items: Item[] = [];
  const wanted: { item: Item; raw: RawArticle; docId: string; origin: { file: string; line?: number } }[] = [];
  for (const record of recordsOf(format, fetched.text, url)) {
    const item: Item = { record };
    items.push(item);
    if (!record.ok || !needsBody(record.raw)) continue;
    const docId = record.raw.id ?? `${url}#${record.key}`;
    if (opts.alreadyHave && (await opts.alreadyHave(docId))) item.skip = true;
    else wanted.push({ item, raw: record.raw, docId, origin: { file: url, line: record.line } });
  }
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error(`the feed's deadline of ${o.deadlineMs / 1000} s for its item links passed; run again for the rest`)), o.deadlineMs);
  const fetchBody = async (w: (typeof wanted)[number]): Promise<RawArticle | SitrepError> => {
    const link = w.raw.url!;
    try {
      if (deadline.signal.aborted) throw new SitrepError('E_INPUT_FETCH', String((deadline.signal.reason as Error).message), { file: link });
      const page = await fetchText(link, { ...opts, signal: deadline.signal });
      const body = formatOfResponse(page) === 'html' ? extractHtml(page.text) : { text: page.text, title: null, date: null, publisher: null };
      if (body.text.trim() === '') throw new SitrepError('E_INPUT_EMPTY', 'linked page has no article text', { file: link });
      const raw = w.raw;
      return { ...raw, id: raw.id ?? w.docId, text: body.text, title: raw.title ?? body.title, date: raw.date ?? (body.date && normalizeDate(body.date)) ?? null, publisher: raw.publisher ?? body.publisher };
    } catch (e) {
      const err = e as SitrepError;
      return new SitrepError(err.code ?? 'E_INPUT_FETCH', `item link ${link}: ${err.message}`, w.origin, { cause: e });
    }
  };
  const toFetch = wanted.slice(0, o.linkLimit);
  for (const w of wanted.slice(o.linkLimit)) {
    w.item.page = Promise.resolve(new SitrepError('E_INPUT_FETCH', `item "${w.raw.title ?? w.docId}" not fetched: the limit of ${o.linkLimit} links per feed was reached; run again for the rest`, w.origin));
  }
  // linkConcurrency slots, each taking the next link in feed order.
  const results = new Map<Item, { resolve: (v: RawArticle | SitrepError) => void }>();
  for (const w of toFetch) w.item.page = new Promise((resolve) => results.set(w.item, { resolve }));
  let next = 0;
  const slot = async () => {
    for (let first = true; next < toFetch.length; first = false) {
      const w = toFetch[next++]!;
      if (!first && o.delayMs > 0 && !deadline.signal.aborted) await sleep(o.delayMs);
      results.get(w.item)!.resolve(await fetchBody(w));
    }
  };
  const slots = Promise.all(Array.from({ length: Math.max(1, Math.min(o.linkConcurrency, toFetch.length)) }, slot));
  try {
    for (const item of items) {
      const { record } = item;
      if (!record.ok) {
        yield record;
        continue;
      }
      if (item.skip) continue;
      const origin = { file: url, line: record.line };
      if (!item.page) {
        yield buildArticle(record.raw, origin, url, record.key, settings);
        continue;
      }
      const page = await item.page;
      yield page instanceof SitrepError ? { ok: false, error: page } : buildArticle(page, origin, url, record.key, settings);
    }
    await slots;
  } finally {
    clearTimeout(timer);
    // An abandoned read (Ctrl-C) stops the fetches still running.
    if (!deadline.signal.aborted) deadline.abort(new Error('stopped'));
  }
}
