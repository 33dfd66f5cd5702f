import type { Place } from '../model/place.ts';
import type { Gazetteer } from './gazetteer.ts';
import { normalizeName, skeletonKey } from './normalize-name.ts';

export interface MemoryEntry {
  readonly place: Place;
  /** Every spelling to index besides place.name. */
  readonly names?: readonly string[];
}

/** A small in-memory gazetteer for tests and tools; candidates keep insertion order. */
export function createMemoryGazetteer(entries: readonly MemoryEntry[], demonyms: Readonly<Record<string, string>> = {}): Gazetteer {
  const index = new Map<string, Place[]>();
  for (const e of entries) {
    for (const n of [e.place.name, ...(e.names ?? [])]) {
      const key = normalizeName(n);
      const list = index.get(key) ?? [];
      if (!list.includes(e.place)) list.push(e.place);
      index.set(key, list);
    }
  }
  // as the on-disk index: the consonants of a GeoNames place's own name
  const loose = new Map<string, Place[]>();
  for (const e of entries) {
    const key = e.place.geonameid !== null ? skeletonKey(e.place.name) : '';
    if (key) loose.set(key, [...(loose.get(key) ?? []), e.place]);
  }
  const dem = new Map(Object.entries(demonyms).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    candidates: (name) => index.get(normalizeName(name)) ?? [],
    looseCandidates: (name) => loose.get(skeletonKey(name)) ?? [],
    demonymCountry: (word) => dem.get(word.toLowerCase()) ?? null,
    country: (iso2) => entries.find((e) => e.place.featureCode === 'PCLI' && e.place.countryCode === iso2)?.place ?? null,
  };
}
