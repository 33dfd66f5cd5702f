import { setFlagsFromString } from 'node:v8';
import { CliError } from '../../errors.ts';
import { createExtractor, type Extractor } from '../../pipeline/extractor.ts';
import { startServer, untilSignal } from '../../server/listen.ts';
import { openStore } from '../../store/open-store.ts';
import type { Store } from '../../store/store.ts';
import { gazetteerDumps, GAZETTEER_OPTION, parse } from '../args.ts';

export const SERVE_OPTIONS = {
  db: { type: 'string' },
  pg: { type: 'string' },
  port: { type: 'string', default: '8080' },
  host: { type: 'string', default: '127.0.0.1' },
  token: { type: 'string' },
  'read-token': { type: 'boolean', default: false },
  'request-timeout': { type: 'string', default: '30' },
  'headers-timeout': { type: 'string', default: '10' },
  'max-exports': { type: 'string', default: '4' },
  'read-workers': { type: 'string', default: '2' },
  ...GAZETTEER_OPTION,
} as const;

export interface ServeSettings {
  port: number;
  host: string;
  token: string | undefined;
  readToken: boolean;
  /** A request's headers and body must arrive within this. */
  requestTimeoutMs: number;
  /** Its headers within this. */
  headersTimeoutMs: number;
  /** Exports streaming at once; one more is answered 503. */
  maxConcurrentExports: number;
  /** SQLite: worker threads that run the read queries (0: the server's own thread). */
  readWorkers: number;
}

/** A flag's value as a number of seconds > 0 (fractions allowed), in milliseconds. */
function seconds(flag: string, value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0)) throw new CliError(`--${flag} wants a number of seconds > 0, got "${value}"`);
  return Math.round(n * 1000);
}

export function serveSettings(values: {
  port?: string; host?: string; token?: string; 'read-token'?: boolean; 'request-timeout'?: string; 'headers-timeout'?: string; 'max-exports'?: string; 'read-workers'?: string;
}): ServeSettings {
  const port = Number(values.port ?? '8080');
  if (!/^\d+$/.test(values.port ?? '8080') || port > 65535) throw new CliError(`--port wants a number 0-65535, got "${values.port}"`);
  const token = values.token ?? process.env.SITREP_TOKEN ?? undefined;
  if (values['read-token'] && !token) throw new CliError('--read-token needs a token: give --token T or set SITREP_TOKEN');
  if (token !== undefined && token.length < 8) throw new CliError('the token must be at least 8 characters');
  const requestTimeoutMs = seconds('request-timeout', values['request-timeout'] ?? '30');
  const headersTimeoutMs = seconds('headers-timeout', values['headers-timeout'] ?? '10');
  if (headersTimeoutMs > requestTimeoutMs) throw new CliError(`--headers-timeout (${headersTimeoutMs / 1000} s) cannot be longer than --request-timeout (${requestTimeoutMs / 1000} s), which includes the headers`);
  const maxExports = values['max-exports'] ?? '4';
  if (!/^\d+$/.test(maxExports) || Number(maxExports) < 1) throw new CliError(`--max-exports wants a whole number >= 1, got "${maxExports}"`);
  const readWorkers = values['read-workers'] ?? '2';
  if (!/^\d+$/.test(readWorkers) || Number(readWorkers) > 16) throw new CliError(`--read-workers wants a whole number 0-16, got "${readWorkers}"`);
  return {
    port, host: values.host ?? '127.0.0.1', token: token || undefined, readToken: !!values['read-token'],
    requestTimeoutMs, headersTimeoutMs, maxConcurrentExports: Number(maxExports), readWorkers: Number(readWorkers),
  };
}

/**
 * The extractor for POST /api/ingest, with the dumps of --gazetteer or SITREP_GEONAMES. Without a
 * token nothing is ever extracted, so nothing is downloaded either.
 */
export async function serveExtractor(values: { gazetteer?: string[] }, s: ServeSettings, command: string): Promise<(() => Extractor) | undefined> {
  if (!s.token) {
    if (values.gazetteer?.length) process.stderr.write(`sitrep ${command}: --gazetteer is unused while serving read-only (no --token)\n`);
    return undefined;
  }
  const gazetteerFiles = await gazetteerDumps(values.gazetteer, command);
  return () => createExtractor({ gazetteerFiles });
}

/**
 * V8 lets the old generation grow to about four times what was live after the last full
 * collection before it collects again. An export promotes some of every page it streams, so
 * four exports took the server from 170 MB to 290-310 MB of mostly garbage (the live heap stayed
 * near 30 MB). Growth of half the live size keeps the peak near 200 MB for a few more full
 * collections. The flag is read at each collection, so setting it now takes effect.
 */
function boundHeapGrowth(): void {
  if (!process.execArgv.some((a) => a.startsWith('--heap-growing-percent'))) setFlagsFromString('--heap-growing-percent=50');
}

/** Serves until SIGINT/SIGTERM, then closes the server and the store. */
export async function serveStore(store: Store, s: ServeSettings, banner: string[] = [], makeExtractor?: () => Extractor): Promise<number> {
  boundHeapGrowth();
  const server = await startServer(store, { ...s, ...(makeExtractor && { makeExtractor }) });
  const stats = await store.stats();
  const lines = [
    ...banner,
    `Sitrep is serving ${stats.events} event(s) from ${stats.articles} article(s) at ${server.url}`,
    s.token ? `writes (POST /api/ingest) need the token${s.readToken ? '; so do reads' : ''}` : 'read-only: start with --token T (or SITREP_TOKEN) to enable POST /api/ingest',
    'press Ctrl+C to stop',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const signal = await untilSignal();
  process.stderr.write(`sitrep serve: ${signal}, stopping\n`);
  await server.close();
  await store.close();
  return 0;
}

export async function serveCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, SERVE_OPTIONS);
  if (positionals.length) throw new CliError(`sitrep serve takes no positional arguments, got "${positionals[0]}"`);
  const settings = serveSettings(values);
  const makeExtractor = await serveExtractor(values, settings, 'serve');
  const store = await openStore({ db: values.db, pg: values.pg, create: false, readWorkers: settings.readWorkers });
  try {
    return await serveStore(store, settings, [], makeExtractor);
  } catch (e) {
    await store.close();
    throw e;
  }
}
