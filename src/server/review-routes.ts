import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { SitrepError } from '../errors.ts';
import { actorEntryByName } from '../store/actor-match.ts';
import { reviewEvent, reviewInputSchema } from '../store/review.ts';
import type { Store, StoredEvent } from '../store/store.ts';
import { describeIssues } from './query.ts';

/** A review is a few fields; anything bigger is not one. */
const MAX_REVIEW_BYTES = 16 * 1024;
/** Events an actor or place page shows (newest first). */
const PAGE_EVENTS = 1000;
const DEFAULT_REVIEWER = 'analyst';

export interface ReviewRouteOptions {
  /** Throws E_AUTH unless the request carries the write token. */
  requireToken: (c: Context, what: string) => void;
}

/** Who reviewed: the body's "reviewer", else the X-Sitrep-Reviewer header; one shared token cannot tell analysts apart. */
function reviewerOf(c: Context, fromBody: string | undefined): string {
  const header = c.req.header('x-sitrep-reviewer')?.trim();
  return (fromBody ?? (header ? header.slice(0, 100) : undefined)) || DEFAULT_REVIEWER;
}

const splitAssoc = (s: string | null) => (s ? s.split('; ') : []);
const names = (e: StoredEvent) => [e.actor1, e.actor2, ...splitAssoc(e.assoc_actor_1), ...splitAssoc(e.assoc_actor_2)];

/** The review queue (POST /api/events/:id/review) and the actor and place pages' data. */
export function registerReviewRoutes(app: Hono, store: Store, opts: ReviewRouteOptions): void {
  app.post(
    '/api/events/:id/review',
    async (c, next) => {
      opts.requireToken(c, 'reviewing');
      await next();
    },
    bodyLimit({
      maxSize: MAX_REVIEW_BYTES,
      onError: () => {
        throw new SitrepError('E_INPUT_TOO_LARGE', `a review is at most ${MAX_REVIEW_BYTES} bytes`);
      },
    }),
    async (c) => {
      if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) throw new SitrepError('E_INPUT_FORMAT', 'send the review as JSON with "Content-Type: application/json"');
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        throw new SitrepError('E_INPUT_JSON', 'request body is not valid JSON');
      }
      const parsed = reviewInputSchema.safeParse(body);
      if (!parsed.success) {
        throw new SitrepError('E_USAGE', `invalid review: ${describeIssues(parsed.error)}; expected {"action": "accept"|"edit"|"reject", "changes"?: {…}, "reason"?: "…", "reviewer"?: "…"}`);
      }
      return c.json(await reviewEvent(store, c.req.param('id'), parsed.data, reviewerOf(c, parsed.data.reviewer)));
    },
  );

  app.get('/api/events/:id/reviews', async (c) => {
    const id = c.req.param('id');
    if (!(await store.getEvent(id))) throw new SitrepError('E_NOT_FOUND', `no event with id "${id.slice(0, 100)}"`);
    return c.json({ reviews: await store.reviews({ event_id: id }) });
  });

  app.get('/api/actors/:name', async (c) => {
    const name = c.req.param('name');
    if (name.length > 300) throw new SitrepError('E_USAGE', 'an actor name is at most 300 characters');
    const entry = actorEntryByName(name);
    const { events } = await store.queryEvents({ actor: name, historical: true, limit: PAGE_EVENTS, sort: '-date' });
    // The filter also matches parts of names and mentions; the page is about this actor only.
    const own = events.filter((e) => names(e).includes(name));
    if (!own.length && !entry) throw new SitrepError('E_NOT_FOUND', `no actor named "${name.slice(0, 100)}"`);
    const inters = [...new Set(own.flatMap((e) => (e.actor1 === name ? [e.inter1] : e.actor2 === name ? [e.inter2] : [])))];
    return c.json({
      name,
      inter: entry?.inter ?? inters[0] ?? null,
      inter_codes: entry ? [...new Set([entry.inter, ...inters])] : inters,
      aliases: entry?.aliases ?? [],
      kind: entry?.kind ?? null,
      country: entry?.country ?? null,
      mentions: [...new Set(own.flatMap((e) => [e.actor1 === name ? e.actor1_mention : null, e.actor2 === name ? e.actor2_mention : null]).filter((m): m is string => !!m))].slice(0, 50),
      fatalities: own.reduce((n, e) => n + (e.fatalities ?? 0), 0),
      events: own,
    });
  });

  app.get('/api/places/:geonameid', async (c) => {
    const raw = c.req.param('geonameid');
    if (!/^\d{1,10}$/.test(raw)) throw new SitrepError('E_USAGE', `a place is its GeoNames id (digits), got "${raw.slice(0, 40)}"`);
    const geonameid = Number(raw);
    const { events } = await store.queryEvents({ geonameid, historical: true, limit: PAGE_EVENTS, sort: '-date' });
    if (!events.length) throw new SitrepError('E_NOT_FOUND', `no events at GeoNames place ${geonameid}`);
    const first = events[0]!;
    const actors = new Map<string, number>();
    for (const e of events) for (const n of [e.actor1, e.actor2]) if (n) actors.set(n, (actors.get(n) ?? 0) + 1);
    return c.json({
      geonameid,
      name: first.location,
      admin1: first.admin1,
      admin2: first.admin2,
      country: first.country,
      iso3: first.iso3,
      latitude: first.latitude,
      longitude: first.longitude,
      fatalities: events.reduce((n, e) => n + (e.fatalities ?? 0), 0),
      actors: [...actors].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([name, n]) => ({ name, events: n })),
      events,
    });
  });
}
