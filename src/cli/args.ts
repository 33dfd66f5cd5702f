import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from '../errors.ts';

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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(`${s}T00:00:00Z`))) throw new CliError(`${flag} wants a date as YYYY-MM-DD, got "${s}"`);
  return s;
}
