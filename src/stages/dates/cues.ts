import { z } from 'zod';
import { SitrepError } from '../../errors.ts';
import { LEXICON_DIR, loadJsonlLexicon } from '../../lexicons/load.ts';

export const DATE_CUES_FILE = 'date-cues.jsonl';

const cueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quantity'), word: z.string().min(1), value: z.number().int().positive() }),
  z.object({ kind: z.literal('not-after-year'), word: z.string().min(1) }),
  z.object({ kind: z.literal('chrono-cue'), word: z.string().min(1) }),
  z.object({ kind: z.literal('relative-day'), word: z.string().min(1), value: z.number().int().min(0) }),
  z.object({ kind: z.literal('event-noun'), word: z.string().min(1) }),
]);

export interface DateCues {
  /** Number words used in durations, lower case → value ("couple of" → 2). */
  readonly quantities: ReadonlyMap<string, number>;
  /** Words that, right after a four-digit number, make it a count ("2000 people"). */
  readonly notAfterYear: ReadonlySet<string>;
  /** Words that make a sentence worth handing to chrono-node (month names, "ago", …). */
  readonly chronoCues: ReadonlySet<string>;
  /** Phrases that name a day by its distance from the day the text named just before, lower case → days after it ("the next day" → 1, "hours later" → 0). */
  readonly relativeDays: ReadonlyMap<string, number>;
  /** Nouns of a happening a day may be counted from ("two days after the bombing"), lower case. */
  readonly eventNouns: ReadonlySet<string>;
}

export function loadDateCues(dir: string = LEXICON_DIR): DateCues {
  const entries = loadJsonlLexicon(DATE_CUES_FILE, cueSchema, dir);
  const quantities = new Map<string, number>();
  const notAfterYear = new Set<string>();
  const chronoCues = new Set<string>();
  const relativeDays = new Map<string, number>();
  const eventNouns = new Set<string>();
  for (const e of entries) {
    const word = e.word.toLowerCase();
    if (e.kind === 'quantity') quantities.set(word, e.value);
    else if (e.kind === 'not-after-year') notAfterYear.add(word);
    else if (e.kind === 'relative-day') relativeDays.set(word, e.value);
    else if (e.kind === 'event-noun') eventNouns.add(word);
    else chronoCues.add(word);
  }
  // An empty list would make the recognisers silently find nothing; say which one is missing.
  for (const [name, size] of [['quantity', quantities.size], ['chrono-cue', chronoCues.size]] as const) {
    if (size === 0) throw new SitrepError('E_LEXICON', `${DATE_CUES_FILE} has no "${name}" entries; the dates stage needs them`, { file: DATE_CUES_FILE });
  }
  return { quantities, notAfterYear, chronoCues, relativeDays, eventNouns };
}
