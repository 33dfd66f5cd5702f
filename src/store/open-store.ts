import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SitrepError } from '../errors.ts';
import type { Store } from './store.ts';

export const DEFAULT_DB_FILE = 'sitrep.db';

export interface OpenStoreOptions {
  /** SQLite file; default sitrep.db in the current directory. */
  readonly db?: string;
  /** PostgreSQL connection URL. */
  readonly pg?: string;
  /**
   * Create the SQLite file when it is missing (default true). Commands that only read pass false:
   * a mistyped --db must be an error, not a fresh empty database that answers "0 events".
   */
  readonly create?: boolean;
  /** SQLite: worker threads for read queries (see SqliteStoreOptions.readWorkers); default 0. */
  readonly readWorkers?: number;
}

/** The SQLite file a command means: --db as given, else sitrep.db in the current directory. */
export function sqliteFileOf(db: string | undefined): string {
  return db ?? path.resolve(process.cwd(), DEFAULT_DB_FILE);
}

/** The configured store, migrated and ready. */
export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  if (opts.pg !== undefined) {
    if (opts.db !== undefined) throw new SitrepError('E_USAGE', 'give either --db FILE or --pg URL, not both');
    const { openPgStore } = await import('./postgres/pg-store.ts');
    return openPgStore(opts.pg);
  }
  const file = sqliteFileOf(opts.db);
  if (opts.create === false && file !== ':memory:' && !existsSync(file)) {
    throw new SitrepError('E_STORE', `no database at ${path.resolve(file)}; check --db, or create one with \`sitrep ingest PATH --db ${file}\``, { file });
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.ts');
  return openSqliteStore(file, { readWorkers: opts.readWorkers ?? 0 });
}

/** Deletes an SQLite database with its WAL and shared-memory files; for a file this run created and left empty. */
export function removeSqliteFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}
