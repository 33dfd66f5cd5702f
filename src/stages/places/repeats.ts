import { sentenceAt, type Document, type PlaceMention } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { plainSpelling } from '../../geo/normalize-name.ts';

/** A repetition of a resolved name that the detector or the tagger let go. */
export interface Repeat {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly text: string;
  readonly place: Place;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Module-level, as esbuild turns a \p{…} literal into a `new RegExp` built at every call. */
const OPENING_CAPITAL = /^\p{Lu}/u;
/** The capitalised word right before a repetition, on the same line ("Honey Sherman", "Federal Reserve"). */
const WORD_BEFORE = /(\p{Lu}[\p{L}'’.-]*)[ \t]+$/u;
/** Words that open a name as often as a sentence ("The Allendale Woman’s Club"). */
const OPENING_WORD = /^(?:The|A|An|At|In|On|Of|For|From|By|To|And|But|Now|Then|Both|Its|His|Her|Their|Our)$/;
/** What follows a name that opens a longer one: a capitalised word, a number ("Laguna 2nd District") or a possessive. */
const OPENS_NAME = /^(?:[ \t]+(?:\p{Lu}|\d)|['’]s\b)/u;
/** The capitalised words right after a name, on the same line: the rest of the longer name it stands in. */
const NAME_TAIL = /^(?:[ \t]+\p{Lu}[\p{L}'’.&-]*)+/u;

/**
 * A country, a first-level region or a capital (of a country or of a first-level region) the story names by rule:
 * inside an organisation's name its name is that place's wherever it stands ("HSBC Bank Malta", "Smart Dubai Office",
 * "Baseball Toronto", "Marine Energy Wales"), not only where it opens the name, unless a title comes before it
 * ("Mayor London Breed"). A lesser town's name after a capitalised word is too often a surname's ("Wells Fargo", "Sierra Reno").
 */
const knownEverywhere = (p: Place) => p.featureCode === 'PCLI' || p.featureCode === 'ADM1' || p.featureCode === 'PPLC' || p.featureCode === 'PPLA';

/**
 * One sense per story: a name the story has resolved to a place names that place wherever the story
 * repeats it as written, also where the detector or the tagger let it go: inside an organisation's or
 * office's name ("The Allendale Woman’s Club", "Immokalee TIGER Grant Event", "Laguna Mayor") or before a
 * possessive ("Immokalee’s Complete Streets project"). Such a repetition says whose or which, seldom
 * where, so the caller flags it as a site: a toponym, never an event's place or evidence for other names.
 * Only a repetition that opens a longer name counts: a bare one was the entity gate's to judge. One indexOf
 * scan per distinct name, not a pattern per token.
 */
export function repeatedNames(doc: Document, mentions: readonly PlaceMention[], firstNames: ReadonlySet<string>, titles: ReadonlySet<string> = new Set(), agents: ReadonlySet<string> = new Set()): Repeat[] {
  const text = doc.text;
  const byName = new Map<string, Place>();
  for (const m of mentions) {
    // a site or a demonym was never resolved as a name; a short name ("US", "Ga") is too often another word's
    if (!m.place || m.demonym || m.site || m.text.length < 3 || !OPENING_CAPITAL.test(m.text)) continue;
    // only a name the words around vouched for, that its place bears as written: "House" read as Housse, or
    // "Clinton" let through by the tagger once, would carry a misreading into every repetition
    if (m.decidedBy !== 'rule' || plainSpelling(m.place.name) !== plainSpelling(m.text)) continue;
    if (!byName.has(m.text)) byName.set(m.text, m.place);
  }
  const taken = [...mentions].sort((a, b) => a.start - b.start);
  const isTaken = (start: number, end: number) => taken.some((t) => t.start < end && start < t.end);
  const out: Repeat[] = [];
  for (const [name, place] of byName) {
    // "Morgan", or "Clinton" where the story says "Hillary Clinton": a name someone bears in this story may be theirs anywhere in it
    if (firstNames.has(name)) continue;
    const known = knownEverywhere(place);
    const found: Repeat[] = [];
    let someones = false;
    for (let at = text.indexOf(name); at >= 0 && !someones; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      const before = text[at - 1];
      const after = text[end];
      if ((before !== undefined && (LETTER_OR_DIGIT.test(before) || before === '-')) || (after !== undefined && (LETTER_OR_DIGIT.test(after) || after === '-'))) continue;
      const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
      if (word && firstNames.has(word)) someones = true;
      if (isTaken(at, end) || out.some((o) => o.start < end && at < o.end)) continue;
      const opens = OPENS_NAME.test(text.slice(end, end + 4));
      const inner = word !== undefined && !OPENING_WORD.test(word);
      if (known && inner) {
        // "HSBC Bank Malta plc", "Smart Dubai Office": a well-known place's name inside an organisation's, but
        // not a person's ("Mayor London Breed"); a capitalised word before it is what makes it part of a longer name
        if (titles.has(word)) continue;
        // nor an armed or state actor's name ("New Syria Army", "Free Syrian Army"): the actor, not a toponym, is what it names
        if (NAME_TAIL.exec(text.slice(end, end + 60))?.[0].split(/\s+/).some((w) => agents.has(w.replace(/['’]s$/, '').toLowerCase()))) continue;
      } else {
        // the name opens a longer name ("Allendale Woman’s Club", "Immokalee’s project", "Laguna 2nd District"); said bare
        // ("rout of Clinton in Iowa", "Flynn lied"), it was the gate's to keep, and it let it go
        if (!opens) continue;
        // after another capitalised word it closes someone's or something's name ("Honey Sherman", "JP Morgan’s", "Federal Reserve")
        if (inner) continue;
      }
      const sentence = sentenceAt(doc.sentences, at);
      if (sentence < 0) continue;
      found.push({ start: at, end, sentence, text: name, place });
    }
    if (!someones) out.push(...found);
  }
  return out;
}
