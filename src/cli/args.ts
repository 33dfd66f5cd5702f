import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from '../errors.ts';
import { prepareGazetteerDumps, splitDumpSpecs } from '../geo/dump-source.ts';

/**
 * The API's filter names, spelled as flags, for the CLI's own: the CLI and the API accept the same
 * names (`--event-type` or `--type`, `--min_fatalities` or `--min-fatalities`).
 */
export const FLAG_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  'event-type': 'type',
  'sub-event-type': 'sub-type',
});

/** `--min_fatalities=3` → `--min-fatalities=3`, `--event-type` → `--type`; values and positionals untouched. */
export function normalizeFlags(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const [i, a] of args.entries()) {
    if (a === '--') return [...out, ...args.slice(i)];
    const m = /^--([^=]+)(=.*)?$/s.exec(a);
    if (!m) {
      out.push(a);
      continue;
    }
    const name = m[1]!.replace(/_/g, '-');
    out.push(`--${FLAG_ALIASES[name] ?? name}${m[2] ?? ''}`);
  }
  return out;
}

/** node:util parseArgs with Sitrep's usage errors: an unknown flag is named, with where to look. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args: normalizeFlags(args), options, allowPositionals: true, strict: true });
  } catch (e) {
    const err = e as Error & { code?: string };
    const unknown = /^Unknown option '([^']+)'/.exec(err.message);
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) throw new CliError(`unknown option "${unknown[1]}"; "sitrep help" lists every command's options`);
    throw new CliError(`${err.message.replace(/^TypeError \[\w+\]: /, '')}; see "sitrep help"`);
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
