import { z } from 'zod';
import type { Document, Mention } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import { loadJsonlLexicon, LEXICON_DIR, readShippedOnce } from '../../lexicons/load.ts';
import { escapeWords } from '../../lexicons/escape.ts';

const OpenerSchema = z.object({ phrase: z.string().min(3), why: z.string().min(3) }).strict();
export type Opener = z.infer<typeof OpenerSchema>;

export function loadOtherEventOpeners(dir = LEXICON_DIR): Opener[] {
  return loadJsonlLexicon('other-event-openers.jsonl', OpenerSchema, dir);
}

/** The openers as one pattern, each matched whole and case-blind, its spaces any run of spaces. */
const openerPattern = readShippedOnce((dir) => {
  const words = loadOtherEventOpeners(dir).map((o) => escapeWords(o.phrase.trim()));
  return new RegExp(String.raw`\b(?:${words.join('|')})\b`, 'gi');
});

/** Where a phrase ends: a comma, a semicolon, a colon or a dash closes it ("despite an attack on Riyadh, but …"). */
const PHRASE_END = /[,;:]|\s[-–—]\s/;

/**
 * Whether a place stands inside a phrase that tells another event than the trigger's ("… open despite a fresh rocket
 * attack against Jeddah, but it kept up air raids", "killed by a roadside bomb which followed talks in Malaysia"): the
 * phrase runs from its opener (lexicons/other-event-openers.jsonl) to the next comma or the sentence's end, and the
 * place is that event's. A trigger inside the phrase (the rocket attack itself) keeps it.
 */
export function inOtherEventPhrase(doc: Document, m: Mention, trigger: Span): boolean {
  if (m.kind !== 'PLACE') return false;
  const sentence = doc.sentences[m.sentence];
  if (!sentence) return false;
  const before = doc.text.slice(sentence.start, m.start);
  let opener: RegExpExecArray | null = null;
  const re = openerPattern();
  re.lastIndex = 0;
  for (let hit = re.exec(before); hit; hit = re.exec(before)) opener = hit;
  if (!opener) return false;
  const start = sentence.start + opener.index;
  // the place must lie in the phrase: nothing closes it between the opener and the place
  if (PHRASE_END.test(doc.text.slice(start + opener[0].length, m.start))) return false;
  const rest = doc.text.slice(m.end, sentence.end);
  const close = PHRASE_END.exec(rest);
  const end = close ? m.end + close.index : sentence.end;
  return !(trigger.start >= start && trigger.start < end);
}
