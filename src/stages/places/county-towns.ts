import { distanceKm } from '../../geo/gazetteer.ts';
import { normalizeName } from '../../geo/normalize-name.ts';
import type { Place } from '../../model/place.ts';
import { isTownReading, type RawPlace } from './detect.ts';

/**
 * A county and a town that one local story names lie together: "Athens" beside "Henderson County" is
 * Athens, Texas (in Henderson County), not Athens, Georgia, though the bigger town wins alone.
 * Coherence (resolve.ts) already reads the county in Texas, as only there a town of the story lies in a
 * Henderson County, but its closeness bonus is too small to move the town away from a big namesake.
 * So where the story names one county, a town name that has exactly one reading inside the county as
 * resolved takes it; the county itself is never moved (its own evidence settled it: moving it by the
 * pairs broke more stories than it mended), nor a town its words place ("Athens, Greece").
 */

/** How far from a county's centroid a town of it may lie (big western counties reach further; most are under 40 km across). */
export const COUNTY_TOWN_KM = 40;

export interface Reading {
  readonly c: Place;
  readonly s: number;
}

const isCounty = (p: Place) => p.featureCode === 'ADM2' && p.countryCode === 'US';
const sameState = (a: Place, b: Place) => a.admin1 !== null && b.admin1 !== null && normalizeName(a.admin1) === normalizeName(b.admin1);
/** The county lies around the town: the same state and the town near the county's centre. */
export const countyHolds = (county: Place, town: Place) =>
  isCounty(county) && town.countryCode === 'US' && isTownReading(town) && sameState(county, town) && distanceKm(county.latitude, county.longitude, town.latitude, town.longitude) <= COUNTY_TOWN_KM;

/**
 * For each mention, the reading the county–town pairs impose (or undefined). `scored` are each mention's
 * first-pass readings, best first; `chosen` the reading each now has; `keyOf` a mention's name key (repetitions share it).
 */
export function countyTownPairs(raws: readonly RawPlace[], scored: readonly (readonly Reading[])[], chosen: readonly (Place | null)[], keyOf: (k: number) => string): (Place | undefined)[] {
  const out: (Place | undefined)[] = raws.map(() => undefined);
  // one entry per distinct name: its mentions, and its readings as the first mention scored them
  const counties = new Map<string, number[]>();
  const towns = new Map<string, number[]>();
  raws.forEach((r, k) => {
    if (r.partial) return;
    const key = keyOf(k);
    if (r.county) {
      if (scored[k].some((x) => isCounty(x.c))) counties.set(key, [...(counties.get(key) ?? []), k]);
      return;
    }
    // a town its own words placed ("Athens, Greece", "Paris, Texas") is settled already
    if (r.container !== null || r.isContainer || r.relation !== null) return;
    if (scored[k].some((x) => x.c.countryCode === 'US' && isTownReading(x.c))) towns.set(key, [...(towns.get(key) ?? []), k]);
  });
  // a story of several counties is a region's story, whose towns coherence already weighs against each other
  if (counties.size !== 1 || !towns.size) return out;
  for (const [, cks] of counties) {
    // the county as the story reads it: moving it would undo what its own evidence settled
    const county = chosen[cks[0]];
    if (!county || !isCounty(county)) continue;
    for (const [, tks] of towns) {
      const now = chosen[tks[0]];
      if (now && countyHolds(county, now)) continue;
      const held = scored[tks[0]].filter((x) => countyHolds(county, x.c));
      // one town of the name in the county, else the words do not say which
      if (held.length !== 1) continue;
      for (const k of tks) out[k] ??= held[0].c;
    }
  }
  return out;
}
