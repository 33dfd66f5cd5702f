import { createHash, timingSafeEqual } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { SitrepError } from '../errors.ts';
import { escapeRegExp } from '../lexicons/escape.ts';
import { buildArticle } from '../input/index.ts';
import type { Article } from '../model/article.ts';
import type { EventRecord } from '../model/record.ts';
import { createAcledCsvFormatter, type PointFeature, toFeatureCollection } from '../output/formats.ts';
import { createExtractor, type Extractor } from '../pipeline/extractor.ts';
import { DEFAULT_SORT, encodeCursor, keyOf, type PageKey } from '../store/keyset.ts';
import type { EventQuery, Store, StoredEvent } from '../store/store.ts';
import { decodeBody } from './body-text.ts';
import { errorResponse } from './errors.ts';
import { highlightsFor } from './highlights.ts';
import { createIngester, ingestReply } from './ingest-bridge.ts';
import { registerInsightRoutes } from './insight-routes.ts';
import { openApiDocument } from './openapi.ts';
import { describeIssues, MAX_PAGE, parseEventQuery } from './query.ts';
import { createResponseCache } from './response-cache.ts';
import { registerReviewRoutes } from './review-routes.ts';
import { createAssetReader, createAssetTable } from './static-assets.ts';

export interface AppOptions {
  /** Bearer token for POST /api/ingest (and for reads when readToken is set). Without it, writes are refused. */
  token?: string;
  /** Guard the read API with the same token. */
  readToken?: boolean;
  /** Largest request body accepted, in bytes (default 2 MB). */
  maxBodyBytes?: number;
  /** Where internal errors are logged (their detail never goes to the client); default stderr. */
  log?: (message: string) => void;
  /** Folder of the web UI (default <repo>/web). */
  webDir?: string;
  /** Builds the extractor for POST /api/ingest on first use (tests inject a cheaper one). */
  makeExtractor?: () => Extractor;
  /** Exports streaming at once (default 4); one more is answered 503 with Retry-After, so downloads cannot starve the other routes. */
  maxConcurrentExports?: number;
  /** Bound on the read answers kept while the store is unchanged (see response-cache.ts); 0 keeps none. */
  responseCacheChars?: number;
}

const DEFAULT_MAX_BODY = 2 * 1024 * 1024;
const MAX_INGEST_BATCH = 100;
/**
 * Rows per export page: small, so other requests get a turn between pages (each page is a
 * synchronous SQLite read), and so the rows in flight while a client drains are few: with 250,
 * four exports peaked at 250 MB RSS, with 50 at 190 MB.
 */
const EXPORT_PAGE = 50;
/**
 * An export is sent in pieces of about this many characters. A page's text as one string and its
 * bytes went to V8's large-object space and to buffers outside the heap (20 MB at the peak of four
 * exports); pieces this small die young (2 MB).
 */
const EXPORT_CHUNK_CHARS = 16_384;
/** Exports without an explicit limit stop here; the response says so in X-Sitrep-Truncated. */
const MAX_EXPORT_ROWS = 500_000;

/**
 * The UI loads only its own files: no inline script, no eval, no third-party origins. Style
 * attributes set through the CSSOM (Leaflet positions tiles and markers that way) are not
 * inline styles in the CSP sense, so 'unsafe-inline' is not needed.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

const articleInputSchema = z
  .object({
    id: z.string().trim().min(1).max(200).optional(),
    title: z.string().max(2000).nullish(),
    date: z.string().max(100).nullish(),
    source: z.string().max(500).nullish(),
    url: z.string().max(2000).nullish(),
    text: z.string().min(1, 'must not be empty'),
  })
  .strict();
const ingestBodySchema = z.union([articleInputSchema, z.array(articleInputSchema).min(1).max(MAX_INGEST_BATCH)]);

const limitOnly = z.object({ limit: z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(1).max(MAX_PAGE)).optional() });
const actorsQuery = limitOnly.extend({ text: z.string().trim().min(1).max(200).optional() }).strict();

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

function toRecord(e: StoredEvent): EventRecord {
  const { n_sources: _n, first_seen: _f, updated_at: _u, review_status: _r, evidence, ...rest } = e;
  return { ...rest, evidence: evidence.map((s) => ({ start: s.start, end: s.end })) };
}

function parseSmall<T extends z.ZodType>(schema: T, params: Record<string, string>): z.output<T> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new SitrepError('E_USAGE', `invalid query: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/**
 * Every matching event (or the requested window) as text, page by page, without holding them
 * all; after the first page each starts from the last row's key, so a deep page costs what the
 * first does. A page's events are rendered before it is handed on: only their text waits for
 * the client to drain.
 */
async function* allMatching(store: Store, q: EventQuery, render: (e: StoredEvent) => string | null): AsyncGenerator<string[]> {
  const wanted = q.limit ?? MAX_EXPORT_ROWS;
  let sent = 0;
  let after: PageKey | undefined;
  while (sent < wanted) {
    const size = Math.min(EXPORT_PAGE, wanted - sent);
    const { events } = await store.queryEvents(after ? { ...q, offset: undefined, after, limit: size } : { ...q, limit: size });
    const last = events.at(-1);
    if (!last) return;
    const texts = events.map(render).filter((t): t is string => t !== null);
    const full = events.length === size;
    sent += events.length;
    after = keyOf(last, q.sort);
    events.length = 0;
    yield texts;
    if (!full) return;
  }
}

/** Joins pieces into strings of about `size` characters. */
function* chunksOf(pieces: Iterable<string>, size = EXPORT_CHUNK_CHARS): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    parts.push(piece);
    length += piece.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (parts.length) yield parts.join('');
}

/** A pull stream over chunks: one page is read per chunk the client takes. `onEnd` runs once, however it ends. */
function textStream(chunks: AsyncGenerator<string>, onEnd: () => void = () => undefined): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  return new ReadableStream({
    async pull(controller) {
      try {
        // SQLite answers synchronously and a fast client drains at once, so without a turn of the
        // event loop an export would run to its end before any other request is even read.
        await yieldToEventLoop();
        const next = await chunks.next();
        if (next.done) {
          end();
          controller.close();
        } else controller.enqueue(encoder.encode(next.value));
      } catch (e) {
        end();
        throw e;
      }
    },
    async cancel() {
      end();
      await chunks.return(undefined);
    },
  });
}

/** The methods routes registered on `app` answer at `path` (middleware and catch-alls excluded), for a 405's Allow header. */
export function allowedMethods(app: Hono, path: string): string[] {
  const methods = new Set<string>();
  for (const r of app.routes) {
    if (r.method === 'ALL' || r.path.includes('*')) continue;
    const pattern = new RegExp(`^${r.path.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : escapeRegExp(part))).join('/')}$`);
    if (pattern.test(path)) methods.add(r.method);
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

export function createApp(store: Store, opts: AppOptions = {}): Hono {
  const token = opts.token && opts.token.length > 0 ? opts.token : undefined;
  if (opts.readToken && !token) throw new SitrepError('E_CONFIG', 'readToken needs a token: set --token or SITREP_TOKEN');
  const tokenDigest = token ? digest(token) : null;
  const maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const assets = createAssetTable(opts.webDir);
  const readAsset = createAssetReader();
  const ingest = createIngester(store, opts.makeExtractor ?? (() => createExtractor()));
  const openapi = JSON.stringify(openApiDocument({ readGuarded: !!opts.readToken, writeEnabled: !!token }));

  const authorized = (c: Context): boolean => {
    if (!tokenDigest) return false;
    const header = c.req.header('authorization') ?? '';
    // The scheme is case-insensitive by RFC 9110 §11.1, so "bearer" is accepted on purpose; the token is not.
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return !!m && timingSafeEqual(digest(m[1] as string), tokenDigest);
  };
  const requireToken = (c: Context, what: string) => {
    if (!tokenDigest) throw new SitrepError('E_AUTH', `${what} is disabled: start the server with --token (or SITREP_TOKEN) to enable it`);
    if (!authorized(c)) throw new SitrepError('E_AUTH', `${what} needs "Authorization: Bearer <token>"`);
  };

  const cachedBody = createResponseCache(store.changeMarker && (() => store.changeMarker!()), opts.responseCacheChars);
  const maxExports = opts.maxConcurrentExports ?? 4;
  let exporting = 0;
  /** Claims an export slot, or answers 503: the release runs when the download ends or is dropped. */
  const exportSlot = (): (() => void) => {
    if (exporting >= maxExports) throw new SitrepError('E_BUSY', `${maxExports} exports are already streaming; try again shortly`);
    exporting++;
    return () => exporting--;
  };

  const app = new Hono();

  app.onError((err, c) => {
    const { status, body, internal } = errorResponse(err);
    if (internal) log(`sitrep serve: ${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    // 503s (the database unreachable, the export limit) pass: say when to come back.
    return c.json(body, status, status === 503 ? { 'Retry-After': '2' } : {});
  });
  app.notFound((c) => c.json({ error: { code: 'E_NOT_FOUND', message: `no route for ${c.req.method} ${c.req.path}` } }, 404));

  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });

  app.use('/api/*', async (c, next) => {
    if (opts.readToken && c.req.method !== 'POST') requireToken(c, 'reading');
    c.header('Cache-Control', 'no-store');
    await next();
  });

  app.get('/api/openapi.json', (c) => c.body(openapi, 200, { 'Content-Type': 'application/json; charset=utf-8' }));

  app.get('/api/events', async (c) => {
    const q = parseEventQuery(c.req.queries());
    const limit = q.limit ?? 100;
    const offset = q.offset ?? 0;
    // Keyed by the parsed query, so spellings of one question (parameter order, a cursor's text) share an answer.
    const body = await cachedBody(JSON.stringify(['events', q, limit, offset]), async () => {
      // A full page may have a next one; its cursor pages by key, as fast at the end as at the start.
      const cursorAfter = (n: number, last: PageKey | null) => (last && n === limit ? encodeCursor(q.sort ?? DEFAULT_SORT, last) : null);
      if (store.queryEventsJson) {
        // The events' text as the store wrote it, spliced into the same object JSON.stringify gives below.
        const page = await store.queryEventsJson({ ...q, limit, offset });
        const head = JSON.stringify({ total: page.total, limit, offset, next_cursor: cursorAfter(page.events.length, page.last) });
        return `${head.slice(0, -1)},"events":[${page.events.join(',')}]}`;
      }
      const page = await store.queryEvents({ ...q, limit, offset });
      const last = page.events.at(-1);
      return JSON.stringify({ total: page.total, limit, offset, next_cursor: cursorAfter(page.events.length, last ? keyOf(last, q.sort) : null), events: page.events });
    });
    return c.body(body, 200, { 'Content-Type': 'application/json' });
  });

  app.get('/api/events/:id', async (c) => {
    const id = c.req.param('id');
    const event = await store.getEvent(id);
    if (!event) throw new SitrepError('E_NOT_FOUND', `no event with id "${id.slice(0, 100)}"`);
    const docIds = [...new Set([event.doc_id, ...event.sources.map((s) => s.doc_id), ...event.evidence.map((s) => s.doc_id)])];
    const articles = await Promise.all(
      docIds.map(async (docId) => {
        const a = await store.getArticle(docId);
        const source = event.sources.find((s) => s.doc_id === docId);
        if (!a) return { doc_id: docId, title: source?.title ?? null, publisher: source?.publisher ?? null, url: source?.url ?? null, published: source?.published ?? null, text: null, highlights: [] };
        return { doc_id: a.doc_id, title: a.title, publisher: a.publisher, url: a.url, published: a.published, text: a.text, highlights: highlightsFor(event, a) };
      }),
    );
    return c.json({ event, articles });
  });

  app.get('/api/articles/:doc_id', async (c) => {
    const docId = c.req.param('doc_id');
    const article = await store.getArticle(docId);
    if (!article) throw new SitrepError('E_NOT_FOUND', `no article with doc_id "${docId.slice(0, 100)}"`);
    return c.json(article);
  });

  app.get('/api/actors', async (c) => {
    const q = parseSmall(actorsQuery, c.req.query());
    return c.json({ actors: await store.actors({ text: q.text, limit: q.limit ?? 100 }) });
  });

  app.get('/api/stats', async (c) => c.json(await store.stats()));

  app.get('/api/failures', async (c) => {
    const q = parseSmall(limitOnly.strict(), c.req.query());
    return c.json({ failures: await store.failures(q.limit ?? 100) });
  });

  app.get('/api/export.csv', async (c) => {
    const q = parseEventQuery(c.req.queries());
    const acled = createAcledCsvFormatter({ timestamp: Math.floor(Date.now() / 1000) });
    async function* rows(): AsyncGenerator<string> {
      yield acled.header();
      for await (const rows of allMatching(store, q, (e) => acled.row(toRecord(e)))) yield* chunksOf(rows);
    }
    return c.body(textStream(rows(), exportSlot()), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="sitrep-events.csv"',
    });
  });

  app.get('/api/export.geojson', async (c) => {
    const q = parseEventQuery(c.req.queries());
    async function* parts(): AsyncGenerator<string> {
      yield '{"type":"FeatureCollection","features":[';
      let first = true;
      const feature = (e: StoredEvent): string | null => {
        const f: PointFeature | undefined = toFeatureCollection([toRecord(e)]).collection.features[0];
        if (!f) return null; // no coordinates
        const json = JSON.stringify(f);
        return first ? ((first = false), json) : `,${json}`;
      };
      for await (const features of allMatching(store, q, feature)) yield* chunksOf(features);
      yield ']}\n';
    }
    return c.body(textStream(parts(), exportSlot()), 200, {
      'Content-Type': 'application/geo+json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="sitrep-events.geojson"',
    });
  });

  app.post(
    '/api/ingest',
    async (c, next) => {
      requireToken(c, 'ingest');
      await next();
    },
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new SitrepError('E_INPUT_TOO_LARGE', `request body is over the ${maxBodyBytes}-byte limit; send fewer or smaller articles per request`);
      },
    }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/json\b/i.test(type)) throw new SitrepError('E_INPUT_FORMAT', 'send the articles as JSON with "Content-Type: application/json"');
      let body: unknown;
      try {
        body = JSON.parse(decodeBody(new Uint8Array(await c.req.arrayBuffer())));
      } catch (e) {
        if (e instanceof SitrepError) throw e;
        throw new SitrepError('E_INPUT_JSON', 'request body is not valid JSON');
      }
      const parsed = ingestBodySchema.safeParse(body);
      if (!parsed.success) throw new SitrepError('E_INPUT_FORMAT', `invalid article: ${describeIssues(parsed.error)}; expected {id?, title?, date?, source?, url?, text} or an array of up to ${MAX_INGEST_BATCH}`);
      const inputs = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
      const articles: Article[] = [];
      for (const [i, a] of inputs.entries()) {
        const built = buildArticle(
          { id: a.id ?? `api-${createHash('sha256').update(a.text).digest('hex').slice(0, 16)}`, title: a.title ?? null, date: a.date ?? null, publisher: a.source ?? null, url: a.url ?? null, text: a.text },
          { file: 'POST /api/ingest', line: i + 1 },
          'api',
          undefined,
          { fallbackDate: null, maxBytes: maxBodyBytes, maxTextBytes: maxBodyBytes },
        );
        if (!built.ok) throw built.error;
        articles.push(built.article);
      }
      const reply = ingestReply(await ingest(articles, 'POST /api/ingest'));
      return c.json(reply.body, reply.status);
    },
  );

  registerReviewRoutes(app, store, { requireToken });
  registerInsightRoutes(app, store);

  app.all('/api/*', (c) => {
    const allowed = allowedMethods(app, c.req.path);
    if (allowed.length) {
      return c.json({ error: { code: 'E_METHOD', message: `${c.req.method} is not allowed on ${c.req.path}; use ${allowed.join(' or ')}` } }, 405, { Allow: allowed.join(', ') });
    }
    return c.json({ error: { code: 'E_NOT_FOUND', message: `no route for ${c.req.method} ${c.req.path}` } }, 404);
  });

  app.get('*', async (c) => {
    const asset = assets.get(c.req.path);
    if (!asset) return c.json({ error: { code: 'E_NOT_FOUND', message: 'not found' } }, 404);
    const body = await readAsset(asset);
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': asset.type,
      'Cache-Control': asset.immutable ? 'public, max-age=86400' : 'no-cache',
    });
  });

  return app;
}
