import type { Gazetteer } from '../../geo/gazetteer.ts';
import { normalizeName } from '../../geo/normalize-name.ts';
import type { Place } from '../../model/place.ts';
import type { FocusEvidence } from './resolve.ts';

/**
 * Where a name the gazetteer lacks lies ("Harwinton", "Neches River", "Lake Harriet"), when a caller
 * knows it is a place. Local news names its state ("Connecticut's economy") far more reliably than it
 * names its towns unambiguously, so a story whose named regions agree on one keeps the unknown name in
 * that region: at the nearest town the story places there, else at the region itself. Without such a
 * region, the nearest town named before it, else after it, as before.
 */

/** Share of the story's named-region mentions the leading region needs before it is the story's region. */
const REGION_MAJORITY = 0.5;

/** The "CC|Region" the story's named regions agree on, or null: a list of states ("from Oregon to Virginia") has none. */
export function storyRegion(ev: FocusEvidence, minMentions = 1): string | null {
  if (!ev.regions?.size) return null;
  let total = 0;
  let top: string | null = null;
  let best = 0;
  let country: string | null = null;
  let most = 0;
  for (const [cc, v] of ev.counts) if (v > most) [most, country] = [v, cc];
  for (const [key, n] of ev.regions) {
    total += n;
    if (n > best) [best, top] = [n, key];
  }
  // a region of some other country than the story's ("Washington" read as the state in a Moscow story) is a misreading
  // a tie is no agreement
  const tied = [...ev.regions.values()].filter((n) => n === best).length > 1;
  return top && !tied && best >= minMentions && best / total > REGION_MAJORITY && top.startsWith(`${country}|`) ? top : null;
}

export interface Placed {
  readonly start: number;
  readonly end: number;
  readonly place: Place;
}

/**
 * The stand-in place for an unknown name at [start, end): `towns` are the story's resolved towns in text
 * order; the result is precision 2 (near a town) or 3 (somewhere in the region), named as written.
 */
export function placeUnknown(name: string, start: number, end: number, towns: readonly Placed[], ev: FocusEvidence, gazetteer: Gazetteer, country: Place | null): Place | null {
  const region = storyRegion(ev);
  const inRegion = region ? towns.filter((t) => `${t.place.countryCode}|${t.place.admin1 ?? ''}` === region) : towns;
  const near = inRegion.filter((t) => t.end <= start).at(-1) ?? inRegion.find((t) => t.start >= end);
  if (near) return { ...near.place, name, geonameid: null, precision: 2 };
  if (region) {
    const [cc, admin1] = region.split('|');
    const own = gazetteer.candidates(admin1).find((c) => c.featureCode === 'ADM1' && c.countryCode === cc);
    if (own) return { ...own, name, geonameid: null, precision: 3 };
  }
  const any = towns.filter((t) => t.end <= start).at(-1) ?? towns.find((t) => t.start >= end);
  if (any) return { ...any.place, name, geonameid: null, precision: 2 };
  return country ? { ...country, name } : null;
}

/** A town smaller than this, of a name many places bear, is no reason to leave the story's region. */
const STRAY_POPULATION = 25_000;
/** How often the story must name its region before a namesake elsewhere is doubted. */
const STRAY_REGION_MENTIONS = 2;

/**
 * A small namesake read outside the region the story's named regions agree on ("Twin Lakes" of Colorado in a
 * Minnesota story, "Blue Grass", Iowa, in a Kentucky one) when no reading of the name lies in that region and
 * nothing around the name says where it is: local news names its own hamlets, lakes and townships, which the
 * gazetteer often lacks, far more often than some other state's small town. Placed as an unknown name of the region.
 */
export function strayNamesake(p: Place, settled: boolean, readings: readonly Place[], name: string, start: number, end: number, towns: readonly Placed[], ev: FocusEvidence, gazetteer: Gazetteer): Place | null {
  if (settled || p.geonameid === null || !p.featureCode.startsWith('PPL') || (p.population ?? 0) >= STRAY_POPULATION) return null;
  // named more than once: one passing "Maine" or "Alaska" makes no Connecticut or New Hampshire story theirs
  const region = storyRegion(ev, STRAY_REGION_MENTIONS);
  if (!region) return null;
  const inRegion = (c: Place) => `${c.countryCode}|${c.admin1 ?? ''}` === region;
  if (inRegion(p) || readings.some(inRegion)) return null;
  // nor where the story names the namesake's own region too: "Oroville" in a Montana story that names California twice
  if ((ev.regions?.get(`${p.countryCode}|${p.admin1 ?? ''}`) ?? 0) > 0) return null;
  // the story's own towns lie in its region, and none but this name's readings lies in the namesake's:
  // Litchfield and Winsted of a Connecticut story that names Maine twice are no strays
  const own = towns.filter((t) => inRegion(t.place));
  const key = normalizeName(name);
  const besideIt = towns.some((t) => normalizeName(t.place.name) !== key && t.place.countryCode === p.countryCode && t.place.admin1 === p.admin1);
  if (!own.length || besideIt) return null;
  return placeUnknown(name, start, end, own, ev, gazetteer, null);
}
