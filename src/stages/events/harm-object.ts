import { z } from 'zod';
import { loadJsonlLexicon, readShippedOnce } from '../../lexicons/load.ts';
import { escapeRegExp } from '../../lexicons/escape.ts';

// Why: in "Militants killed two U.S. soldiers with a roadside bomb" the event's word (the bomb) comes after the verb's
// object, so the soldiers were the first actor before it and became the bomber, with the country's civilians as their
// target. The object of a transitive verb of harm is the one harmed: never its clause's subject, and its event's target.

const schema = z.object({ list: z.enum(['verbs', 'quantities']), words: z.array(z.string().min(1)).min(1), why: z.string().min(1) });

/** "killed two", "wounded at least 12", "ambushed the": a harm verb and its object's quantity words, right before a mention. */
const loadPattern = readShippedOnce((dir: string): RegExp => {
  const rows = loadJsonlLexicon('harm-objects.jsonl', schema, dir);
  const words = (list: string) => rows.filter((r) => r.list === list).flatMap((r) => r.words).map(escapeRegExp).join('|');
  return new RegExp(String.raw`\b(?:${words('verbs')})\s+(?:(?:${words('quantities')}|\d[\d,]*)\s+){0,4}$`, 'i');
});

/** Whether the mention starting at `start` is the object of a verb of harm right before it, within its sentence. */
export function harmObject(text: string, sentenceStart: number, start: number, dir?: string): boolean {
  return loadPattern(dir).test(text.slice(Math.max(sentenceStart, start - 50), start));
}
