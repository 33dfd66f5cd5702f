import { z } from 'zod';
import { sentenceAt, type Document, type PlaceMention } from '../../model/document.ts';
import { seatMention } from './seat-mention.ts';
import { isCountry, type Gazetteer } from '../../geo/gazetteer.ts';
import { loadJsonlLexicon, LEXICON_DIR, readShippedOnce } from '../../lexicons/load.ts';
import { escapeWords } from '../../lexicons/escape.ts';

const EpithetSchema = z.object({ phrase: z.string().min(5), iso2: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1) }).strict();
export type CountryEpithet = z.infer<typeof EpithetSchema>;

export function loadCountryEpithets(dir = LEXICON_DIR): CountryEpithet[] {
  return loadJsonlLexicon('geo-country-epithets.jsonl', EpithetSchema, dir);
}

/** The phrases as one pattern (longest first, so "the Gulf kingdom" wins over "the kingdom") and their countries by phrase, once per lexicon. */
const compiled = readShippedOnce((dir) => {
  const rows = loadCountryEpithets(dir);
  const byPhrase = new Map(rows.map((r) => [r.phrase.toLowerCase().replace(/\s+/g, ' '), r.iso2]));
  const alternatives = [...rows].sort((a, b) => b.phrase.length - a.phrase.length).map((r) => escapeWords(r.phrase));
  // ("the kingdom's capital" too; "the kingdom of Jordan" names the country itself, which the gazetteer finds)
  return { pattern: new RegExp(String.raw`\b(?:${alternatives.join('|')})\b(?!\s+of\b)`, 'gi'), byPhrase };
});

/**
 * "Houthis fired a missile at the Gulf kingdom", "drones struck inside the Islamic Republic": a description that stands
 * for a country the story names (lexicons/geo-country-epithets.jsonl). The reporter files from DUBAI; the missile fell in
 * Saudi Arabia, which ACLED codes at the country when no town is named. The phrase stands for the listed country the
 * story named last before it (a country's name or its people's), or the only one listed; else for none. Each is an
 * event's place, not a toponym, as an institution's seat is: it carries `seat`, so the geoparser does not print it and
 * the event picker takes it over the dateline or another sentence's town, never over a town its own clause names.
 */
export function countryEpithets(doc: Document, mentions: readonly PlaceMention[], gazetteer: Gazetteer, dir?: string): PlaceMention[] {
  const { pattern, byPhrase } = compiled(dir);
  const out: PlaceMention[] = [];
  for (const hit of doc.text.matchAll(pattern)) {
    const start = hit.index;
    const end = start + hit[0].length;
    const listed = byPhrase.get(hit[0].toLowerCase().replace(/\s+/g, ' '));
    if (!listed) continue;
    const named = mentions.filter((m) => m.place !== null && m.end <= start && isCountry(m.place) && listed.includes(m.place.countryCode) && !m.site).at(-1);
    const iso2 = named?.place!.countryCode ?? (listed.length === 1 ? listed[0] : null);
    if (!iso2) continue;
    const country = gazetteer.country?.(iso2);
    const sentence = sentenceAt(doc.sentences, start);
    if (!country || sentence < 0) continue;
    out.push(seatMention(doc, start, end, sentence, { ...country, precision: 3 }));
  }
  return out;
}
