import { z } from 'zod';
import type { Document, PlaceMention } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import { isCountry } from '../../geo/gazetteer.ts';
import { loadJsonlLexicon, LEXICON_DIR, readShippedOnce } from '../../lexicons/load.ts';
import { datelineSpan } from '../places/index.ts';
import { escapeWords } from '../../lexicons/escape.ts';

const PhraseSchema = z.object({ phrase: z.string().min(3) }).strict();

export function loadNationwidePhrases(dir = LEXICON_DIR): { phrase: string }[] {
  return loadJsonlLexicon('nationwide-phrases.jsonl', PhraseSchema, dir);
}

const phrasePattern = readShippedOnce((dir) => {
  const words = loadNationwidePhrases(dir).map((p) => escapeWords(p.phrase.trim()));
  return new RegExp(String.raw`\b(?:${words.join('|')})\b`, 'i');
});

/** What closes a clause between the trigger and the phrase: the phrase then spreads another clause's event. */
const CLAUSE_END = /[;:]|,\s|\b(?:but|while|whereas|after|before|when|as|which|who)\b/i;

/** How far from the trigger the phrase may stand in its clause ("protested in freezing weather across the country"). */
const REACH = 60;

/**
 * "BUCHAREST (Reuters) - Thousands of Romanians protested … across the country on Sunday", "Liberal groups staged rallies
 * around the country", "killings … have sparked mass protests nationwide": the trigger's clause spreads the event over the
 * whole country (lexicons/nationwide-phrases.jsonl), so it happened at no one town: ACLED codes it at the country. Only
 * where the place chosen was no town of the event's own sentences (the dateline, another sentence's, or none): a clause
 * naming its town ("in Berkeley, on a day of gatherings across the country") keeps it. The country is the one the
 * event's sentences name (a people's name counts: "Romanians"), else the chosen place's, as the story names it. null
 * when no such phrase, or the story names that country nowhere.
 */
export function nationwideScene(doc: Document, chosen: PlaceMention | null, sentenceIndexes: readonly number[], near: Span): PlaceMention | null {
  const sentence = doc.sentences.find((s) => s.start <= near.start && near.start < s.end);
  if (!sentence) return null;
  const after = doc.text.slice(near.end, Math.min(sentence.end, near.end + REACH));
  const before = doc.text.slice(Math.max(sentence.start, near.start - REACH), near.start);
  const hitAfter = phrasePattern().exec(after);
  const hitBefore = phrasePattern().exec(before);
  const spread = (hitAfter && !CLAUSE_END.test(after.slice(0, hitAfter.index))) || (hitBefore && !CLAUSE_END.test(before.slice(hitBefore.index)));
  if (!spread) return null;
  const filed = datelineSpan(doc);
  const inDateline = (m: Span) => filed !== null && m.start >= filed.start && m.end <= filed.end;
  if (chosen && chosen.place && sentenceIndexes.includes(chosen.sentence) && !inDateline(chosen)) return null;
  const countries = doc.mentions.filter((m): m is PlaceMention => m.kind === 'PLACE' && m.place !== null && isCountry(m.place) && !inDateline(m));
  const own = countries.find((m) => sentenceIndexes.includes(m.sentence));
  const code = own?.place!.countryCode ?? chosen?.place?.countryCode;
  if (!code) return null;
  const country = own ?? countries.find((m) => m.place!.countryCode === code);
  return country ? { ...country, demonym: undefined } : null;
}
