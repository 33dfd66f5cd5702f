import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';
import { z } from 'zod';
import { SitrepError } from '../errors.ts';
import { labelsIn, loadMapLabels, type MapLabel } from '../geo/map-labels.ts';
import type { Store } from '../store/store.ts';
import { describeIssues, parseEventQuery } from './query.ts';
import { summarise } from './summary.ts';

const MAX_LABELS = 250;

const labelsQuery = z
  .object({
    bbox: z.string().regex(/^-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+$/, 'must be four numbers W,S,E,N'),
    zoom: z.string().regex(/^\d{1,2}$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(0).max(20)),
  })
  .strict();

function parseBbox(s: string): [number, number, number, number] {
  const [w, south, e, n] = s.split(',').map(Number) as [number, number, number, number];
  // Longitudes may run past ±180: Leaflet's view after panning round the world.
  if (![w, south, e, n].every(Number.isFinite) || w > e || Math.abs(south) > 90 || Math.abs(n) > 90 || south > n) {
    throw new SitrepError('E_USAGE', 'invalid query: bbox: must be W,S,E,N in degrees with W≤E and -90≤S≤N≤90');
  }
  return [w, south, e, n];
}

/** A longitude brought into -180..180. */
function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/**
 * Read-only routes behind the workspace's charts and map: aggregated counts for the timeline and
 * charts, and the offline map's place labels and first-level boundaries.
 */
export function registerInsightRoutes(app: Hono, store: Store): void {
  let labels: MapLabel[] | null = null;
  const req = createRequire(import.meta.url);
  const usStates = join(dirname(req.resolve('us-atlas/package.json')), 'states-10m.json');

  app.get('/api/summary', async (c) => c.json(await summarise(store, parseEventQuery(c.req.queries()))));

  app.get('/api/map/labels', (c) => {
    const parsed = labelsQuery.safeParse(c.req.query());
    if (!parsed.success) throw new SitrepError('E_USAGE', `invalid query: ${describeIssues(parsed.error)}`);
    const [w, s, e, n] = parseBbox(parsed.data.bbox);
    // a view a whole world wide or more needs no antimeridian arithmetic
    const box: [number, number, number, number] = e - w >= 360 ? [-180, s, 180, n] : [wrapLon(w), s, wrapLon(e), n];
    labels ??= loadMapLabels();
    return c.json({ labels: labelsIn(labels, box, parsed.data.zoom, MAX_LABELS) });
  });

  // First-level boundaries exist offline only for the United States (us-atlas); elsewhere regions are named, not drawn.
  app.get('/api/map/admin1-lines', async (c) => c.body(await readFile(usStates, 'utf8'), 200, { 'Content-Type': 'application/json; charset=utf-8' }));
}
