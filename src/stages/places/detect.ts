import { acronymMayName, definedAcronymStart } from './acronyms.ts';
import type { Gazetteer } from '../../geo/gazetteer.ts';
import { overlaps } from '../../model/span.ts';
import type { GeoCues, LocaleCue, PersonCues } from '../../geo/geo-lexicons.ts';
import type { Document } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { normalizeName, plainSpelling } from '../../geo/normalize-name.ts';
import { hyphenedNameParts } from './hyphen-names.ts';
import { possessorContainers } from './possessor-country.ts';
import { namesFormerState } from './former-states.ts';
import { distanceKm, isSupraRegion } from '../../geo/gazetteer.ts';
import { insideSlogan, maySloganIn } from './slogans.ts';
import { OF_NAME, OF_WORD, naturalFeatureOf, ofPhrases } from './of-names.ts';
import { opensSaintPlace } from './saint-names.ts';
import { initialsReadings } from './initials.ts';
import { namesLandmark, namesRegion } from './landmark-names.ts';
import { escapeRegExp, escapeWords } from '../../lexicons/escape.ts';
import { patternFinder, phraseFinder } from './phrase-table.ts';
import { CAPITAL, CAPITAL_OR_ARTICLE_AHEAD } from './capital.ts';
import { endsAfterWord, lastNonSpace, wordBeforeSpaces } from './tail-words.ts';
import { matchesOf } from './matches.ts';

/** A name in the text that the gazetteer knows, before context picks among its candidates. */
export interface RawPlace {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly text: string;
  readonly candidates: readonly Place[];
  /** "X province", "the province of X": only first-level regions fit. */
  readonly adminCue: boolean;
  /** "in X", "the town of X": the words around say it is a place. */
  readonly placeCue: boolean;
  /** The words of a relative phrase ("50 km southeast of", "near", "countryside") that widen the point. */
  readonly relation: string | null;
  /** ACLED-style "(Idlib)" or "X, Lebanon": the raw text of the region said to contain it. */
  container: string | null;
  /** This mention is itself the container of others (the "Idlib" in "Kafr Nabl (Idlib)"). */
  isContainer: boolean;
  /**
   * How wide a container is: 2 for a district ("Kitaf" in "(Kitaf wa Al Boqee, Sadah)"), 3 for the
   * region or country named last; 0 when the mention contains nothing. A place is preferred over
   * its district, a district over its region.
   */
  containerLevel: number;
  /** ACLED's "(coded to X)": X is where the event is placed. */
  codedTo: boolean;
  readonly tokenPos: string | null;
  /**
   * Capitalised where English would not capitalise a common word: inside a sentence that is not set in title case.
   * There the capital itself says "name", whatever part of speech the tagger guesses ("the Concord Police", "a Charleston man").
   */
  readonly midSentence?: boolean;
  /** Matched inside a longer capitalised name whose other words are unknown ("Maaret Al Naasan"). */
  readonly partial: boolean;
  /** "Laurel County", "Rapides Parish", "Oconee County": a US county or parish, which the gazetteer has no row for. */
  readonly county?: boolean;
  /** "US troops", "UK officials": still a toponym, but it says whose actor it is, not where the article is. */
  readonly qualifiesAgent?: boolean;
  /** "As Samawah city", "Amara town": the words after say it is a settlement, not a country or region. */
  readonly settlement?: boolean;
  /** "X neighbourhood", "X area", "X district": a part of a town or a district, not a village of its own. */
  readonly quarter?: boolean;
  /** "the capital's Medina district", "Jobar district on the capital's outskirts": a part of the country's capital. */
  readonly ofCapital?: boolean;
  /** Read through its consonants only (see looseRaws): a reading must lie inside the stated region and be the one there. */
  readonly loose?: boolean;
  /** "the village of X": a populated place, not the district of the same name. */
  readonly village?: boolean;
  /** "a Columbia woman": a person from there, so a town or region, not a country (whose people go by its demonym). */
  readonly notCountry?: boolean;
  /** "BC", "NSW": a first-level region's capitals, a place only in a story of the region's country (places stage). */
  readonly regionAbbreviation?: boolean;
  /**
   * A person's name: 'here' for a given name before a surname or a surname after a given name or title ("Paul Ryan",
   * "Speaker Ryan"); 'elsewhere' for the bare surname where the story names that person in full elsewhere ("Ryan said").
   */
  readonly personName?: 'here' | 'elsewhere';
}

export interface Detector {
  /**
   * Names the gazetteer knows; the countries that demonyms point to (focus evidence); the demonyms'
   * own spans; and the countries whose public life the text's words belong to, with their weight.
   */
  detect(doc: Document, gazetteer: Gazetteer): { raws: RawPlace[]; demonyms: string[]; demonymSpans: DemonymSpan[]; locale: [string, number][] };
}

/**
 * A unit of a capitalised run that is no stranger's name: a stop word, a word of a building's name
 * ("Paris Public Library"), a kind of place, a demonym or a place; never a word after a lower-case
 * article ("Khan al-Sabeel", "Dur al Naft"), which goes on a name whatever it means alone.
 */
function isKnownWord(cues: GeoCues, gazetteer: Gazetteer, word: string, written: string): boolean {
  if (/^(?:al|el|an|ar|as|ash|at|ad|az|ed|er|es|et|ez)[- ]/.test(written)) return false;
  return cues.stop.has(word) || cues.stop.has(written) || cues.facility.has(written) || KIND_WORD.test(written) || gazetteer.demonymCountry?.(word) != null || gazetteer.candidates(written).length > 0;
}

/** "Al Bab city", "Nawa town", "in Of town": the word after a span (words[j], or the text) says it names a place. */
function kindAfterSpan(text: string, span: { start: number; end: number }, words: readonly string[], j: number): boolean {
  return KIND_AFTER.test(text.slice(span.end, span.end + 20)) || (j < words.length && KIND_WORD.test(words[j]));
}

/** The words around a span say it is a place's: a kind of place after it, or "in", "near", "town of" before it. */
function cuedSpan(text: string, span: { start: number; end: number }, sentenceStart: number, words: readonly string[], j: number): boolean {
  return kindAfterSpan(text, span, words, j) || placeCue(text.slice(Math.max(sentenceStart, span.start - 60), span.start));
}

/** A capitalised word that is no name of its own is one mid-sentence with a kind of place after it ("in Of town"). */
function namedWord(text: string, span: { start: number; end: number }, sentenceStart: number, words: readonly string[], i: number, j: number): boolean {
  return j - i === 1 && span.start > sentenceStart && kindAfterSpan(text, span, words, j) && !/[.!?:]\s*$/.test(text.slice(sentenceStart, span.start));
}


/** What each distinct locale phrase found weighs for its country, and the most all of one country's may weigh. */
const LOCALE_PER_PHRASE = 0.4;
const LOCALE_MAX = 1.2;

/**
 * "Councilman", "Lok Sabha", "council tax": the countries whose public life a text speaks of, each
 * weighed by how many distinct phrases of it occur (a country named outright weighs 2).
 */
export function localeEvidence(cues: readonly LocaleCue[]): (text: string) => [string, number][] {
  if (!cues.length) return () => [];
  const countryOf = new Map(cues.map((c) => [c.phrase, c.iso2]));
  const phrases = [...countryOf.keys()].sort((a, b) => b.length - a.length);
  // the same matches as the pattern, read word by word (phrase-table.ts): its leading lookbehind was tried at every character
  const find = phraseFinder(phrases) ?? patternFinder(phrases);
  return (text) => {
    const found = new Map<string, Set<string>>();
    for (const m of find(text)) {
      const cc = countryOf.get(m)!;
      const set = found.get(cc) ?? new Set<string>();
      set.add(m);
      found.set(cc, set);
    }
    return [...found].map(([cc, set]) => [cc, Math.min(LOCALE_MAX, LOCALE_PER_PHRASE * set.size)]);
  };
}

/** "Russian", "Sri Lankans", "European": a people's or region's adjective, standing for its country or region. */
export interface DemonymSpan {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly text: string;
  readonly place: Place;
}

/** The country (with its ISO code) or region a demonym names, singular or plural; null when the word is none. */
function demonymOf(gazetteer: Gazetteer, word: string): { iso2: string | null; place: Place } | null {
  for (const w of word.endsWith('s') ? [word, word.slice(0, -1)] : [word]) {
    const iso2 = gazetteer.demonymCountry?.(w) ?? null;
    const country = iso2 ? gazetteer.country?.(iso2) : null;
    if (iso2 && country) return { iso2, place: country };
    const region = gazetteer.demonymRegion?.(w) ?? null;
    if (region) return { iso2: null, place: region };
  }
  return null;
}

const ARTICLE = String.raw`(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh|[Ee][dnrstz]|[Aa]th)`;
/**
 * "St. Louis", "Mt. Pleasant", "Ft. Myers": an abbreviated Saint, Mount or Fort opens the name it belongs to; read
 * apart, "St" is a title and the name after it someone's ("St. Petersburg" was lost whole).
 */
const ABBREVIATED_OPENING = String.raw`(?:(?:St|Ste|Mt|Ft|ST|STE|MT|FT)\.\s?(?=\p{Lu}))?`;
const WORD = String.raw`${ABBREVIATED_OPENING}\p{Lu}[\p{L}\p{M}\p{N}'’]*`;
/** Capitalised articles may stand apart ("At Tanf"); lower-case ones only when hyphenated or "al"/"el", since "at", "as", "an" are English. */
const UNIT = String.raw`(?:(?:${ARTICLE}-)|(?:(?:A[dnrstz]|Ash|Ath|E[dnrstz]|[AaEe]l) ))?${WORD}`;
/** Inside a name any article may stand apart ("Deir ez Zor", "Ras al Ain"), and so may Persian's "e" ("Shahr e Kord"). */
const INNER_UNIT = String.raw`(?:(?:${ARTICLE}|e)[- ])?${WORD}`;
const UNIT_RE = new RegExp(INNER_UNIT, 'gu');
const LEADING_ARTICLE = new RegExp(`^${ARTICLE}[- ]`);

const PLACE_CUE = /(?:\b(?:in|at|near|outside|around|towards?|into|from|across|entered|reached|captured|seized|took|recaptured|besieged|shelled|bombed|struck|hit|attacked|stormed)\s+(?:the\s+)?|\b(?:town|city|village|villages|towns|district|districts|suburb|outskirts|countryside|neighbou?rhood|area|camp|region|province|governorate|desert|hub|stronghold|bastion|enclave|port|oasis)\s+of\s+)$/i;
/** PLACE_CUE, tried only after the words it ends with (tail-words.ts). */
const placeCue = endsAfterWord(PLACE_CUE, ['in', 'at', 'near', 'outside', 'around', 'toward', 'towards', 'into', 'from', 'across', 'entered', 'reached', 'captured', 'seized', 'took', 'recaptured', 'besieged', 'shelled', 'bombed', 'struck', 'hit', 'attacked', 'stormed', 'the', 'of']);
/** A capitalised word of two to four letters: "Del", "Tin", "Min" (not "US", "NSW": initials are read elsewhere). */
const SHORT_TITLE_WORD = /^\p{Lu}\p{Ll}{1,3}$/u;
/** Countries whose regions the press abbreviates with a dot ("Del.", "Tenn.", "Ont.", "Vic."). */
const DOTTED_REGIONS = new Set(['US', 'CA', 'AU']);
/** A town's name and a comma before a region's abbreviation ("Dover, Del"); "the state government, Tin Maung Swe" has none. */
const TOWN_COMMA_BEFORE = /\p{Lu}[\p{L}.'’-]*,\s*$/u;
// "the state of Washington", "Washington state": lower-case only, since "Georgia State" opens many an institution's name
const ADMIN_BEFORE = /\b(?:[Pp]rovince|[Gg]overnorate|[Rr]egion|state)\s+of\s+$/;
const RELATION_BEFORE = new RegExp(
  '(?:' +
  [
    String.raw`(?:(?:about|some|around|roughly|nearly|almost)\s+)?\d[\d.,]*\s*(?:-\s*)?(?:km|kilomet(?:er|re)s?|miles?|mi)\b(?:\s*\([^)]{0,20}\))?\s+(?:to\s+the\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of\s+`,
    String.raw`(?:\d[\d.,]*\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:from|outside)\s+)`,
    String.raw`(?:(?:to\s+the\s+|just\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of\s+)`,
    String.raw`(?:\b(?:near|nearby|outside|close\s+to|around|on\s+the\s+outskirts\s+of|outskirts\s+of|in\s+the\s+vicinity\s+of|vicinity\s+of|countryside\s+of|desert\s+of|edge\s+of|border\s+with|frontier\s+with|road\s+to|between)\s+)`,
  ]
    .map((p) => `(?:${p})`)
    // "600 km south of the provincial capital of Quetta", "east of the city of Sulaimaniyah"
    .join('|') + String.raw`)(?:the\s+(?:(?:provincial|regional|state|district)\s+)?(?:town|city|village|province|capital)\s+(?:of\s+)?)?$`,
  'i',
);
/** The words RELATION_BEFORE ends with, each before white space: it is tried only after them (tail-words.ts). */
const RELATION_WORDS: ReadonlySet<string> = new Set(['of', 'from', 'outside', 'near', 'nearby', 'to', 'around', 'with', 'between', 'town', 'city', 'village', 'province', 'capital']);
const RELATION_AFTER = /^\s+(countryside|outskirts|suburbs|environs|desert|area|border)\b/i;
const ADMIN_AFTER = /^\s+([Pp]rovinces?|[Gg]overnorates?|[Rr]egion|state)\b/;
const COUNTRYSIDE_BEFORE = /\bcountryside\s+of\s+(?:the\s+)?$/i;
const COUNTRYSIDE_AFTER = /^\s+countryside\b/i;
/** "the West": the article before a word, and a capitalised word going on after it (then "the West Wing" is that name's). */
const THE_BEFORE = /\b[Tt]he\s$/;
const NAME_AFTER = /^\s\p{Lu}/u;
/** Wire copy's byline and editing credits name people, never places of events. */
const CREDITS = /\b(?:Reporting|Editing|Writing|Compiled|Additional reporting)\s+by\b/;
const LETTER = /\p{L}/u;

/**
 * The word before a name ("Minister" in "Minister Ayelet"), past the spaces and one full stop; what
 * /(\p{L}+)\.?\s+$/u finds, scanned backwards, since an end-anchored pattern retries at every offset.
 */
function previousWord(before: string): string | undefined {
  let i = before.length - 1;
  const spaceEnd = i;
  while (i >= 0 && /\s/.test(before[i])) i--;
  if (i === spaceEnd) return undefined;
  if (i >= 0 && before[i] === '.') i--;
  const end = i + 1;
  while (i >= 0 && LETTER.test(before[i])) i--;
  return end > i + 1 ? before.slice(i + 1, end) : undefined;
}

/**
 * Titles that open a place's name as often as a person's ("Saint Louis", "General Santos", "Prince George", "King City"):
 * after these a name is not taken for a surname.
 */
const PLACE_OPENING_TITLES = new Set(['Saint', 'St', 'General', 'Major', 'King', 'Queen', 'Prince', 'Princess', 'Father', 'Brother', 'Sister', 'Justice', 'Principal', 'Dean', 'named', 'leader', 'chief']);
/** Words that end a place's name, not a person's: after a given name they make the whole a street, county or river. */
const PLACE_KIND_WORD =
  /^(?:Lane|Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Boulevard|Blvd|Way|Court|Place|Terrace|Highway|County|Parish|City|Town|Township|Village|Park|Square|Bridge|Lake|River|Creek|Valley|Beach|Island|Islands|Bay|Harbor|Harbour|Mountain|Mount|Hill|Hills|Heights|Springs|Falls|Point|Station|Airport|Port|Fort|Gardens|Estates|Woods|Forest|Canyon|Ridge|Junction|Landing|Crossing|Center|Centre|Mall|Plaza|Hall|School|College|University|Hospital|Church|Cathedral|Mosque|Temple|Stadium|Arena)$/;
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’-]+`;
/**
 * A given name or a title, an optional initial, and one or two capitalised words: "Paul Ryan", "George W. Bush", "Sen. Cardin".
 * Like the other scans of capitalised names here, it tests the capital before the word boundary behind it:
 * `\p{Lu}(?<!X\p{Lu})` matches where `(?<!X)\p{Lu}` does, but V8 tries a pattern at every character of the
 * text, and a capital fails at once on lower-case letters where a Unicode lookbehind must first read backwards.
 */
const PERSON_RUN = new RegExp(String.raw`(${CAPITAL}(?<![\p{L}\p{N}.]\p{Lu})[\p{L}]+)\.?\s+(?:\p{Lu}\.\s+)?(${NAME_WORD})(?:\s(${NAME_WORD}))?(?![\p{L}\p{N}])`, 'gu');

/**
 * The people a story names by given name or title and surname: their spans (given name and surname alike) and the
 * surnames, which name the same person wherever the story uses them bare ("Paul Ryan … Ryan said"). A run that the
 * gazetteer's own words would make a place ("Santa Barbara") is never matched, since such first words are not given names.
 */
function personNames(text: string, person: PersonCues, cues: GeoCues): { spans: { start: number; end: number }[]; surnames: Set<string> } {
  const spans: { start: number; end: number }[] = [];
  const surnames = new Set<string>();
  const re = new RegExp(PERSON_RUN.source, PERSON_RUN.flags);
  // each capitalised word may open a run, so "House Speaker Paul Ryan" is read from "Speaker" and from "Paul" too
  for (let m = re.exec(text); m; re.lastIndex = m.index + m[1].length, m = re.exec(text)) {
    const lead = m[1];
    const given = person.firstNames.has(lead);
    const title = !given && (person.titles.has(lead) || cues.title.has(lead)) && !PLACE_OPENING_TITLES.has(lead);
    if (!given && !title) continue;
    // "Joanne Lane", "Henry County", "Charles River": a kind of place after the name makes the whole a place's name
    if (PLACE_KIND_WORD.test(m[2]) || (m[3] && PLACE_KIND_WORD.test(m[3]))) continue;
    const at = m.index ?? 0;
    if (given) spans.push({ start: at, end: at + lead.length });
    for (const said of [m[2], m[3]]) {
      const word = said?.replace(/['’]s$/, '');
      if (!word || cues.stop.has(word) || person.titles.has(word)) continue;
      const start = at + m[0].lastIndexOf(word);
      spans.push({ start, end: start + word.length });
      surnames.add(word);
    }
  }
  // "his boss, Al Ferguson, said", "a government minister, Caglayan, was": a name set off by commas after a role is a person's
  const apposed = apposedPattern(person);
  if (apposed) {
    for (const m of text.matchAll(apposed)) {
      const at = (m.index ?? 0) + m[0].indexOf(m[1]);
      spans.push({ start: at, end: at + m[1].length });
      let offset = at;
      for (const word of m[1].split(/\s+/)) {
        const start = text.indexOf(word, offset);
        spans.push({ start, end: start + word.length });
        offset = start + word.length;
      }
      if (!cues.stop.has(m[2])) surnames.add(m[2]);
    }
  }
  return { spans, surnames };
}

/** The role-noun apposition pattern of personNames, built once per lexicon rather than once per story. */
const apposedPatterns = new WeakMap<PersonCues, RegExp | null>();
function apposedPattern(person: PersonCues): RegExp | null {
  let re = apposedPatterns.get(person);
  if (re === undefined) {
    const roles = [...(person.roleNouns ?? [])];
    re = roles.length ? new RegExp(String.raw`\b(?:${roles.join('|')}),\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(\p{Lu}[\p{Ll}'’-]+)),`, 'gu') : null;
    apposedPatterns.set(person, re);
  }
  return re;
}

/**
 * The part of speech of the token that starts at an offset, by binary search over the document's tokens (in text
 * order): the detector asks only at the names it makes raws of, a few per story, so a map of every token's start
 * cost more to build than all the asking. Where tokens share a start, the last one's, as such a map kept.
 */
function tokenPositions(tokens: readonly { start: number; pos: string }[]): Pick<ReadonlyMap<number, string>, 'get'> {
  return {
    get(offset) {
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid].start <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 && tokens[lo - 1].start === offset ? tokens[lo - 1].pos : undefined;
    },
  };
}

/** The story's words written in lower case (by their norm), gathered on the first question: a story with no one-word name asks none. */
function lowerCaseWords(doc: Document): Pick<ReadonlySet<string>, 'has'> {
  let words: Set<string> | null = null;
  return {
    has(word) {
      if (!words) {
        words = new Set<string>();
        for (const t of doc.tokens) {
          const first = doc.text.charCodeAt(t.start);
          if (first >= 97 && first <= 122) words.add(t.norm);
        }
      }
      return words.has(word);
    },
  };
}

const NO_PERSON_CUES: PersonCues = { firstNames: new Set(), titles: new Set(), personNouns: new Set() };

export function createDetector(cues: GeoCues, person: PersonCues = NO_PERSON_CUES, localeCues: readonly LocaleCue[] = []): Detector {
  const locale = localeEvidence(localeCues);
  const tail = cues.feature.map((f) => f.replace(/\s+/g, String.raw`\s+`)).join('|');
  const SEQ = new RegExp(String.raw`${CAPITAL_OR_ARTICLE_AHEAD}(?<![\p{L}\p{N}@#])${UNIT}(?:(?: |-)${INNER_UNIT})*(?:\s+(?:${tail})\b)?`, 'gu');
  const TAIL_RE = new RegExp(String.raw`\s+(?:${tail})$`, 'iu');
  const isOrgWord = (w: string) => cues.org.has(w.replace(/['’]s$/, ''));
  const aroundSpan = townCues(cues);

  return {
    detect(doc, gazetteer) {
      const text = doc.text;
      const raws: RawPlace[] = [];
      const demonyms: string[] = [];
      const demonymSpans: DemonymSpan[] = [];
      const tokenAt = tokenPositions(doc.tokens);
      const lowerWords = lowerCaseWords(doc);
      // "Freeport-McMoRan", "U-Haul": the words of a hyphened company's name, a place nowhere in the story
      const companyParts = hyphenedNameParts(text, (w) => demonymOf(gazetteer, w) !== null || gazetteer.candidates(w).some((c) => spelledAlike(c.name, w)));
      for (const sentence of doc.sentences) {
        const sText = text.slice(sentence.start, sentence.end);
        if (CREDITS.test(sText)) continue;
        const inSentence: RawPlace[] = [];
        const abbreviations: RawPlace[] = [];
        // "Sistan and Baluchestan", "Trinidad and Tobago": a region or country whose name joins two with "and"
        const joined: { start: number; end: number }[] = [];
        // A name joined by "and", "of" or a Romance "do"/"de": the first of its phrases the gazetteer accepts is taken
        // whole, and the words inside it are read as no names of their own.
        const takeWhole = (start: number, name: string, phrases: Iterable<string>, accept: (c: Place, phrase: string) => boolean): void => {
          for (const phrase of phrases) {
            const candidates = gazetteer.candidates(phrase).filter((c) => accept(c, phrase));
            if (!candidates.length) continue;
            const at = start + name.indexOf(phrase);
            const span = { start: at, end: at + phrase.length };
            joined.push(span);
            inSentence.push(makeRaw(text, sentence, span, phrase, candidates, tokenAt.get(at) ?? null, false));
            return;
          }
        };
        const regionOrCountry = (c: Place): boolean => c.featureCode === 'ADM1' || c.featureCode === 'PCLI';
        // the pattern tries every capitalised word; most sentences have no "and" between two
        for (const m of AND_WORD.test(sText) ? matchesOf(AND_NAME, sText) : []) {
          takeWhole(sentence.start + (m.index ?? 0), m[0], andPhrases(m[0]), (c, phrase) => regionOrCountry(c) && plainSpelling(c.name) === plainSpelling(phrase));
        }
        // "Democratic Republic of Congo", "Republic of Ireland": a country whose name joins words with "of", whole
        for (const m of OF_WORD.test(sText) ? matchesOf(OF_NAME, sText) : []) {
          const start = sentence.start + (m.index ?? 0);
          if (joined.some((j) => j.start < start + m[0].length && j.end > start)) continue;
          takeWhole(start, m[0], ofPhrases(m[0]), (c) => regionOrCountry(c) || naturalFeatureOf(c));
        }
        // "Mato Grosso do Sul", "Rio Grande do Norte", "Feira de Santana": a name joined by a Romance "do", "de", "del";
        // taken whole only where a place bears that very name ("Mato Grosso" alone is another state)
        for (const m of CONNECTOR_WORD.test(sText) ? matchesOf(CONNECTED_NAME, sText) : []) {
          const start = sentence.start + (m.index ?? 0);
          if (QUARTER_HEAD.test(m[0].split(/\s/)[0]) || quarterBefore(text.slice(Math.max(sentence.start, start - 30), start))) continue;
          if (joined.some((j) => overlaps(j, { start, end: start + m[0].length }))) continue;
          // or a region the lexicon gives that spelling ("Veracruz de Ignacio de la Llave")
          takeWhole(start, m[0], connectedPhrases(m[0]), (c, phrase) => plainSpelling(c.name) === plainSpelling(phrase) || c.featureCode === 'ADM1');
        }
        for (const m of matchesOf(SEQ, sText)) {
          const seqStart = sentence.start + (m.index ?? 0);
          const seqText = m[0];
          if (joined.some((j) => seqStart >= j.start && seqStart + seqText.length <= j.end)) continue;
          const tailMatch = TAIL_RE.exec(seqText);
          const core = tailMatch ? seqText.slice(0, tailMatch.index) : seqText;
          // "Russia's": the possessive is no part of the name
          const units: { start: number; end: number; word: string }[] = [];
          for (const u of matchesOf(UNIT_RE, core)) {
            const w = u[0].replace(POSSESSIVE, '');
            units.push({ start: seqStart + u.index, end: seqStart + u.index + w.length, word: w.replace(LEADING_ARTICLE, '') });
          }
          if (!units.length) continue;
          // "GILLIAN WONG, Associated Press WASHINGTON (AP) —": a byline's agency runs into the dateline with no stop
          // between; the upper-case words that open the dateline are a name of their own
          const datelineAt = bylineCut(text, units, seqStart + seqText.length);
          if (datelineAt > 0) units.splice(0, datelineAt);
          // "Ohio Supreme Court", "Houston Police Department": the words before an organisation's
          // own word may name where it is; only a well-known place is taken from there
          // but "Maiduguri Borno State": a state's own name and "State" after a town name the state, not an organisation
          let orgAt = units.findIndex((u, k) => text.slice(u.start, u.end).split(/[- ]/).some(isOrgWord) && !(k >= 2 && u.word === 'State' && namesRegion(gazetteer, units[k - 1].word)));
          if (orgAt > 0 && namesFormerState(gazetteer, text.slice(units[0].start, units[orgAt].end))) orgAt = -1;
          // "the Oval Office", "Great Hall of the People": a landmark whose own name holds the organisation's word is the landmark
          if (orgAt > 0 && namesLandmark(gazetteer, text.slice(units[0].start, units[orgAt].end))) orgAt = -1;
          // but "New York Times", "Washington Post": where a paper is printed says nothing of the story
          // "California State University at San Marcos", "University at Buffalo": a town after an organisation's "at" is where it is
          const atTown = orgAt < 0 ? -1 : units.findIndex((u, k) => k > orgAt && ENGLISH_AT.test(text.slice(u.start, u.start + 4)));
          if (atTown > 0) {
            const span = { start: units[atTown].start + 3, end: units[units.length - 1].end };
            const name = text.slice(span.start, span.end);
            const towns = gazetteer.candidates(name).filter((c) => c.geonameid !== null && plainSpelling(c.name) === plainSpelling(name));
            if (towns.length) inSentence.push(makeRaw(text, sentence, span, name, towns, tokenAt.get(span.start) ?? null, false));
          }
          if (orgAt === 0 || (orgAt > 0 && MEDIA_WORD.test(text.slice(units[orgAt].start, units[orgAt].end)))) continue;
          // "Wells Fargo & Co", "Procter & Gamble Co": a run before "& Co" is a company's name too
          const embedded = orgAt > 0 || COMPANY_AMPERSAND.test(text.slice(seqStart + seqText.length, seqStart + seqText.length + 16));
          if (orgAt > 0) units.length = orgAt;
          // "the National Alliance for Change", "Movement for Democratic Change", "Front for the Liberation of …": the
          // words after an organisation's word and "for" or "of" are the rest of its name; as in an embedded name, only a
          // well-known place is read there ("Council of Europe", "University of Ottawa"), never a small namesake (Changé)
          const orgTail = orgTailBefore(text.slice(Math.max(sentence.start, seqStart - 40), seqStart), isOrgWord);
          const words = units.map((u) => text.slice(u.start, u.end));
          // "The" and its like before the name
          let lead = 0;
          while (lead < words.length - 1 && /^(?:The|A|An)$/.test(words[lead])) lead++;
          const before = text.slice(Math.max(sentence.start, seqStart - 60), seqStart);
          // "in Colonia Corona del Mar", "colonia del Bosque", "on Paseo de la Reforma": a quarter or a street of the town the note names
          if (QUARTER_HEAD.test(words[0]) && (words.length > 1 || CONNECTOR_THEN_NAME.test(text.slice(seqStart + seqText.length, seqStart + seqText.length + 12)))) continue;
          if (quarterBefore(before)) continue;
          const prev = previousWord(before);
          if (prev && (cues.title.has(prev) || person.titles.has(prev))) continue;
          if ((cues.title.has(words[0]) || person.titles.has(words[0])) && words.length > 1 && !opensSaintPlace(words, gazetteer, placeCue(before))) continue;
          // "Tom Perry", "Hillary Clinton": a given name and a surname, unless the whole is itself a place ("Eugene" is left out of the list)
          if (units.length > 1 && person.firstNames.has(words[0]) && !gazetteer.candidates(core).length) continue;
          const seqEnd = seqStart + seqText.length;
          const afterSeq = text.slice(seqEnd, Math.min(sentence.end + 1, seqEnd + 30));
          const nextWord = /^\s+([a-z]+)/.exec(afterSeq)?.[1];
          const placeCueBefore = placeCue(before);
          // "Saloum said": a speaker is a person or a capital standing for its government, never a village
          // '…," said Talas al Salameh': a multi-word name right after a speech verb is the speaker
          // "Clinton's spokesman": a possessive before a person's kin or staff belongs to a person or a government
          // "US military", "UK officials": the country name qualifies an actor and says nothing of where the event was
          // "Saudi-led coalition", "Iran-backed militias": the same, joined to the actor's word
          const qualifiesAgent = (nextWord !== undefined && cues.agent.has(nextWord)) || AGENT_COMPOUND.test(afterSeq) || CURRENCY_AFTER.test(afterSeq);
          if (CODE_NAME_AFTER.test(afterSeq)) continue;
          const ownerOfPerson = nextWord !== undefined && person.personNouns.has(nextWord) && /['’]s$/.test(core);
          // "a resident of Lubbock told", "the mayor of Gainesville said": the one speaking is the noun before "of"
          const speaker = (nextWord !== undefined && cues.speech.has(nextWord) && !placeCueBefore && !OF_BEFORE.test(before)) || (prev !== undefined && cues.speech.has(prev.toLowerCase()) && units.length > 1) || ownerOfPerson;

          let i = 0;
          // "Laurel County", "Rapides Parish": GeoNames cities have no counties; the resolver places them by their state
          // "The Henry County commission": a capitalised article or stop word before the name is no part of it
          const first = cues.stop.has(words[0]) && units.length > 2 ? 1 : 0;
          const countyAt = words.findIndex((w, k) => k > first && k <= first + 3 && (w === 'County' || w === 'Parish'));
          if (countyAt > 0 && !speaker) {
            const span = { start: units[first].start, end: units[countyAt].end };
            const bare = text.slice(units[first].start, units[countyAt - 1].end);
            // the counties of that name; without any (a typo, a county the Census lacks), the towns of its bare name;
            // and "Lancashire County Council", "Tipperary County Council": a British or Irish county the gazetteer holds as a region
            const counties = gazetteer.candidates(text.slice(span.start, span.end)).filter(isUsCounty);
            const bareReadings = counties.length ? [] : gazetteer.candidates(bare);
            const candidates = counties.length ? counties : [...bareReadings.filter((c) => c.countryCode === 'US' && c.geonameid !== null), ...bareReadings.filter((c) => c.countryCode !== 'US' && c.featureCode === 'ADM1' && COUNTY_COUNTRIES.has(c.countryCode))];
            inSentence.push(makeRaw(text, sentence, span, text.slice(span.start, span.end), candidates, tokenAt.get(span.start) ?? null, false));
            i = countyAt + 1;
          }
          while (i < units.length) {
            // "Interior Minister Ayelet Shaked": what follows a title inside the name is a person's
            if (i > 0 && (cues.title.has(words[i - 1]) || person.titles.has(words[i - 1]))) break;
            let matched = false;
            for (let j = Math.min(units.length, i + 6); j > i; j--) {
              const spans: { start: number; end: number }[] = [];
              const withTail = !embedded && j === units.length && tailMatch !== null;
              if (withTail) spans.push({ start: units[i].start, end: seqEnd });
              spans.push({ start: units[i].start, end: units[j - 1].end });
              for (const span of spans) {
                const surface = text.slice(span.start, span.end);
                // "City" in "Al Bayda City" is the kind of place, not a name
                if (j - i === 1 && i > 0 && KIND_WORD.test(surface)) continue;
                // "In Canada, the product…": a sentence's capitalised opening word ("In", "At", "For") is no part of the
                // name after it, unless a place bears the whole as its own name ("In Salah") or a region of the world answers to it ("Near East"): else "In Canada" reaches Encañada, "In Rome" Eenrum
                if (j - i > 1 && cues.stop.has(words[i]) && FUNCTION_POS.has(tokenAt.get(units[i].start) ?? '') && !/^(?:The|A|An)$/.test(words[i]) && !gazetteer.candidates(surface).some((c) => plainSpelling(c.name) === plainSpelling(surface) || isSupraRegion(c))) continue;
                // "A New Jersey woman": an article read with the next word is no place of that sound (Änew, Turkmenistan); only
                // a place whose own name opens with the article ("A Coruña") takes it
                if (j - i > 1 && /^(?:A|An)$/.test(words[i]) && !gazetteer.candidates(surface).some((c) => c.name.split(/[\s-]/)[0].toLowerCase() === words[i].toLowerCase())) continue;
                if (span.end === units[j - 1].end && (j - i === 1 || j - i === 2)) {
                  const bare = j - i === 1 ? units[i].word : surface;
                  // "Al Bab" is the town, though "Bab" alone is only a word of many names
                  if (j - i === 1 && ((cues.stop.has(surface) && !namedWord(text, span, sentence.start, words, i, j)) || (cues.stop.has(bare) && !(bare !== surface && cuedSpan(text, span, sentence.start, words, j)) && !namedWord(text, span, sentence.start, words, i, j)))) {
                    // "Kurdish fighters", "the Arab Spring": a stop word that is a region's adjective names the region, as a
                    // demonym only (no town of that spelling, no country for the story's focus, never an event's place)
                    // "the West" (no "West Ham" after it) is a region's name only with its article: bare "West" is a surname or a compass point
                    const region = demonymOf(gazetteer, bare) ?? (THE_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start)) && !NAME_AFTER.test(text.slice(span.end, span.end + 3)) ? demonymOf(gazetteer, `the ${bare}`) : null);
                    if (region && !region.iso2) demonymSpans.push({ start: span.start, end: span.end, sentence: sentence.index, text: surface, place: region.place });
                    continue;
                  }
                  // "Russian troops", "Sri Lankan", "Palestinians": a people's name points to its country
                  const dem = demonymOf(gazetteer, bare);
                  if (dem) {
                    if (dem.iso2) demonyms.push(dem.iso2);
                    demonymSpans.push({ start: span.start, end: span.end, sentence: sentence.index, text: surface, place: dem.place });
                    if (j - i === 1) continue;
                    matched = true;
                    i = j;
                    break;
                  }
                }
                const stateAbbreviation = STATE_ABBREVIATION.test(text.slice(span.start, span.end + 1));
                // "US", "UK", "EU": two capitals name a country or union only (filtered below)
                const shortCaps = TWO_CAPITALS.test(surface);
                // a short name's key is shared by too many others; said to be a place ("Nawa town", "in Ibb city"), it is the place of that very spelling
                const shortKey = normalizeName(surface).length < 3 && !stateAbbreviation && !shortCaps;
                // and so is one that closes ACLED's bracket of containers ("(An Nadirah, Ibb)")
                const bracketEnd = shortKey && /^\s*\)/.test(text.slice(span.end, span.end + 3)) && /(?:\(|\(.*,\s*)$/.test(text.slice(Math.max(sentence.start, span.start - 60), span.start));
                // nor is one after a town and a comma, where a region stands ("Provo, Utah": Utah's key is that short)
                const afterTownComma = shortKey && TOWN_COMMA_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start));
                if (shortKey && !(j - i === 1 && (cuedSpan(text, span, sentence.start, words, j) || bracketEnd || afterTownComma))) continue;
                let candidates = gazetteer.candidates(stateAbbreviation ? `${surface}.` : surface);
                // "mining in SA", "Spokane, WA": capitals written for a country or region (initials.ts), kept below only as a region's abbreviation
                const initials = j - i === 1 && surface.length <= 4 ? initialsReadings(surface, text.slice(Math.max(0, span.start - 30), span.start), i === 0 || (i === 1 && cues.stop.has(words[0])), gazetteer) : [];
                if (initials.length) candidates = [...candidates.filter((c) => !initials.includes(c)), ...initials];
                // "Minn." is an abbreviation, but "Saida." ends a sentence: a name some place bears as written is no abbreviation
                if (text[span.end] === '.' && !candidates.some((c) => plainSpelling(c.name) === plainSpelling(surface))) candidates = abbreviating(`${surface}.`, candidates);
                if (shortKey) candidates = candidates.filter((c) => plainSpelling(c.name) === plainSpelling(surface));
                // "Ga.", "La.": a two-letter state abbreviation only after a comma ("Athens, Ga."), where it cannot be a word
                if (stateAbbreviation) candidates = /,\s*$/.test(text.slice(Math.max(0, span.start - 3), span.start)) ? candidates.filter((c) => c.featureCode === 'ADM1') : [];
                // "Del Pino", "Tin Maung", "Min Aung": a short word read as a region's abbreviation or initials only by the
                // gazetteer's loose keys (Delaware, Tennessee, Maine) is a name's part; the abbreviation takes its dot ("Del.")
                // or follows its town ("Dover, Del"). Only where regions go by dotted abbreviations: "Dara" is Daraa's own spelling
                if (SHORT_TITLE_WORD.test(surface) && text[span.end] !== '.' && !TOWN_COMMA_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start))) candidates = candidates.filter((c) => !(c.featureCode === 'ADM1' && c.geonameid === null && DOTTED_REGIONS.has(c.countryCode) && plainSpelling(c.name) !== plainSpelling(surface)));
                if (!candidates.length) continue;
                // only a country or a capital keeps its reading there ("Israel-Hamas war"), or a name said to be a place's ("in Freeport")
                if (j - i === 1 && companyParts.has(surface) && !cuedSpan(text, span, sentence.start, words, j)) {
                  candidates = candidates.filter((c) => c.featureCode === 'PCLI' || c.featureCode === 'PPLC');
                  if (!candidates.length) continue;
                }
                if (span.end === units[units.length - 1].end && WEAPON_AFTER.test(text.slice(span.end, span.end + 40))) {
                  candidates = candidates.filter(firesWeapons);
                  if (!candidates.length) continue;
                }
                // "US" is no "us": two capitals are never the common word
                if (j - i === 1 && span.end === units[i].end && !shortCaps && lowerWords.has(units[i].word.toLowerCase()) && !namedWord(text, span, sentence.start, words, i, j)) continue;
                // "Muzahem al Saloum", "Tom Perry": a name with unknown capitalised words around the match is a person's
                // but a town's possessive ends its name: "Derry's Altnagelvin Hospital" is Derry's hospital, not more of Derry's name
                // (a town of some size: "McDonald's Drive Thru" is a company's, McDonald, Ohio, a village)
                // "Palestine Civic Center": the words after are the town's own institution, not more of an unknown name
                const around = aroundSpan(text, span.start, span.end);
                // "Ken Cuccinelli, R-Fairfax", "Tom Bakk, DFL-Cook": a party's letters and a hyphen before a legislator's home town
                const partyHome = i === 1 && PARTY_LETTERS.test(words[0]) && text.slice(units[0].end, units[1].start) === '-';
                const partial = !partyHome && units.length > 1 && j - i < units.length && ((i > 0 && !isKnownWord(cues, gazetteer, units[i - 1].word, words[i - 1])) || (j < units.length && !around.institution && !(OWNER_AFTER.test(text.slice(span.end, span.end + 3)) && candidates.some((c) => (c.population ?? 0) >= OWNER_TOWN && plainSpelling(c.name) === plainSpelling(surface))) && !isKnownWord(cues, gazetteer, units[j].word, words[j])));
                // "the Paris Police Department said": the organisation speaks, not the town it is named for
                // "Avondale Mayor Ed Rieker said", "said Litchfield Fire Chief Jim Koser": a town followed by its own office
                // inside the speaker's name is the office's town, not the speaker
                const officeOfSpeaker = around.institution === true && j < units.length;
                if (partial || (speaker && !embedded && !officeOfSpeaker)) {
                  // a speaker may be a capital standing for its government ("Moscow said"), or a city of 100,000 standing for its
                  // club or council ("Liverpool said it condemned": a toponym, which metonymy.ts keeps from being a scene), never a village
                  candidates = candidates.filter((c) => c.featureCode === 'PCLI' || c.featureCode === 'ADM1' || c.geonameid === null || (c.featureCode === 'PPLC' && !partial) || (partial !== speaker && (c.population ?? 0) >= 100_000 && spelledAlike(c.name, surface)));
                  if (!candidates.length) continue;
                }
                // "Paris Police Department", "City of Paris": a town's own institution names a town, however small
                const townsOwn = around.town || partyHome;
                // the party letters are an American legislature's convention: the home town is an American one where one bears the name
                if (partyHome && candidates.some((c) => c.countryCode === 'US')) candidates = candidates.filter((c) => c.countryCode === 'US');
                // "Dublin City Council" may be any Dublin's council, not only the city GeoNames calls "Dublin City"
                const kindTail = townsOwn ? KIND_TAIL.exec(surface) : null;
                if (kindTail) {
                  const bare = surface.slice(0, kindTail.index);
                  const towns = gazetteer.candidates(bare).filter((c) => c.geonameid !== null && isTownReading(c) && plainSpelling(c.name) === plainSpelling(bare) && !candidates.includes(c));
                  candidates = [...candidates, ...towns];
                }
                if (orgTail) {
                  candidates = candidates.filter(isWellKnown);
                  if (!candidates.length) continue;
                }
                if (embedded) {
                  // "New Syria Army" is no army of Syria's: the place must open the organisation's name
                  if (i !== lead) continue;
                  const towns = townsOwn ? candidates.filter(isTownReading) : [];
                  candidates = towns.length ? towns : candidates.filter(isWellKnown);
                  if (!candidates.length) continue;
                }
                // "LIMA (Reuters) -", "GAZA —": a short upper-case name where a dateline stands is the town filed from
                if (surface === surface.toUpperCase() && surface.length <= 4 && !isDateline(surface, text.slice(Math.max(0, span.start - 40), span.start), text.slice(span.end, span.end + 40))) {
                  // "FrontCounter BC", "from NSW National Parks": a region's own abbreviation (a lexicon variant spelt as
                  // written) is kept, marked, for the places stage to weigh against the story's country; "300 BC" is a year
                  // ("NSW" is New South Wales's initials; "PA" no Pennsylvania's, "TOTF.PA" a ticker, "DON’T MISS" a shout);
                  // a country's or a former state's own initials stay ("UAE", "USSR")
                  const abbreviated = ABBREVIATION_AROUND.test(text.slice(Math.max(0, span.start - 3), span.start)) || DOT_THEN_LETTER.test(text.slice(span.end, span.end + 2)) ? [] : candidates.filter((c) => initials.includes(c) || (c.featureCode === 'ADM1' && c.geonameid === null && c.name.replace(NOT_CAPITAL, '') === surface));
                  candidates = candidates.filter((c) => !initials.includes(c)).filter((c) => c.featureCode === 'PCLI' || (c.featureCode === 'PCLH' && isSupraRegion(c)) || (shortCaps && isSupraRegion(c)));
                  if (!candidates.length && abbreviated.length) {
                    abbreviations.push({ ...makeRaw(text, sentence, span, surface, abbreviated, tokenAt.get(span.start) ?? null, false), regionAbbreviation: true });
                    matched = true;
                    i = j;
                    break;
                  }
                  if (!candidates.length) continue;
                }
                const made = makeRaw(text, sentence, span, surface, candidates, tokenAt.get(span.start) ?? null, partial);
                // "One man blew himself up": a number before "man" is no town's resident
                const resident = around.resident && made.tokenPos !== 'NUM';
                const raw = qualifiesAgent && j === units.length ? { ...made, qualifiesAgent: true } : townsOwn ? { ...made, settlement: true } : resident ? { ...made, notCountry: true } : made;
                inSentence.push(raw);
                matched = true;
                // "Litchfield Fire Chief": the words of the town's own office name no place ("Fire" is no Fier)
                i = around.institution ? units.length : j;
                break;
              }
              if (matched) break;
            }
            if (!matched) i++;
          }
        }
        // "U.S.", "U.K.": dotted capitals cannot be matched as words
        for (const m of DOTTED_COUNTRY_LETTERS.test(sText) ? sText.matchAll(DOTTED_COUNTRY) : []) {
          const start = sentence.start + (m.index ?? 0);
          const candidates = gazetteer.candidates(m[0]).filter((c) => c.featureCode === 'PCLI');
          if (candidates.length) inSentence.push(makeRaw(text, sentence, { start, end: start + m[0].length }, m[0], candidates, tokenAt.get(start) ?? null, false));
        }
        // "Charleston, W.Va.", "Washington, D.C.", "Springfield, Ill.": dotted abbreviations of regions; a
        // one-part one ("Ill.", "Miss.") only after a comma, where it cannot be the English word
        for (const m of DOTTED_AFTER_CAPITAL.test(sText) ? matchesOf(DOTTED_ABBREVIATION, sText) : []) {
          const start = sentence.start + (m.index ?? 0);
          const end = start + m[0].length;
          if (inSentence.some((r) => r.start < end && r.end > start)) continue;
          const twoPart = DOT_THEN_CAPITAL.test(m[0]);
          if (!twoPart && !/,\s*$/.test(text.slice(Math.max(0, start - 3), start))) continue;
          // "N.Y." is New York, but "L.A." is no spelling of Louisiana ("La."): two capitals stand for two words
          const capitals = m[0].replace(/[^\p{Lu}]/gu, '');
          const candidates = abbreviating(m[0], gazetteer.candidates(m[0]).filter((c) => (c.featureCode === 'ADM1' || c.featureCode === 'PCLI') && (!twoPart || c.name.replace(/[^\p{Lu}]/gu, '') === capitals)));
          if (candidates.length) inSentence.push(makeRaw(text, sentence, { start, end }, m[0], candidates, tokenAt.get(start) ?? null, false));
        }
        if (gazetteer.looseCandidates) inSentence.push(...looseRaws(text, sentence, sText, inSentence, gazetteer, cues, lowerWords, tokenAt));
        inSentence.sort((a, b) => a.start - b.start);
        // "in Hayran and Haradh", "in Razih, Monabbih, and Shadaa": a list goes on where its first name stands
        for (let k = 1; k < inSentence.length; k++) {
          const prev = inSentence[k - 1];
          if (prev.placeCue && !inSentence[k].placeCue && LIST_BETWEEN.test(text.slice(prev.end, inSentence[k].start))) inSentence[k] = { ...inSentence[k], placeCue: true };
        }
        // "Clarke, Madison, Oconee and Oglethorpe counties": each name of the list is a county's
        for (const m of COUNTY_WORD.test(sText) ? sText.matchAll(COUNTY_LIST) : []) {
          const listStart = sentence.start + (m.index ?? 0);
          const word = /parishes$/i.test(m[0]) ? 'Parish' : 'County';
          for (const part of m[1].matchAll(LIST_NAME)) {
            const start = listStart + (part.index ?? 0);
            const end = start + part[0].length;
            const counties = gazetteer.candidates(`${part[0]} ${word}`).filter(isUsCounty);
            if (!counties.length) continue;
            for (let k = inSentence.length - 1; k >= 0; k--) if (inSentence[k].start < end && inSentence[k].end > start) inSentence.splice(k, 1);
            inSentence.push({ ...makeRaw(text, sentence, { start, end }, part[0], counties, tokenAt.get(start) ?? null, false), county: true, placeCue: true });
          }
          inSentence.sort((a, b) => a.start - b.start);
        }
        // "the Line of Control (LoC)": an abbreviation defined in brackets is the name's, no place nor container of it
        // "yelling 'Welcome USA'", "chanting 'Death to America'": a slogan's words are said, no place of the story
        const lastStart = inSentence.reduce((at, r) => Math.max(at, r.start), sentence.start);
        if (maySloganIn(text.slice(sentence.start, lastStart))) {
          for (let k = inSentence.length - 1; k >= 0; k--) if (insideSlogan(text.slice(sentence.start, inSentence[k].start))) inSentence.splice(k, 1);
        }
        dropDefinedAcronyms(text, inSentence);
        linkContainers(text, inSentence, sentence.start, sentence.end);
        // "Pakistan's Punjab province": the possessor country contains the place (possessor-country.ts)
        possessorContainers(text, inSentence, gazetteer);
        // an abbreviation the places stage may still drop ("Moscow, SANA") contains nothing
        raws.push(...inSentence, ...abbreviations);
        if (abbreviations.length) raws.sort((a, b) => a.start - b.start);
      }
      const people = personNames(text, person, cues);
      // the spans' ends by start: each raw asks once, not of every span
      const endsAt = new Map<number, number[]>();
      for (const p of people.spans) {
        const ends = endsAt.get(p.start);
        if (ends) ends.push(p.end);
        else endsAt.set(p.start, [p.end]);
      }
      const named = raws.map((r) => {
        const here = endsAt.get(r.start)?.includes(r.end) ?? false;
        if (here) return { ...r, personName: 'here' as const };
        return people.surnames.has(r.text) ? { ...r, personName: 'elsewhere' as const } : r;
      });
      return { raws: named, demonyms, demonymSpans, locale: locale(text) };
    },
  };
}

/**
 * A capitalised name of one or two words that ACLED's notes say is a village of a stated region:
 * "Ftireh town in Idleb countryside", "Sfuhen (Al Mara, Idleb)", "Hirske, Luhansk"; also the village a front,
 * hills or desert are named for, where ACLED codes them ("Tweis axis", "Kabani hills", "the Ithariyah desert").
 * (Capital first: see PERSON_RUN.)
 */
const LOOSE_NAME = new RegExp(String.raw`${CAPITAL}(?<![\p{L}\p{N}'’-]\p{Lu})(?<!\p{Lu}[\p{L}'’]*[- ]\p{Lu})[\p{L}'’]{2,}(?:[- ](?:(?:al|el|ad|an|ar|as|ash|at|az|ed|er|es|et|ez)[- ])?\p{Lu}[\p{L}'’]+)?(?=\s+(?:town|village|city|axis|front|frontline|desert|badia|hills?)\b|\s+\((?!coded)|,\s+\p{Lu})`, 'gu');

/**
 * Countries whose place names reach English through transliteration (Arabic, Persian, Pashto, Hebrew,
 * Cyrillic), so that one village is spelled many ways: only there may a name be read through its
 * consonants. A country that writes its names in Latin letters writes them one way ("Artuklu" is no
 * "Ortaklı", "Waswali" no "Waslala").
 */
export const TRANSLITERATED: ReadonlySet<string> = new Set(['SY', 'IQ', 'YE', 'LB', 'PS', 'IL', 'JO', 'IR', 'EG', 'LY', 'AF', 'SD', 'SA', 'KW', 'BH', 'QA', 'OM', 'AE', 'UA', 'RU', 'BY']);

/**
 * Names no key of the gazetteer reaches, in the places where ACLED's notes name villages, read
 * through their consonants (gazetteer.looseCandidates). Such a raw is marked `loose`: the resolver
 * keeps its reading only inside the region the note states, and only when it is the one there.
 */
function looseRaws(text: string, sentence: { index: number; start: number; end: number }, sText: string, found: readonly RawPlace[], gazetteer: Gazetteer, cues: GeoCues, lowerWords: Pick<ReadonlySet<string>, 'has'>, tokenAt: Pick<ReadonlyMap<number, string>, 'get'>): RawPlace[] {
  const out: RawPlace[] = [];
  for (const m of matchesOf(LOOSE_NAME, sText)) {
    const start = sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (found.some((r) => overlaps(r, { start, end }))) continue;
    const words = m[0].split(/[- ]/);
    // "CGT", "QSD": acronyms name groups, and short names' consonants meet too many others
    if (m[0].replace(/[^\p{L}]/gu, '').length < 4 || words.some((w) => w === w.toUpperCase())) continue;
    if (words.some((w) => cues.stop.has(w) || lowerWords.has(w.toLowerCase()) || gazetteer.demonymCountry?.(w) != null || KIND_WORD.test(w))) continue;
    const candidates = gazetteer.looseCandidates!(m[0]).filter((c) => TRANSLITERATED.has(c.countryCode));
    if (!candidates.length) continue;
    out.push({ ...makeRaw(text, sentence, { start, end }, m[0], candidates, tokenAt.get(start) ?? null, false), placeCue: true, loose: true });
  }
  return out;
}

function makeRaw(text: string, sentence: { index: number; start: number; end: number }, span: { start: number; end: number }, surface: string, candidates: readonly Place[], tokenPos: string | null, partial: boolean): RawPlace {
  const before = text.slice(Math.max(sentence.start, span.start - 80), span.start);
  const after = text.slice(span.end, Math.min(sentence.end + 1, span.end + 50));
  let end = span.end;
  // "in Al Hasakeh countryside", "the countryside of Al-Hasakeh": the land of a first-level region, where one bears the name
  let adminCue = ADMIN_BEFORE.test(before) || COUNTRYSIDE_BEFORE.test(before) || COUNTRYSIDE_AFTER.test(after);
  const adminAfter = ADMIN_AFTER.exec(after);
  if (adminAfter) {
    adminCue = true;
    end = span.end + adminAfter[0].length;
  }
  let relation: string | null = null;
  const rel = RELATION_WORDS.has(wordBeforeSpaces(before)) ? RELATION_BEFORE.exec(before) : null;
  if (rel) relation = rel[0].trim();
  else {
    const relAfter = RELATION_AFTER.exec(after);
    if (relAfter && !adminAfter) relation = relAfter[1].toLowerCase();
  }
  return {
    start: span.start,
    end,
    sentence: sentence.index,
    text: text.slice(span.start, end),
    candidates,
    adminCue,
    placeCue: placeCue(before) || adminCue || KIND_AFTER.test(after),
    relation,
    container: null,
    isContainer: false,
    containerLevel: 0,
    codedTo: false,
    tokenPos,
    partial,
    county: COUNTY_TEXT.test(text.slice(span.start, end)) || COUNTY_AFTER.test(after),
    settlement: SETTLEMENT_AFTER.test(after) || STREET_ADDRESS_BEFORE.test(before) || isDateline(surface, before, after),
    village: VILLAGE_BEFORE.test(before),
    notCountry: residenceBefore(before),
    quarter: QUARTER_AFTER.test(after),
    ofCapital: (QUARTER_AFTER.test(after) && CAPITAL_BEFORE.test(before)) || CAPITAL_AFTER_QUARTER.test(after),
    midSentence: isMidSentence(text, sentence, span.start),
  };
}

/** "the capital's Medina district", "in the capital's": the words before a quarter's name that make it the capital's. */
const CAPITAL_BEFORE = /\bthe\s+capital(?:'s|’s|\s+s)\s+(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$/i;
/** "Jobar district on the capital's eastern outskirts", "the Medina district of the capital": the words after one. */
// "Jobar and Ain Tarma districts on the capital's outskirts": the first of two names shares the second's words
const CAPITAL_AFTER_QUARTER = /^(?:\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:neighbou?rhoods?|quarters?|areas?|districts?|sub-?districts?)\s+(?:of|in|on)\s+the\s+capital\b/iu;

/** What may stand before a sentence's first word: quotes, brackets, dashes, bullets. */
const OPENING_MARKS = /^[\s"“'‘(\[—–•*-]*$/u;
const CAPITALISED_WORD = /^\p{Lu}/u;
const SMALL_WORDS = new Set('a an the and or but of in on at to for from by with as is are was were be'.split(' '));

/**
 * Whether the name stands after the sentence's first word in a sentence not set in title case ("Glass Recycling Starts
 * At Athens Center"): at least a quarter of its words, other than the short ones title case may leave small, are in
 * lower case, as in running English even thick with names.
 */
function isMidSentence(text: string, sentence: { start: number; end: number }, at: number): boolean {
  if (OPENING_MARKS.test(text.slice(sentence.start, at))) return false;
  return isRunningCase(text, sentence.start, sentence.end);
}

const LEADING_NON_LETTERS = /^[^\p{L}]+/u;
// the sentence's case is the same for every name in it: the last sentence's answer is kept, since its names come one after another
let lastCase = { text: '', start: -1, end: -1, running: false };
function isRunningCase(text: string, start: number, end: number): boolean {
  if (lastCase.start === start && lastCase.end === end && lastCase.text === text) return lastCase.running;
  let words = 0;
  let lower = 0;
  for (const w of text.slice(start, end).split(/[\s—–]+/)) {
    if (!LETTER.test(w) || SMALL_WORDS.has(w.toLowerCase())) continue;
    words++;
    if (!CAPITALISED_WORD.test(w.replace(LEADING_NON_LETTERS, ''))) lower++;
  }
  lastCase = { text, start, end, running: lower * 4 >= words };
  return lastCase.running;
}

/** "As Salam neighborhood", "Adl area", "Hayran district": a part of a town or a district, which ACLED codes at the town or the seat. */
const QUARTER_AFTER = /^\s+(?:neighbou?rhoods?|quarters?|areas?|districts?|sub-?districts?)\b/i;

/**
 * "MALTA – About 5,000 books…", "BEIRUT (Reuters) -", "LONDON, Ky. (WKYT) -": a dateline names the
 * town the story was filed from, never a country (Malta, Ill.) nor a state (Washington, D.C.).
 */
function isDateline(surface: string, before: string, after: string): boolean {
  return surface === surface.toUpperCase() && THREE_CAPITALS.test(surface) && (DATELINE_BEFORE.test(before) || BYLINE_BEFORE.test(before)) && DATELINE_AFTER.test(after);
}
const DATELINE_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)$/;
/** "By MATTHEW LEE, Associated Press WASHINGTON (AP) —": a wire agency's byline ends where the dateline starts. */
const BYLINE_BEFORE = /\b(?:Associated\s+Press|Reuters|AFP)[.,]?\s+$/;
// the dash, also as Windows-1252 left it (U+0097) or lost (U+FFFD), or a quote; after an agency's bracket, the story's first word
const DATELINE_AFTER = /^\s*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s*)?(?:(?:\([^)]{1,30}\)\s*)?(?:—|–|--?|\u0097|\uFFFD)\s|\(\p{Lu}[^)]{0,29}\)\s*(?:["“]\s*)?\p{Lu}[\p{Ll}\s])/u;

/**
 * Where in a capitalised run a dateline after a byline starts: the first of the closing upper-case words when title-case
 * words come before them, the run ends at the text's first dateline mark and an agency's byline precedes; else 0.
 */
function bylineCut(text: string, units: readonly { start: number; end: number }[], seqEnd: number): number {
  if (units.length < 2 || seqEnd > 600) return 0;
  const upper = (u: { start: number; end: number }) => { const w = text.slice(u.start, u.end); return w === w.toUpperCase() && TWO_CAPITALS_IN.test(w); };
  let k = units.length;
  while (k > 0 && upper(units[k - 1])) k--;
  if (k === 0 || k === units.length) return 0;
  const surface = text.slice(units[k].start, seqEnd);
  return isDateline(surface, text.slice(Math.max(0, units[k].start - 40), units[k].start), text.slice(seqEnd, seqEnd + 40)) ? k : 0;
}

/** "400 S. Locust St., Lebanon": the name after a street address is its town's. */
const STREET_ADDRESS_BEFORE = /\b\d+\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{L}'’]*\.?\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Lane|Ln|Pike|Hwy|Highway)\.?,\s*$/u;
/**
 * "Terry Jolly, 60, Lebanon", "Ashley Evans, 26, of rural Paris", "Sen. Hugh Leatherman, R-Florence":
 * where a person lives, or the home a US legislator's party tag names, is a town or a state, never a country.
 */
const RESIDENCE_BEFORE = /(?:\p{L}\.?,\s*\d{1,3},\s*(?:of\s+)?(?:rural\s+)?|\b[RDI]-)$/u;
/** RESIDENCE_BEFORE ends in a comma, a dash, or "of" or "rural" and white space: tried only there (tail-words.ts). */
const residenceBefore = (before: string): boolean => {
  const last = lastNonSpace(before);
  return (last === ',' || last === '-' || RESIDENCE_WORDS.has(wordBeforeSpaces(before))) && RESIDENCE_BEFORE.test(before);
};
const RESIDENCE_WORDS: ReadonlySet<string> = new Set(['of', 'rural']);

const STATE_ABBREVIATION = /^[A-Z][a-z]\.$/;
/** What before a region's capitals makes them something else: a number ("300 BC"), a ticker's dot, a shouted word. */
const ABBREVIATION_AROUND = /(?:\d\s*|\.|\p{Lu}['’]?\p{Lu}\s)$/u;
const NOT_CAPITAL = /[^\p{Lu}]/gu;
/** Module-level, as esbuild turns a \p{…} literal into a `new RegExp` built at every call. */
const TWO_CAPITALS = /^\p{Lu}{2}$/u;
const TWO_CAPITALS_IN = /\p{Lu}{2}/u;
const THREE_CAPITALS = /\p{Lu}{3}/u;
const CONNECTOR_THEN_NAME = /^\s+(?:del?|de la|de las|de los|das?|dos?)\s+\p{Lu}/u;
const DOT_THEN_LETTER = /^\.\p{L}/u;
const DOT_THEN_CAPITAL = /\.\s?\p{Lu}/u;
const LIST_BETWEEN = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/;
/** The cheap test before AND_NAME, whose own "\s+and\s+" it is. */
const AND_WORD = /\sand\s/;
/** (Capital first: see PERSON_RUN.) */
const AND_NAME = new RegExp(String.raw`${CAPITAL}(?<![\p{L}\p{N}]\p{Lu})[\p{L}\p{M}'’]*(?:\s\p{Lu}[\p{L}\p{M}'’]*)?\s+and\s+\p{Lu}[\p{L}\p{M}'’]*(?:[\s-]\p{Lu}[\p{L}\p{M}'’]*)?`, 'gu');
/** "Nawa town", "Ibb city", but not "the Hunan city of Yueyang", which names a region. */
const SETTLEMENT_AFTER = /^\s+(?:city|town|village)\b(?!\s+of\b)/i;
const VILLAGE_BEFORE = /\b(?:village|villages|town|towns)\s+of\s+(?:the\s+)?$/i;
/**
 * Spanish and Portuguese words that make the name after them a town's quarter or street ("Colonia Bella Vista",
 * "Barrio de Arriba", "Paseo de la Reforma", "Rua Augusta"): the name is no town of its own, however many villages
 * elsewhere bear it; the note names the town.
 */
const QUARTER_HEAD = /^(?:Colonia|Barrio|Bairro|Fraccionamiento|Paseo|Calle|Avenida|Calzada|Rua)$/;
const QUARTER_BEFORE = /\b(?:[Cc]olonia|[Bb]arrio|[Bb]airro|[Ff]raccionamiento|Paseo|Calle|Avenida|Calzada|Rua)\s+(?:(?:del?|de la|de las|de los|das?|dos?)\s+)?$/;
const quarterBefore = endsAfterWord(QUARTER_BEFORE, ['colonia', 'barrio', 'bairro', 'fraccionamiento', 'paseo', 'calle', 'avenida', 'calzada', 'rua', 'de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos']);
/** "the US dollar", "Turkish lira": a currency is no place of events. */
const CURRENCY_AFTER = /^\s+(?:dollars?|pounds?|lira|liras|euros?|riyals?|rials?|dinars?|yuan|rupees?|currency)\b/i;
/**
 * "BM-21 Grad missiles", "Uragan rockets", "Tochka-U missiles": a name before a weapon's noun names the weapon (a
 * Volyn village is called Grada), unless a country or city of that name fires them ("Gaza rockets").
 */
const WEAPON_AFTER = /^\s+(?:missiles?|rockets?|(?:rocket\s+)?launchers?|MLRS|howitzers?|drones?|UAVs?)\b/i;
/** The readings a name before a weapon's noun keeps: whose weapons they are. */
const firesWeapons = (c: Place) => c.featureCode === 'PCLI' || (c.population ?? 0) >= 100_000;
/** "Eren-23 operations", "Su-24 jets": a name joined to a number is an operation's or a model's. */
const CODE_NAME_AFTER = /^-\d/;
const COMPANY_AMPERSAND = /^\s*&\s*(?:Co|Company|Sons)\b/;
const AGENT_COMPOUND = /^-(?:led|backed|supported|sponsored|affiliated|allied|aligned|funded|armed|trained)\b/;
/** "Nawa town", "Of town, Trabzon", "Al Bayda City": the word after says the name is a place's. */
const KIND_AFTER = /^\s+(?:city|town|towns|village|villages|district|sub-?district|governorate|province|neighbou?rhood|camp|countryside|municipality|area)\b/i;
/** The same word capitalised after a name is no place of its own ("Al Bayda City"). */
const KIND_WORD = /^(?:City|Town|Village|District|Subdistrict|Sub-district|Governorate|Province|Neighbou?rhood|Camp|Countryside|Municipality|Area)$/;

/** Two spellings of one name: the same letters but for accents, an article and one slip ("Yuregir" and "Yüreğir", not "El Mina" and "Minna"). */
export function spelledAlike(a: string, b: string): boolean {
  const x = plainSpelling(a.replace(ARTICLE_BEFORE, ''));
  const y = plainSpelling(b.replace(ARTICLE_BEFORE, ''));
  if (x === y) return true;
  // "Tyr" and "Tyre", "Jubah" and "Juba": a short name's final vowel or h comes and goes
  if (Math.min(x.length, y.length) >= 3 && (x === `${y}e` || y === `${x}e` || x === `${y}h` || y === `${x}h`)) return true;
  if (Math.min(x.length, y.length) < 5 || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  // one letter changed, added or dropped
  return x.slice(i + 1) === y.slice(i + 1) || x.slice(i) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i);
}
const ARTICLE_BEFORE = /^(?:a[lnrstdz]|ash|el|e[dnrstz])[- ]/i;

/**
 * Spelled alike with no letter changed inside the name: the same, or one letter more or less at its
 * end ("Raqqa" and "Raqqah"). "Putin" is one letter from Putian, a city of millions, and no place.
 */
export function spelledAlikeAtEnd(a: string, b: string): boolean {
  return spelledAlikeBy(a, b, (x, y) => x.startsWith(y) || y.startsWith(x));
}

/** Spelled alike with no letter swapped for another: "Tal Afar" is Tall Afar, but "Lee Ming" is no Leiming. */
export function spelledAlikeUnswapped(a: string, b: string): boolean {
  return spelledAlikeBy(a, b, (x, y) => x === y || x.length !== y.length);
}

function spelledAlikeBy(a: string, b: string, also: (x: string, y: string) => boolean): boolean {
  if (!spelledAlike(a, b)) return false;
  const x = plainSpelling(a.replace(ARTICLE_BEFORE, ''));
  const y = plainSpelling(b.replace(ARTICLE_BEFORE, ''));
  return also(x, y);
}

/** The ways to read "A B and C D" as one name, longest first: "B and C-D", "B and C", …. */
/** Capitalised words joined by a Romance connector: "Mato Grosso do Sul", "Santa Maria del Oro", "Chilpancingo de los Bravo" (capital first: see PERSON_RUN). */
const CONNECTED_NAME = new RegExp(String.raw`${CAPITAL}(?<![\p{L}\p{N}]\p{Lu})[\p{L}\p{M}'’]*(?:\s\p{Lu}[\p{L}\p{M}'’]*){0,2}(?:\s(?:do|da|dos|das|de|del|de la|de las|de los|du|des)\s\p{Lu}[\p{L}\p{M}'’]*(?:\s\p{Lu}[\p{L}\p{M}'’]*){0,2})+`, 'gu');

/** The phrases of a connected name to look up, longest first, each still joined by its connector. */
function connectedPhrases(match: string): string[] {
  const words = match.split(/\s+/);
  const connector = /^(?:do|da|dos|das|de|del|la|las|los|du|des)$/;
  const out: string[] = [];
  for (let a = 0; a < words.length; a++) {
    if (connector.test(words[a])) continue;
    for (let b = words.length; b > a + 2; b--) {
      if (connector.test(words[b - 1])) continue;
      const part = words.slice(a, b);
      if (part.some((w) => connector.test(w))) out.push(part.join(' '));
    }
  }
  return out.sort((x, y) => y.length - x.length);
}

function andPhrases(match: string): string[] {
  const [left, right] = match.split(/\s+and\s+/);
  const ls = left.split(/\s/);
  const rs = right.split(/(?=[\s-])/);
  const out: string[] = [];
  for (let a = 0; a < ls.length; a++) for (let b = rs.length; b >= 1; b--) out.push(`${ls.slice(a).join(' ')} and ${rs.slice(0, b).join('')}`);
  return out.sort((x, y) => y.length - x.length);
}

const MEDIA_WORD = /^(?:News|Times|Post|Press|Television|TV|Radio|Media|Network|Herald|Tribune|Journal|Gazette|Daily|Chronicle|Telegraph|Observer|Independent|Guardian)$/;
/**
 * "Minn." is Minnesota's, not Maine's, though the two fold to one key: the readings of a dotted
 * abbreviation whose names hold its letters in order, from the first; all of them when none does.
 */
export function abbreviating(surface: string, candidates: readonly Place[]): readonly Place[] {
  if (!DOTTED_WORD.test(surface)) return candidates;
  const letters = plainSpelling(surface);
  const holdsLetters = (name: string) => {
    const n = plainSpelling(name);
    if (n[0] !== letters[0]) return false;
    let i = 0;
    for (const ch of n) if (ch === letters[i] && ++i === letters.length) return true;
    return false;
  };
  const kept = candidates.filter((c) => holdsLetters(c.name));
  // "Western Mass." is Massachusetts, not Massa: what news abbreviates with a dot is a state or a country
  const regions = kept.filter((c) => c.featureCode === 'ADM1' || c.featureCode === 'PCLI');
  return regions.length ? regions : kept.length ? kept : candidates;
}
const DOTTED_WORD = /^\p{Lu}\p{Ll}{1,4}\.$/u;

/** The party letters that open a US legislator's home town: "R-", "D-", "I-", Minnesota's "DFL-". */
const PARTY_LETTERS = /^(?:R|D|I|DFL)$/;

/** A lower-case "of" (and "the") right before a name: "residents of ", "the mayor of the ". */
const OF_BEFORE = /(?:^|[^\p{L}])of\s+(?:the\s+)?$/u;

/** "Dublin City", "Kent Town": a name matched with the kind of place its institution goes on to name. */
const KIND_TAIL = /\s+(?:City|Town|Village)$/;

/** A preposition, pronoun or conjunction opening a sentence ("In", "For", "Their"): a word of the sentence, not of a name; "North" of "North Korean" is no such word. */
const FUNCTION_POS: ReadonlySet<string> = new Set(['ADP', 'PRON', 'CCONJ', 'SCONJ', 'DET', 'AUX', 'PART']);

/** Anything but a country or a first-level region: what a town's own institution may be named for. */
export const isTownReading = (c: Place) => c.featureCode !== 'PCLI' && c.featureCode !== 'ADM1';

/** What the words around a span say of the kind of place it names. */
export interface TownCues {
  /** A town's own institution or the town itself ("Paris Police Department", "Dublin City Council", "City of Athens"): a town, any town. */
  readonly town: boolean;
  /** Of which the institution named right after it ("Palestine Civic Center"), not "the town of" before it. */
  readonly institution?: boolean;
  /** A person from there ("a Columbia woman"): a country's people go by its demonym, so no country. */
  readonly resident: boolean;
}

/** Reads the lexicon's municipal and resident cues around a span. */
export function townCues(cues: Pick<GeoCues, 'municipal' | 'municipalBefore' | 'resident'>): (text: string, start: number, end: number) => TownCues {
  const escape = escapeWords;
  const alternatives = (ws: Iterable<string>) => [...ws].sort((a, b) => b.length - a.length).map(escape).join('|');
  const never = /(?!)/;
  const after = cues.municipal.length ? new RegExp(String.raw`^\s+(?:${alternatives(cues.municipal)})(?![\p{L}])`, 'u') : never;
  const before = cues.municipalBefore.length ? new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternatives(cues.municipalBefore)})\s+$`, 'u') : never;
  const resident = cues.resident.size ? new RegExp(String.raw`^\s+(?:${alternatives(cues.resident)})(?![\p{L}])`, 'u') : never;
  // "Dublin City Council": a name matched with its "City" is followed by the rest of the institution's name
  return (text, start, end) => {
    const tail = KIND_TAIL.exec(text.slice(start, end));
    const from = tail ? start + tail.index : end;
    const next = text.slice(from, from + 40);
    const institution = after.test(next);
    // but "Kani Masi town of Duhok": after a name, "town of" ties the name to its region, which is no town
    const lead = text.slice(Math.max(0, start - 40), start);
    return { town: institution || (before.test(lead.slice(-20)) && !NAME_THEN_KIND_OF.test(lead)), institution, resident: resident.test(text.slice(end, end + 20)) };
  };
}

/** "Kani Masi town of ", "Karker village of ": a capitalised name, then a kind of place and "of". */
const NAME_THEN_KIND_OF = /\p{Lu}[\p{L}\p{M}'’-]*\s+(?:town|village|city)\s+of\s+$/u;

/** A capitalised word, then "for" or "of" (and "the"), right before a name: group 1 is the word. */
const WORD_THEN_FOR_OF = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]*)\s+(?:for|of)\s+(?:the\s+)?$/u;
const FOR_OF_WORDS: ReadonlySet<string> = new Set(['for', 'of', 'the']);

/** Whether the words before a name end in an organisation's word and "for" or "of": "Alliance for ", "Front for the ". */
export function orgTailBefore(before: string, isOrgWord: (w: string) => boolean): boolean {
  const m = FOR_OF_WORDS.has(wordBeforeSpaces(before)) ? WORD_THEN_FOR_OF.exec(before) : null;
  return m !== null && isOrgWord(m[1]);
}

/** Countries, regions, counties, landmarks, seats and cities: what an organisation's name may start with. */
const isWellKnown = (c: Place) => c.geonameid === null || c.featureCode === 'PPLC' || c.featureCode === 'PPLA' || (c.population ?? 0) >= 100_000;
/** Countries whose first-level regions (the gazetteer's) are the counties news names with "County": Britain's, Ireland's. */
const COUNTY_COUNTRIES: ReadonlySet<string> = new Set(['GB', 'IE']);
const isUsCounty = (c: Place) => c.featureCode === 'ADM2' && c.countryCode === 'US';
/** A list of capitalised names closed by "counties" or "parishes" (the list is group 1). */
const COUNTY_LIST = /((?:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?\s*,\s*)*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?,?\s+(?:and|or)\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?)\s+(?:counties|parishes)\b/gu;
/** The cheap test before that costly pattern. */
const COUNTY_WORD = /\b(?:counties|parishes)\b/;
/** One name of such a list. */
const LIST_NAME = /\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?/gu;
const POSSESSIVE = /['’]s$/;
/** What follows an owner's name: its possessive and the space before the owned name. */
const OWNER_AFTER = /^['’]s\s/;
/** A town this big owns what its possessive names; a smaller namesake's possessive is more often a company's ("McDonald's", "Moody's"). */
const OWNER_TOWN = 20_000;
/** An English "at" inside a run of capitalised words (an Arabic "at" takes the sound of the letter after it: "at Tall"). */
const ENGLISH_AT = /^at (?!T)/;
/** "W.Va.", "Ill.": the opening capital, then the boundary behind it (see PERSON_RUN). */
/**
 * The cheap test before DOTTED_ABBREVIATION: a full stop after a capital and at most four lower-case letters, which its
 * every match holds. The stop is read first: a pattern that opens with a lookbehind is tried at every character.
 */
const DOTTED_AFTER_CAPITAL = /\.(?<=\p{Lu}[a-z]{0,4}\.)/u;
const DOTTED_ABBREVIATION = new RegExp(String.raw`${CAPITAL}(?<![\p{L}.]\p{Lu})(?:\.\s?\p{Lu}[a-z]?\.|[a-z]{1,4}\.)`, 'gu');
const DOTTED_COUNTRY = /(?<![\p{L}.])(?:U\.S\.(?:A\.)?|U\.K\.)/gu;
/** The cheap tests before DOTTED_COUNTRY and CONNECTED_NAME: their dotted letters, their connector between spaces. */
const DOTTED_COUNTRY_LETTERS = /U\.[SK]\./;
const CONNECTOR_WORD = /\s(?:do|da|dos|das|de|del|du|des)\s/;
const COUNTY_TEXT = /\s(?:County|Parish|Co\.)$/;
const COUNTY_AFTER = /^\s+(?:County|Parish|Co\.)(?!\s+(?:Road|Rd|Line|Club|Court|Jail|Hospital|Airport|Fair|School|Schools)\b)/;

/** "X town, Izmir", "X, Lebanon": a comma, after an optional kind-of-place word, before the container. */
const COMMA_CONTAINER_AFTER = /^(?:\s+(?:town|city|village|district|sub-?district|area|camp|settlement|neighbou?rhood|county|axis|front))?,\s+$/i;
/** "X district of Duhok", "X town in Aleppo countryside", "X village in Idleb governorate". */
const IN_CONTAINER_AFTER = /^\s+(?:(?:town|city|village|villages|district|sub-?district|county|area|axis|camp|settlement|neighbou?rhood|region|countryside|outskirts|badia|desert|plain|valley|mountains?|hills?|front|frontline)\s+)?(?:of|in)\s+(?:the\s+)?$/i;
/** A kind-of-town word after a name: "Deir al-Zor city", "Kirkuk town". */
const TOWN_WORD_AFTER = /^\s+(?:city|town)\b/i;
const CITY_DASH_AFTER = /^\s+-\s+\p{Lu}/u;
const QUARTER_TO_BRACKET = /^\s+-\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:al|el|an|ar|as|ash|at|ad|az|ed|er|es|et|ez|wa|bin|bani|abu)\s+)?\p{Lu}[\p{L}\p{M}'’-]*)*\s*$/u;
const PAREN = /\(([^()\n]{2,80})\)/g;
/** Between a place and the district it is said to lie in: "Az Zahir in", "Karker area of". */
const IN_DISTRICT_BETWEEN = /^\s+(?:(?:town|village|area|region|city)\s+)?(?:in|of)\s+(?:the\s+)?$/i;
/** The district's own word, running up to the bracket of its governorate: "Al Hada district (". */
const DISTRICT_TAIL = /^(?:\s+district)?\s*$/i;
const CODED_TO = /^(?:coded\s+(?:to|as|at)|arbitrarily\s+coded\s+to)\s/i;

/** After a name: the list it belongs to goes on (", Brasoc and", " and Detroit", ", and"). */
const LIST_GOES_ON = /^\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)\p{Lu}/u;
/** How far from a region's or town's point a town said to lie in it may be, where the gazetteer gives no region to compare. */
const LIE_IN_KM = 100;

/**
 * Drops the names that are a bracketed abbreviation of the words before (acronyms.ts), unless a country or region,
 * and with one the names inside the long name it abbreviates.
 */
function dropDefinedAcronyms(text: string, raws: RawPlace[]): void {
  for (let k = raws.length - 1; k >= 0; k--) {
    const r = raws[k];
    if (k >= raws.length || text[r.start - 1] !== '(' || text[r.end] !== ')' || r.candidates.some(acronymMayName)) continue;
    const nameStart = definedAcronymStart(text, r.start - 1, r.end + 1);
    if (nameStart < 0) continue;
    for (let n = raws.length - 1; n >= 0; n--) {
      const o = raws[n];
      if (o === r || (o.start >= nameStart && o.end < r.start && !o.candidates.some(acronymMayName))) raws.splice(n, 1);
    }
  }
}

/** Whether place c can lie in p: p's country, p's first-level region, or near p's point. */
function mayLieIn(c: Place, p: Place): boolean {
  if (c.countryCode !== p.countryCode) return false;
  if (p.featureCode === 'PCLI') return true;
  if (p.featureCode === 'ADM1' && c.admin1 && normalizeName(c.admin1) === normalizeName(p.admin1 ?? p.name)) return true;
  return distanceKm(c.latitude, c.longitude, p.latitude, p.longitude) < LIE_IN_KM;
}

const hasRegion = (r: RawPlace) => r.candidates.some((c) => c.featureCode === 'PCLI' || c.featureCode === 'ADM1');

/**
 * ACLED notes say what contains what: "in Al Mansura and Khur Maksar districts (Aden)" names the
 * region of every place listed since the previous parenthesis, "(Kitaf wa Al Boqee, Sadah)" a
 * district and its governorate; "Konak town, Izmir", "Tripoli, Lebanon", "Baykan district of
 * Siirt", "Tawileh town in Al Hasakeh countryside" name the region of one place. A parenthesis
 * that begins "coded to" names the event's place instead.
 */
function linkContainers(text: string, raws: RawPlace[], sentenceStart: number, sentenceEnd: number): void {
  if (!raws.length) return;
  let groupStart = 0;
  for (const m of matchesOf(PAREN, text.slice(sentenceStart, sentenceEnd))) {
    const open = sentenceStart + (m.index ?? 0);
    const close = open + m[0].length;
    const body = m[1];
    const inside = raws.filter((r) => r.start > open && r.end < close);
    if (!inside.length) continue;
    if (CODED_TO.test(body)) {
      for (const r of inside) r.codedTo = true;
      continue;
    }
    const bodyStart = open + 1;
    const parts = body.split(',');
    const lastPartStart = bodyStart + body.length - parts[parts.length - 1].length;
    const regionText = parts[parts.length - 1].trim();
    for (const r of inside) {
      r.isContainer = true;
      r.containerLevel = parts.length > 1 && r.start < lastPartStart ? 2 : 3;
      if (r.containerLevel === 2) r.container = regionText;
    }
    // ACLED's "Taizz - Usayfarah (Al Qahirah)": the parenthesis is the neighbourhood's district, not the city's
    // only where the quarter's name runs up to the bracket: "the Aden - Taizz road in X (…)" names a road's two ends
    const cityDash = raws.filter((r, k) => k >= groupStart && r.end <= open && CITY_DASH_AFTER.test(text.slice(r.end, r.end + 4)) && QUARTER_TO_BRACKET.test(text.slice(r.end, open))).at(-1);
    if (cityDash) {
      // "Taizz - Usayfarah (Al Qahirah)": the district lies inside the city
      for (const r of inside) {
        r.containerLevel = 2;
        r.container = cityDash.text;
      }
    }
    const before = raws.filter((r, k) => k >= groupStart && r.end <= open && !r.isContainer && r !== cityDash);
    for (const [k, r] of before.entries()) {
      if (r.container !== null) continue;
      // "Az Zahir in Al Hada district (Dhamar)": the district named between the place and the bracket is the place's too
      const district = before[k + 1];
      const districtWord = district ? DISTRICT_TAIL.exec(text.slice(district.end, open)) : null;
      if (district && districtWord && parts.length === 1 && IN_DISTRICT_BETWEEN.test(text.slice(r.end, district.start))) {
        r.container = `${district.text.replace(/\s+district$/i, '')}, ${body.trim()}`;
        district.isContainer = true;
        district.containerLevel = 2;
        district.container = body.trim();
      } else r.container = body.trim();
    }
    groupStart = raws.indexOf(inside[inside.length - 1]) + 1;
  }
  for (let k = 0; k + 1 < raws.length; k++) {
    const r = raws[k];
    const next = raws[k + 1];
    if (r.isContainer || r.container !== null || next.isContainer) continue;
    const between = text.slice(r.end, next.start);
    if (between.length > 40) continue;
    const comma = COMMA_CONTAINER_AFTER.test(between);
    const inOf = IN_CONTAINER_AFTER.test(between);
    if (!comma && !inOf) continue;
    // "Baykan district of Siirt" takes any container; "Aleppo, Homs" only a region or country
    if (!hasRegion(next) && !(inOf && /district|county/i.test(between))) continue;
    // "in Hajjah, Marib, and Sadah governorates" lists regions; only a country contains a region after a bare comma
    // but "Washington, Ga.": lists of regions are not written in abbreviations, and an abbreviated state after a comma contains
    const abbreviated = (next.text.endsWith('.') || text[next.end] === '.') && next.text.length <= 6 && !next.candidates.some((c) => plainSpelling(c.name) === plainSpelling(next.text));
    if (comma && hasRegion(r) && !abbreviated && !next.candidates.some((c) => c.featureCode === 'PCLI') && !/\w/.test(between)) continue;
    // "Iraq, Afghanistan or Syria": a country's own name lies in no other place, whatever it is another spelling of
    if (r.candidates.length && (r.candidates.every((c) => c.featureCode === 'PCLI') || (r.candidates[0].featureCode === 'PCLI' && plainSpelling(r.candidates[0].name) === plainSpelling(r.text)))) continue;
    // "shows in Copenhagen, Hamburg, Brasoc and Mannheim", "offices in Miami, West Palm Beach, New York, and Detroit":
    // a region's name inside a list that goes on after it is the list's next item, when no reading of the name before lies in it
    if (comma && LIST_GOES_ON.test(text.slice(next.end, next.end + 40)) && !r.candidates.some((c) => next.candidates.some((p) => mayLieIn(c, p)))) continue;
    r.container = next.text.replace(/\s+(?:countryside|governorate|province|region|district)$/i, '');
    next.isContainer = true;
    // "the Qusur district of Deir al-Zor city": a container its own words call a town is the town, not its namesake region
    next.containerLevel = hasRegion(next) && !TOWN_WORD_AFTER.test(text.slice(next.end, next.end + 12)) ? 3 : 2;
    // "Sutherland Springs, Texas": a town the gazetteer lacks is read in pieces, each some other place's name
    // ("Sutherland" is an old name of Palm Harbor, Florida); the words run into the container's name with no break are
    // one name, so every piece lies in the container too (after a comma only: "the Feis Ceoil in Dublin" is a festival
    // held in the city, not a place the city contains)
    if (comma) for (let q = k - 1, head = r; q >= 0 && text.slice(raws[q].end, head.start) === ' ' && raws[q].container === null && !raws[q].isContainer; head = raws[q], q--) raws[q].container = r.container;
  }
}

/** Spellings to try for a span known to be a place: as written, then without article, possessive or a trailing kind-of-place word. */
function spanSpellings(surface: string): string[] {
  const out = [surface];
  const push = (s: string) => {
    const t = s.trim();
    if (t.length >= 2 && !out.includes(t)) out.push(t);
  };
  push(surface.replace(/^the\s+/i, ''));
  push(surface.replace(/['’]s?$/, ''));
  if (surface === surface.toUpperCase()) push(surface.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
  push(surface.replace(/^the\s+/i, '').replace(/\s+(?:county|city|town|village|province|state|region|area|district|parish|township)$/i, ''));
  push(surface.split(',')[0]);
  return out;
}

/** The place names a longer name may be built on: what follows "of", then its opening words, longest first. */
function innerPlaceNames(surface: string): string[] {
  const out: string[] = [];
  const of = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/u.exec(surface);
  if (of) out.push(of[1]);
  const words = surface.split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) out.push(words.slice(0, n).join(' '));
  return out;
}

/**
 * Raw mentions for spans a caller says are places (gold toponyms), with the same cues as detection.
 * A detected mention over the same span lends its cues and containers; a span with no candidate
 * under any spelling is null.
 */
export function rawsForSpans(doc: Document, gazetteer: Gazetteer, spans: readonly { start: number; end: number }[], detected: readonly RawPlace[], aroundSpan: (text: string, start: number, end: number) => TownCues = () => ({ town: false, resident: false })): (RawPlace | null)[] {
  const text = doc.text;
  const tokenAt = new Map<number, string>();
  for (const t of doc.tokens) tokenAt.set(t.start, t.pos);
  return spans.map((span) => {
    const same = detected.find((r) => r.start === span.start && r.end === span.end);
    if (same) return same;
    const surface = text.slice(span.start, span.end);
    let candidates: readonly Place[] = [];
    // "Russian", "Americans": a demonym given as a place stands for its country; "Ontarians", "Europeans" for their region
    const dem = gazetteer.demonymCountry?.(surface) ?? gazetteer.demonymCountry?.(surface.replace(/s$/, '')) ?? null;
    const country = dem ? gazetteer.country?.(dem) : (gazetteer.demonymRegion?.(surface) ?? gazetteer.demonymRegion?.(surface.replace(/s$/, '')));
    if (country) candidates = [country];
    for (const s of spanSpellings(surface)) {
      if (candidates.length) break;
      candidates = abbreviating(surface, gazetteer.candidates(s));
    }
    // "US Federal Reserve", "University of Louisville", "Colorado State University": a name built on a
    // well-known place stands where that place is
    for (const s of innerPlaceNames(surface)) {
      if (candidates.length) break;
      candidates = gazetteer.candidates(s).filter(isWellKnown);
    }
    const sentence = doc.sentences.find((s) => span.start >= s.start && span.start < s.end) ?? doc.sentences[doc.sentences.length - 1] ?? { index: 0, start: 0, end: text.length };
    const overlapping = detected.find((r) => r.start < span.end && r.end > span.start);
    const around = aroundSpan(text, span.start, span.end);
    if (around.town && candidates.some(isTownReading)) candidates = candidates.filter(isTownReading);
    const raw = makeRaw(text, sentence, span, surface, candidates, tokenAt.get(span.start) ?? null, false);
    if (!candidates.length && !raw.county) return null;
    return { ...raw, start: span.start, end: span.end, text: surface, placeCue: true, container: overlapping?.container ?? null, isContainer: overlapping?.isContainer ?? false, containerLevel: overlapping?.containerLevel ?? 0, settlement: raw.settlement || around.town, notCountry: raw.notCountry || (around.resident && !country) };
  });
}
