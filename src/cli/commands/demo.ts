import { join } from 'node:path';
import { CliError } from '../../errors.ts';
import { ingest, type IngestReport } from '../../ingest/ingest.ts';
import { createExtractor, type Extractor } from '../../pipeline/extractor.ts';
import { REPO_ROOT } from '../../server/static-assets.ts';
import { openStore } from '../../store/open-store.ts';
import type { Store } from '../../store/store.ts';
import { gazetteerDumps, parse } from '../args.ts';
import { SERVE_OPTIONS, serveSettings, serveStore } from './serve.ts';

export const DEMO_DB_FILE = 'sitrep-demo.db';
export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');

/** Codes the bundled examples into the store; articles already stored are skipped, so a re-run changes nothing. */
export function ingestExamples(store: Store, dir = EXAMPLES_DIR, extractor?: Extractor): Promise<IngestReport> {
  return ingest(store, [dir], extractor ? { extractor } : {});
}

export async function demoCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { ...SERVE_OPTIONS, db: { type: 'string', default: DEMO_DB_FILE } });
  if (positionals.length) throw new CliError(`sitrep demo takes no positional arguments, got "${positionals[0]}"`);
  const settings = serveSettings(values);
  // the examples are coded whether or not the server takes writes, so the dumps are always wanted
  const extractor = createExtractor({ gazetteerFiles: await gazetteerDumps(values.gazetteer, 'demo') });
  const store = await openStore({ db: values.db, pg: values.pg });
  try {
    process.stderr.write(`sitrep demo: coding ${EXAMPLES_DIR} into ${values.pg ? 'PostgreSQL' : values.db}…\n`);
    const r = await ingestExamples(store, EXAMPLES_DIR, extractor);
    const banner = [
      `sitrep demo: ${r.stored} new article(s), ${r.skipped} already stored, ${r.eventsNew} new event(s), ${r.eventsUpdated} merged${r.failed ? `, ${r.failed} failed (see /api/failures)` : ''}`,
    ];
    return await serveStore(store, settings, banner, () => extractor);
  } catch (e) {
    await store.close();
    throw e;
  }
}
