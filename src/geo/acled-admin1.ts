import { z } from 'zod';
import { LEXICON_DIR, loadJsonlLexicon } from '../lexicons/load.ts';

export const AcledAdmin1Schema = z
  .object({ iso2: z.string().regex(/^[A-Z]{2}$/), name: z.string().min(2), acled: z.string().min(1) })
  .strict();

export function loadAcledAdmin1(dir = LEXICON_DIR): z.infer<typeof AcledAdmin1Schema>[] {
  return loadJsonlLexicon('acled-admin1.jsonl', AcledAdmin1Schema, dir);
}

let table: Map<string, string> | undefined;

/** ACLED's spelling of a first-level region ("Idlib" → "Idleb"); the name itself where ACLED writes it so too. */
export function acledAdmin1(iso2: string, name: string | null): string | null {
  if (name === null) return null;
  table ??= new Map(loadAcledAdmin1().map((e) => [`${e.iso2}|${e.name}`, e.acled]));
  return table.get(`${iso2}|${name}`) ?? name;
}
