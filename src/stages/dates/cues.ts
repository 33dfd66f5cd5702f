import { z } from 'zod';
import { SitrepError } from '../../errors.ts';
import { LEXICON_DIR, loadJsonlLexicon } from '../../lexicons/load.ts';

export const DATE_CUES_FILE = 'date-cues.jsonl';

const cueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quantity'), word: z.string().min(1), value: z.number().int().positive() }),
  z.object({ kind: z.literal('not-after-year'), word: z.string().min(1) }),
  z.object({ kind: z.literal('chrono-cue'), word: z.string().min(1) }),
]);

export interface DateCues {
  /** Number words used in durations, lower case → value ("couple of" → 2). */
  readonly quantities: ReadonlyMap<string, number>;
  /** Words that, right after a four-digit number, make it a count ("2000 people"). */
  readonly notAfterYear: ReadonlySet<string>;
  /** Words that make a sentence worth handing to chrono-node (month names, "ago", …). */
  readonly chronoCues: ReadonlySet<string>;
}

export function loadDateCues(dir: string = LEXICON_DIR): DateCues {
  const entries = loadJsonlLexicon(DATE_CUES_FILE, cueSchema, dir);
  const quantities = new Map<string, number>();
  const notAfterYear = new Set<string>();
  const chronoCues = new Set<string>();
  for (const e of entries) {
    const word = e.word.toLowerCase();
    if (e.kind === 'quantity') quantities.set(word, e.value);
    else if (e.kind === 'not-after-year') notAfterYear.add(word);
    else chronoCues.add(word);
  }
  // An empty list would make the recognisers silently find nothing; say which one is missing.
  for (const [name, size] of [['quantity', quantities.size], ['chrono-cue', chronoCues.size]] as const) {
    if (size === 0) throw new SitrepError('E_LEXICON', `${DATE_CUES_FILE} has no "${name}" entries; the dates stage needs them`, { file: DATE_CUES_FILE });
  }
  return { quantities, notAfterYear, chronoCues };
}
