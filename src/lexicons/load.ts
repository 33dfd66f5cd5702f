import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { SitrepError } from '../errors.ts';

/** The repository's lexicons/ folder (data files, not code). */
export const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lexicons');

export function lexiconPath(name: string): string {
  return join(LEXICON_DIR, name);
}

/**
 * A lexicon reader that reads the repository's own folder once per process and shares the result: several stages ask
 * for the same shipped lexicon, no user changes it, and compiled patterns cost start-up time at each fresh copy.
 * Another folder (tests, experiments) is read anew each time.
 */
export function readShippedOnce<T>(read: (dir: string) => T): (dir?: string) => T {
  let shipped: T | undefined;
  return (dir = LEXICON_DIR) => (dir === LEXICON_DIR ? (shipped ??= read(LEXICON_DIR)) : read(dir));
}

/**
 * Lexicon rows are checked without zod's compiled fast path: zod writes and compiles a function per object schema on
 * its first row, which costs more than it saves over a lexicon's few hundred rows (about a fifth of the checking's CPU
 * at start-up, with the same results: the fast path is only a quicker way to the same parse).
 */
const JITLESS = { jitless: true } as const;

/**
 * Reads a JSON-lines lexicon: one entry a line, blank lines and lines starting with "//" skipped.
 * Every line is checked against the schema; an error names the file and line.
 */
export function loadJsonlLexicon<S extends z.ZodType>(name: string, schema: S, dir = LEXICON_DIR): z.infer<S>[] {
  const file = join(dir, name);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new SitrepError('E_LEXICON', `cannot read lexicon: ${(e as Error).message}`, { file });
  }
  const out: z.infer<S>[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith('//')) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new SitrepError('E_LEXICON', `invalid JSON: ${(e as Error).message}`, { file, line: i + 1 });
    }
    const r = schema.safeParse(raw, JITLESS);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new SitrepError('E_LEXICON', `entry does not fit the schema: ${issue.path.join('.') || '(entry)'}: ${issue.message}`, { file, line: i + 1 });
    }
    out.push(r.data);
  }
  return out;
}
