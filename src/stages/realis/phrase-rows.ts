import { z } from 'zod';
import { loadJsonlLexicon } from '../../lexicons/load.ts';

/** A row of a realis phrase lexicon: a pattern and why it is there. */
const PHRASE_ROW = z.object({ id: z.string().min(1), pattern: z.string().min(1), why: z.string().min(1) });

/**
 * The patterns of a phrase lexicon (court-stories.jsonl, violent-crime.jsonl, …) as one alternation, each row in its own
 * group; the loader puts the boundaries its reading needs around it.
 */
export function phraseAlternation(name: string, dir: string): string {
  return loadJsonlLexicon(name, PHRASE_ROW, dir)
    .map((r) => `(?:${r.pattern})`)
    .join('|');
}
