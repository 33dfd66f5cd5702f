import { setTimeout as sleep } from 'node:timers/promises';
import { SitrepError } from '../errors.ts';
import { buildArticle, detectFormat, DEFAULT_MAX_TEXT_BYTES, type InputFormat, type ReadOutcome } from '../input/index.ts';
import { decodeBytes } from '../input/decode.ts';
import { extractHtml } from '../input/html.ts';
import { normalizeDate } from '../input/normalize-date.ts';
import { looksLikeFeed, recordsFromFeed, recordsFromHtml, recordsFromJson, recordsFromJsonl, recordsFromText, type RawArticle, type RecordOutcome } from '../input/records.ts';

export interface FetchOptions {
  /** Per request; default 15 s. */
  readonly timeoutMs?: number;
  /** Per response body; default 5 MB. */
  readonly maxBytes?: number;
  /** Pause between link fetches of one feed, to be polite to the site; default 1 s. */
  readonly delayMs?: number;
  /** At most this many item links fetched per feed; default 50. */
  readonly linkLimit?: number;
  readonly userAgent?: string;
}

export const FETCH_DEFAULTS = Object.freeze({
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  delayMs: 1_000,
  linkLimit: 50,
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
      signal: AbortSignal.timeout(o.timeoutMs),
      redirect: 'follow',
      headers: { 'user-agent': o.userAgent, accept: 'text/html, application/rss+xml, application/atom+xml, application/xml, application/json, text/plain;q=0.8, */*;q=0.1' },
    });
  } catch (cause) {
    const timedOut = (cause as Error).name === 'TimeoutError';
    throw new SitrepError('E_INPUT_FETCH', timedOut ? `no response within ${o.timeoutMs / 1000} s` : `fetch failed: ${(cause as Error).message}`, { file: url }, { cause });
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
 * a link and no body has its page fetched, one at a time, with a pause between requests, up to
 * linkLimit; items past the limit come out as failures so the next run picks them up.
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
  let linksFetched = 0;
  for (const record of recordsOf(format, fetched.text, url)) {
    if (!record.ok) {
      yield record;
      continue;
    }
    let raw = record.raw;
    const origin = { file: url, line: record.line };
    if (format === 'feed' && needsBody(raw)) {
      const docId = raw.id ?? `${url}#${record.key}`;
      if (opts.alreadyHave && (await opts.alreadyHave(docId))) continue;
      if (linksFetched >= o.linkLimit) {
        yield { ok: false, error: new SitrepError('E_INPUT_FETCH', `item "${raw.title ?? docId}" not fetched: the limit of ${o.linkLimit} links per feed was reached; run again for the rest`, origin) };
        continue;
      }
      if (linksFetched > 0 && o.delayMs > 0) await sleep(o.delayMs);
      linksFetched++;
      try {
        const page = await fetchText(raw.url!, opts);
        const body = formatOfResponse(page) === 'html' ? extractHtml(page.text) : { text: page.text, title: null, date: null, publisher: null };
        if (body.text.trim() === '') throw new SitrepError('E_INPUT_EMPTY', 'linked page has no article text', { file: raw.url! });
        raw = { ...raw, id: raw.id ?? docId, text: body.text, title: raw.title ?? body.title, date: raw.date ?? (body.date && normalizeDate(body.date)) ?? null, publisher: raw.publisher ?? body.publisher };
      } catch (e) {
        const err = e as SitrepError;
        yield { ok: false, error: new SitrepError(err.code ?? 'E_INPUT_FETCH', `item link ${raw.url}: ${err.message}`, origin, { cause: e }) };
        continue;
      }
    }
    yield buildArticle(raw, origin, url, record.key, settings);
  }
}
