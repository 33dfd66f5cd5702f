import type { Gazetteer } from './gazetteer.ts';
import { loadGeonamesGazetteer, type GeonamesGazetteer } from './gazetteer-geonames.ts';

export interface DefaultGazetteerOptions {
  /** A full GeoNames dump to merge in; the SITREP_GEONAMES environment variable when absent. */
  readonly dumpFile?: string;
}

/** The gazetteer a pipeline uses unless told otherwise: GeoNames cities500 + countries, regions and landmarks, plus any dump the user gives. */
export function loadDefaultGazetteer(opts: DefaultGazetteerOptions = {}): Gazetteer & Pick<GeonamesGazetteer, 'stats'> {
  const dump = opts.dumpFile ?? (process.env.SITREP_GEONAMES || undefined);
  return loadGeonamesGazetteer(dump ? { extraFiles: [dump] } : {});
}
