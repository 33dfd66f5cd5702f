import type { Document, PlaceMention } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { COUNTRY_PART_CODE, isCountry, type Gazetteer } from '../../geo/gazetteer.ts';
import { loadAdmin1Regions } from '../../geo/geo-lexicons.ts';
import { seatMention } from './seat-mention.ts';

/**
 * A compass word right before a country's name: "in northern Iraq", "north-west Syria", "the far east of" is not here
 * (country-parts.ts reads "the north of the country"). Group 1 is the word itself.
 */
const COMPASS_BEFORE = /(?:^|[^\p{L}-])((?:far[\s-]+)?(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:ern)?|central)\s+$/iu;

/** Unit vectors (east, north) of the compass words. */
const HEADINGS: Record<string, readonly [number, number]> = {
  north: [0, 1],
  south: [0, -1],
  east: [1, 0],
  west: [-1, 0],
  northeast: [Math.SQRT1_2, Math.SQRT1_2],
  northwest: [-Math.SQRT1_2, Math.SQRT1_2],
  southeast: [Math.SQRT1_2, -Math.SQRT1_2],
  southwest: [-Math.SQRT1_2, -Math.SQRT1_2],
};

/** How many of a country's regions must be known before its parts are told apart: with fewer the country's point stays. */
const MIN_REGIONS = 4;
/** The share of a part's regions, farthest along the heading first, whose points make the part's point. */
const FARTHEST_SHARE = 0.5;
/** How far off the heading (degrees) a region may lie and still be in that part: "eastern" is not "north-eastern". */
const SECTOR_DEGREES = 50;

/** "north-western", "far north", "Central" → "northwest", "north", "central". */
export function compassKey(word: string): string {
  return word.toLowerCase().replace(/^far[\s-]+/, '').replace(/ern$/, '').replace(/[\s-]/g, '');
}

/**
 * The point of a part of a country: the mean of the points of its first-level regions that lie in that part ("northern
 * Iraq": Dohuk, Nineveh, Erbil…; "northwest Syria": Idlib, Latakia, Aleppo…). ACLED codes an event named only by such a
 * part at a point inside it (precision 3), not at the country's middle, which may lie hundreds of kilometres from
 * anything the part holds. Regions are taken within SECTOR_DEGREES of the heading, the farther half of them; "central"
 * takes the regions nearest the country's point. null where the part cannot be told (too few regions known).
 */
export function compassPartPoint(key: string, regions: readonly Place[]): { latitude: number; longitude: number } | null {
  if (regions.length < MIN_REGIONS) return null;
  // the regions' own middle, not the country's point, which a gazetteer may round to whole degrees (Afghanistan's 33, 65)
  const middle = { latitude: mean(regions.map((r) => r.latitude)), longitude: mean(regions.map((r) => r.longitude)) };
  const cos = Math.cos((middle.latitude * Math.PI) / 180);
  const offsets = regions.map((r) => ({ r, x: (r.longitude - middle.longitude) * cos, y: r.latitude - middle.latitude }));
  let chosen: typeof offsets;
  if (key === 'central') {
    chosen = [...offsets].sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y)).slice(0, Math.max(1, Math.round(regions.length / 4)));
  } else {
    const heading = HEADINGS[key];
    if (!heading) return null;
    const along = (o: { x: number; y: number }) => o.x * heading[0] + o.y * heading[1];
    const inSector = offsets.filter((o) => {
      const length = Math.hypot(o.x, o.y);
      return length > 0 && along(o) / length >= Math.cos((SECTOR_DEGREES * Math.PI) / 180);
    });
    if (!inSector.length) return null;
    chosen = inSector.sort((a, b) => along(b) - along(a)).slice(0, Math.max(1, Math.ceil(inSector.length * FARTHEST_SHARE)));
  }
  const latitude = mean(chosen.map((o) => o.r.latitude));
  const longitude = mean(chosen.map((o) => o.r.longitude));
  return { latitude: Math.round(latitude * 100) / 100, longitude: Math.round(longitude * 100) / 100 };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The first-level regions the lexicon names for each country, read through the gazetteer once per gazetteer. */
const regionsByGazetteer = new WeakMap<Gazetteer, Map<string, Place[]>>();
function countryRegions(gazetteer: Gazetteer, iso2: string, dir?: string): Place[] {
  let byCountry = regionsByGazetteer.get(gazetteer);
  if (!byCountry) {
    byCountry = new Map();
    for (const row of loadAdmin1Regions(dir)) {
      if (row.region === false) continue;
      const place = gazetteer.candidates(row.name).find((p) => p.featureCode === 'ADM1' && p.countryCode === row.iso2);
      if (place) byCountry.set(row.iso2, [...(byCountry.get(row.iso2) ?? []), place]);
    }
    regionsByGazetteer.set(gazetteer, byCountry);
  }
  return byCountry.get(iso2) ?? [];
}

/**
 * "in northern Iraq", "government-held parts of northwest Syria", "in eastern Afghanistan": a part of a country its
 * compass word names. Each is an event's place at the part's point (precision 3), carried as a seat mention so the
 * geoparser still prints the country's own name at the country and the event picker prefers it to the bare country or
 * the dateline, never to a town or province its clause names.
 */
export function compassParts(doc: Document, mentions: readonly PlaceMention[], gazetteer: Gazetteer, dir?: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of mentions) {
    if (!m.place || m.demonym || m.site || m.seat || !isCountry(m.place)) continue;
    const hit = COMPASS_BEFORE.exec(doc.text.slice(Math.max(0, m.start - 24), m.start));
    if (!hit) continue;
    const key = compassKey(hit[1]);
    const point = compassPartPoint(key, countryRegions(gazetteer, m.place.countryCode, dir));
    if (!point) continue;
    const start = m.start - hit[0].length + hit[0].indexOf(hit[1]);
    const name = `${hit[1][0].toUpperCase()}${hit[1].slice(1).toLowerCase()} ${m.place.name}`;
    out.push(seatMention(doc, start, m.end, m.sentence, { ...m.place, name, ...point, featureCode: COUNTRY_PART_CODE, geonameid: null, admin1: null, admin2: null, precision: 3 }));
  }
  return out;
}
