import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from '../errors.ts';
import { prepareGazetteerDumps, splitDumpSpecs } from '../geo/dump-source.ts';

/** node:util parseArgs with Sitrep's usage errors. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError((e as Error).message.replace(/^TypeError \[\w+\]: /, ''));
  }
}

export function checkDate(s: string | undefined, flag: string): string | undefined {
  if (s === undefined) return undefined;
  // Date.parse rolls 2017-02-30 over to March 2; a real day survives the round trip unchanged.
  const t = Date.parse(`${s}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== s) throw new CliError(`${flag} wants a date as YYYY-MM-DD, got "${s}"`);
  return s;
}

/** `--gazetteer`, repeatable and comma-separated; parseArgs wants `multiple` to keep every occurrence. */
export const GAZETTEER_OPTION = { gazetteer: { type: 'string', multiple: true } } as const;

/**
 * The GeoNames dumps named by --gazetteer, or by SITREP_GEONAMES when the flag is absent, downloaded
 * and unzipped as needed, with progress on stderr. An empty list means none, not "ask the environment".
 */
export async function gazetteerDumps(flag: readonly string[] | undefined, command: string): Promise<string[]> {
  const specs = splitDumpSpecs(flag?.length ? flag : [process.env.SITREP_GEONAMES ?? '']);
  return prepareGazetteerDumps(specs, { log: (m) => process.stderr.write(`sitrep ${command}: ${m}\n`) });
}
