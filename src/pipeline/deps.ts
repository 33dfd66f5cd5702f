import { LEXICON_DIR } from '../lexicons/load.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';
import { loadDefaultGazetteer } from '../geo/default-gazetteer.ts';
import type { Deps } from './stage.ts';
import { loadNerModel, type EntityTagger } from '../models/ner/model.ts';

export interface DepsOptions {
  /** Folder of lexicon data files; the repository's lexicons/ by default. */
  readonly lexiconDir?: string;
  /** A gazetteer to use instead of the GeoNames one (tests pass small fakes). */
  readonly gazetteer?: Gazetteer;
  /**
   * GeoNames dumps (allCountries.txt, per-country files; uncompressed, local: see prepareGazetteerDumps)
   * merged into the default gazetteer; SITREP_GEONAMES when absent.
   */
  readonly gazetteerFiles?: readonly string[];
  /** An entity tagger to use instead of the committed models/ner.bin (tests pass fakes). */
  readonly entityTagger?: EntityTagger;
}

/** Resources for one pipeline. The gazetteer and the entity tagger load on first use and are then shared. */
export function createDeps(opts: DepsOptions = {}): Deps {
  let gaz: Gazetteer | undefined = opts.gazetteer;
  let tagger: EntityTagger | undefined = opts.entityTagger;
  return {
    lexicons: { dir: opts.lexiconDir ?? LEXICON_DIR },
    gazetteer: () => (gaz ??= loadDefaultGazetteer({ dumpFiles: opts.gazetteerFiles })),
    entityTagger: () => (tagger ??= loadNerModel()),
  };
}
