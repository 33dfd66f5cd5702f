import path from 'node:path';
import { SitrepError } from '../errors.ts';
import type { Store } from './store.ts';

export const DEFAULT_DB_FILE = 'sitrep.db';

export interface OpenStoreOptions {
  /** SQLite file; default sitrep.db in the current directory. */
  readonly db?: string;
  /** PostgreSQL connection URL. */
  readonly pg?: string;
}

/** The configured store, migrated and ready. */
export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  if (opts.pg !== undefined) {
    if (opts.db !== undefined) throw new SitrepError('E_USAGE', 'give either --db FILE or --pg URL, not both');
    const { openPgStore } = await import('./postgres/pg-store.ts');
    return openPgStore(opts.pg);
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.ts');
  const file = opts.db ?? path.resolve(process.cwd(), DEFAULT_DB_FILE);
  return openSqliteStore(file);
}
