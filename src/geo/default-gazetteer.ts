import type { Gazetteer } from './gazetteer.ts';
import { loadGeonamesGazetteer } from './gazetteer-geonames.ts';

/** The gazetteer a pipeline uses unless told otherwise: GeoNames cities500 + countries, regions and landmarks. */
export function loadDefaultGazetteer(): Gazetteer {
  return loadGeonamesGazetteer();
}
