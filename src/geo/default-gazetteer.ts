import { SitrepError } from '../errors.ts';
import { expandDumpFolders, needsPreparing, splitDumpSpecs } from './dump-source.ts';
import type { Gazetteer } from './gazetteer.ts';
import { loadGeonamesGazetteer, type GeonamesGazetteer } from './gazetteer-geonames.ts';
import { packFiles } from './packs.ts';

export interface DefaultGazetteerOptions {
  /**
   * Full GeoNames dumps (uncompressed .txt, or folders of them) to merge in; SITREP_GEONAMES (a
   * comma-separated list) when absent. URLs and ZIPs go through prepareGazetteerDumps first, as the CLI does.
   */
  readonly dumpFiles?: readonly string[];
  /** The installed packs (`sitrep gazetteer add`), merged in before the dumps; true by default. */
  readonly packs?: boolean;
}

/**
 * The gazetteer a pipeline uses unless told otherwise: GeoNames cities500 + countries, regions and
 * landmarks, plus the installed packs and any dumps the user gives.
 */
export function loadDefaultGazetteer(opts: DefaultGazetteerOptions = {}): Gazetteer & Pick<GeonamesGazetteer, 'stats'> {
  const dumps = expandDumpFolders(opts.dumpFiles ?? splitDumpSpecs([process.env.SITREP_GEONAMES ?? '']));
  // loading is synchronous, so a download or an unzip cannot happen here
  const unready = dumps.find(needsPreparing);
  if (unready) throw new SitrepError('E_GAZETTEER', `the GeoNames dump ${unready} is a URL or a ZIP; pass it through prepareGazetteerDumps() first (the sitrep commands do)`);
  const files = [...new Set([...(opts.packs === false ? [] : packFiles()), ...dumps])];
  return loadGeonamesGazetteer(files.length ? { extraFiles: files } : {});
}
