import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DerivedInputs {
  /** Data files the value is computed from, known by path, size and modification time. */
  readonly files: readonly string[];
  /** Source files of the code that computes it, known by content, so that a change of rules recomputes. */
  readonly code: readonly URL[];
  /** Strings the value is computed from, by content. */
  readonly values?: readonly string[];
}

/**
 * A JSON value computed from files, kept in `dir` under a name that hashes its inputs, so that a later
 * start reads it instead of computing it again (US county centroids and the normalised keys of the
 * gazetteer's in-memory places each cost 0.1–0.2 s a start). A cache
 * that cannot be read or written is no error: the value is computed, as without a cache.
 */
export function cachedJson<T>(dir: string, name: string, inputs: DerivedInputs, compute: () => T): T {
  const h = createHash('sha256');
  for (const f of inputs.files) {
    const st = statSync(f);
    h.update(`${f}\0${st.size}\0${st.mtimeMs}\n`);
  }
  for (const u of inputs.code) h.update(readFileSync(u)).update('\n');
  for (const v of inputs.values ?? []) h.update(v).update('\0');
  const file = join(dir, `${name}-${h.digest('hex').slice(0, 16)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    // absent, or cut short by a crash: compute it
  }
  const value = compute();
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, file);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the folder itself is unusable: nothing was written
    }
  }
  return value;
}
