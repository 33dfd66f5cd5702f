import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { cachedJson } from './derived-cache.ts';

/** A US county (parish, borough) with the point GeoNames-style gazetteers give it: its area's centre. */
export interface UsCounty {
  /** "Anderson County", "Rapides Parish", "Juneau Borough": the name news writes. */
  readonly name: string;
  /** The bare name as the Census writes it ("Anderson"). */
  readonly bare: string;
  /** The state's full name ("Tennessee"), as the admin-1 regions name it. */
  readonly state: string;
  /** Five-digit FIPS code. */
  readonly fips: string;
  readonly latitude: number;
  readonly longitude: number;
}

type CountyProps = { name: string };

/** Census FIPS codes of states whose county-level units carry another word than "County". */
const SUFFIX_BY_STATE: Readonly<Record<string, string>> = { '22': 'Parish', '02': 'Borough' };
/**
 * Independent cities sit in the county layer with codes from 500 (Baltimore, St. Louis, Carson City,
 * Virginia's cities); GeoNames has them as towns already, so they are no county. Puerto Rico's
 * municipios (state 72) are named without "County" in news.
 */
const INDEPENDENT_CITY_STATES: ReadonlySet<string> = new Set(['24', '29', '32', '51']);
const SKIP_STATES: ReadonlySet<string> = new Set(['72', '78', '60', '66', '69']);

/**
 * The counties of us-atlas (US Census Bureau cartographic boundaries, ISC licence), each placed at
 * the area-weighted centroid of its largest polygon: the same kind of point GeoNames gives a
 * second-level division, and one that an island or exclave cannot pull out to sea.
 */
export function loadUsCounties(): UsCounty[] {
  const topology = createRequire(import.meta.url)('us-atlas/counties-10m.json') as Topology<{
    counties: GeometryCollection<CountyProps>;
    states: GeometryCollection<CountyProps>;
  }>;
  const stateName = new Map<string, string>();
  for (const g of topology.objects.states.geometries) stateName.set(String(g.id), (g.properties as CountyProps | undefined)?.name ?? '');
  const out: UsCounty[] = [];
  const counties = feature(topology, topology.objects.counties);
  for (const f of counties.features) {
    const fips = String(f.id);
    const stateFips = fips.slice(0, 2);
    const state = stateName.get(stateFips);
    const bare = (f.properties as CountyProps | null)?.name;
    if (!state || !bare || SKIP_STATES.has(stateFips)) continue;
    if (INDEPENDENT_CITY_STATES.has(stateFips) && Number(fips.slice(2)) >= 500) continue;
    const point = centroidOf(f.geometry as Polygon | MultiPolygon | null);
    if (!point) continue;
    const suffix = SUFFIX_BY_STATE[stateFips] ?? 'County';
    // "Matanuska-Susitna Borough" but "Yukon-Koyukuk Census Area": Alaska's units say which they are only in full names
    const name = stateFips === '02' && /Census Area|City and Borough|Municipality/.test(bare) ? bare : `${bare} ${suffix}`;
    out.push({ name, bare, state, fips, latitude: round(point[1]), longitude: round(point[0]) });
  }
  return out;
}

/** loadUsCounties, computed once for this us-atlas and these rules and then read as JSON from `dir` (the gazetteer index's folder). */
export function cachedUsCounties(dir: string): UsCounty[] {
  const req = createRequire(import.meta.url);
  const inputs = {
    files: [req.resolve('us-atlas/counties-10m.json'), req.resolve('topojson-client')],
    // the source also when running compiled from dist/geo/, which sits at src/geo/'s depth
    code: [new URL('../../src/geo/us-counties.ts', import.meta.url)],
  };
  return cachedJson(dir, 'us-counties', inputs, loadUsCounties);
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Area-weighted centroid of the largest polygon's outer ring (planar in degrees: counties are small). */
function centroidOf(g: Polygon | MultiPolygon | null): Position | null {
  if (!g) return null;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best: { area: number; c: Position } | null = null;
  for (const poly of polygons) {
    const ring = poly[0];
    if (!ring || ring.length < 3) continue;
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += cross;
      cx += (ring[j][0] + ring[i][0]) * cross;
      cy += (ring[j][1] + ring[i][1]) * cross;
    }
    if (Math.abs(a) < 1e-12) continue;
    const c: Position = [cx / (3 * a), cy / (3 * a)];
    if (!best || Math.abs(a) > best.area) best = { area: Math.abs(a), c };
  }
  return best?.c ?? null;
}
