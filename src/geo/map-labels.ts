import { readFileSync } from 'node:fs';
import { loadAdmin1Regions } from './geo-lexicons.ts';
import { defaultCitiesFile } from './gazetteer-geonames.ts';

/** A name to draw on the map, shown from zoom level minZoom on. */
export interface MapLabel {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly kind: 'city' | 'admin1';
  /** Larger draws first when labels collide: population for a city, the sum of its towns' for a region. */
  readonly rank: number;
  readonly minZoom: number;
}

/** Towns smaller than this are left off the map: the map is for orientation, not a gazetteer. */
const MIN_POPULATION = 15_000;
/** Seats of government are labelled whatever GeoNames says of their size (it often gives none). */
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);
/** Sections of a city (PPLX), abandoned or historical places: not what a reader looks for on a map. */
const NOT_A_TOWN = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

function cityMinZoom(pop: number, fcode: string): number {
  if (fcode === 'PPLC' || pop >= 5_000_000) return 3;
  if (pop >= 1_000_000) return 4;
  if (pop >= 300_000 || fcode === 'PPLA') return 5;
  if (pop >= 100_000) return 6;
  if (pop >= 40_000) return 7;
  return 8;
}

interface Row {
  name: string;
  asciiName: string;
  lat: number;
  lon: number;
  fcode: string;
  cc: string;
  admin1: string;
  pop: number;
}

/**
 * Labels for an offline map, from the same GeoNames cities500 file the gazetteer reads: towns
 * of 15,000 people or more and every seat of government down to districts; and first-level regions (lexicons/geo-admin1.jsonl)
 * named at the centre of their towns, found through their seat's GeoNames admin-1 code.
 */
export function loadMapLabels(citiesFile = defaultCitiesFile()): MapLabel[] {
  const rows: Row[] = [];
  for (const line of readFileSync(citiesFile, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    rows.push({ name: f[1]!, asciiName: f[2]!, lat: Number(f[4]), lon: Number(f[5]), fcode: f[7]!, cc: f[8]!, admin1: f[10]!, pop: Number(f[14]) || 0 });
  }
  const labels: MapLabel[] = [];
  for (const r of rows) {
    if ((r.pop < MIN_POPULATION && !SEATS.has(r.fcode)) || NOT_A_TOWN.has(r.fcode)) continue;
    labels.push({ name: r.name, lat: r.lat, lon: r.lon, kind: 'city', rank: r.pop, minZoom: cityMinZoom(r.pop, r.fcode) });
  }

  const towns = new Map<string, { lat: number; lon: number; pop: number; n: number }>();
  for (const r of rows) {
    const key = `${r.cc}.${r.admin1}`;
    const t = towns.get(key) ?? { lat: 0, lon: 0, pop: 0, n: 0 };
    t.lat += r.lat;
    t.lon += r.lon;
    t.pop += r.pop;
    t.n += 1;
    towns.set(key, t);
  }
  const byName = new Map<string, Row[]>();
  for (const r of rows) {
    for (const n of [r.name, r.asciiName]) {
      const key = `${r.cc}:${n.toLowerCase()}`;
      const list = byName.get(key) ?? [];
      list.push(r);
      byName.set(key, list);
    }
  }
  const placed = new Set<string>();
  for (const region of loadAdmin1Regions()) {
    if (region.region === false) continue;
    const anchor = region.inside ?? region.seat;
    const seat = (byName.get(`${region.iso2}:${anchor.toLowerCase()}`) ?? []).sort((a, b) => b.pop - a.pop)[0];
    if (!seat || !seat.admin1) continue;
    const key = `${seat.cc}.${seat.admin1}`;
    const t = towns.get(key);
    if (!t || placed.has(key)) continue;
    placed.add(key);
    labels.push({ name: region.name, lat: region.latitude ?? t.lat / t.n, lon: region.longitude ?? t.lon / t.n, kind: 'admin1', rank: t.pop, minZoom: 5 });
  }
  return labels;
}

/**
 * The labels inside a bounding box (W,S,E,N; W > E crosses the antimeridian) worth showing at a
 * zoom level: up to `limit` towns, largest first, then the regions (they drop out past zoom 8,
 * where a region is larger than the screen).
 */
export function labelsIn(labels: readonly MapLabel[], bbox: readonly [number, number, number, number], zoom: number, limit: number): MapLabel[] {
  const [w, s, e, n] = bbox;
  const inLon = w <= e ? (lon: number) => lon >= w && lon <= e : (lon: number) => lon >= w || lon <= e;
  const inView = labels.filter((l) => l.minZoom <= zoom && l.lat >= s && l.lat <= n && inLon(l.lon));
  const largest = (kind: MapLabel['kind']) => inView.filter((l) => l.kind === kind).sort((a, b) => b.rank - a.rank).slice(0, limit);
  return [...largest('city'), ...(zoom <= 8 ? largest('admin1') : [])];
}
