import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Throwaway PostgreSQL databases for tests and benchmarks. The admin URL (a database the user
 * may CREATE DATABASE from) comes from SITREP_TEST_PG, default the local trust-auth server.
 */
export function adminUrl(): string {
  return process.env.SITREP_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** The same server, another database. */
export function urlFor(database: string, base = adminUrl()): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Null when the server answers; else why not (for the skip notice). */
export async function pgUnavailable(base = adminUrl()): Promise<string | null> {
  const client = new pg.Client({ connectionString: base, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    return (e as Error).message || String(e);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface ThrowawayDatabases {
  /** Creates a fresh, empty database and returns its URL. */
  create(): Promise<string>;
  /** Drops every database this instance created (connections still open are terminated). */
  dropAll(): Promise<void>;
}

/** Databases named sitrep_test_<pid>_<random>_<n>, so parallel test files never share one. */
export function throwawayDatabases(base = adminUrl()): ThrowawayDatabases {
  const prefix = `sitrep_test_${process.pid}_${randomBytes(3).toString('hex')}`;
  const made: string[] = [];
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    async create() {
      const name = `${prefix}_${made.length + 1}`;
      await admin((c) => c.query(`CREATE DATABASE "${name}"`));
      made.push(name);
      return urlFor(name, base);
    },
    async dropAll() {
      const names = made.splice(0);
      if (!names.length) return;
      await admin(async (c) => {
        for (const n of names) await c.query(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`);
      });
    },
  };
}

/**
 * Whether PostgreSQL tests should run: they skip with a notice when the server is unreachable,
 * except under CI=true where an unreachable server is a failure.
 */
export async function pgTestGate(): Promise<{ run: true } | { run: false; reason: string }> {
  const why = await pgUnavailable();
  if (why === null) return { run: true };
  const reason = `PostgreSQL at ${adminUrl()} is unreachable (${why})`;
  if (process.env.CI === 'true') throw new Error(`${reason}; under CI=true the PostgreSQL tests must run`);
  console.log(`skipping PostgreSQL tests: ${reason}; set SITREP_TEST_PG to a server's admin URL`);
  return { run: false, reason };
}
