import { sentenceAt, type Document } from '../../model/document.ts';
import { overlaps } from '../../model/span.ts';
import type { Place } from '../../model/place.ts';
import type { Gazetteer } from '../../geo/gazetteer.ts';
import { escapeRegExp } from '../../lexicons/escape.ts';

/**
 * Named sites the gazetteer has no row for: streets, roads, buildings, estates, venues ("the 400 block
 * of Assiniboine Avenue", "at Barclays Center", "on the A120"). They are toponyms all the same, and lie
 * where the story's town is: each is placed at the town named right after it ("X Hospital in Rome",
 * "Convention Centre, Dublin"), else the nearest town before it, else after it, else the story's country.
 */
export interface Site {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly text: string;
  readonly road: boolean;
}

/**
/**
 * Words before a site's name that say it is where something is or happens, or where it is gone to or is part of
 * ("sent to the New Bilibid Prison", "the 26th floor of Trump Tower"); or the start of a sentence or line, where a
 * name ending in a site's word is the subject ("Dulles International Airport is 22 miles away"). An owner's word before the
 * name is no part of it ("Rome's Gemelli Hospital", "the Vatican-owned Bambino Gesu Hospital"). The word boundary
 * before the prepositions is a lookbehind, not a consumed character (callers count back from the match's end), so V8
 * does not try the alternation behind every character of the text.
 */
const BEFORE = String.raw`(?:(?<![\p{L}\p{N}])(?:at|in|on|near|from|into|to|of|by|past|around|beside|behind|within|inside|outside|along|across|toward|towards|via|block\s+of|corner\s+of|foot\s+of|heart\s+of|home\s+to|opposite)\s+|(?:^|[.!?;:]\s+|\n\s*))(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*['’]s\s+|\p{Lu}\p{L}*-(?:owned|run|based|backed|funded|operated|managed)\s+)?`;
/** A word of a site's name: capitalised, or an ordinal ("Third Street", "26th Street"). */
const WORD = String.raw`(?:\p{Lu}[\p{L}’'.&-]*|\d+(?:st|nd|rd|th)|\d{2,5})`;
/** Road numbers after a preposition and "the": "on the A120", "via the A436"; "the M16" alone may be a rifle. */
const ROAD_NUMBER = /(?<![\p{L}\p{N}])(?:on|via|along|off|onto|from|to|joins?)\s+the\s+([AM]\d{1,4})(?![\p{L}\p{N}])/gu;

/**
 * What a text must hold for ROAD_NUMBER, KIND_AFTER and KIND_OF to match at all: cheap scans (literal words, no
 * Unicode classes) that spare most stories the full patterns, which V8 tries at every character.
 */
const ROAD_NUMBER_WORDS = /[Tt]he\s+[AM]\d/;
/** "The A417 heading south", "The M4 westbound carriageway": a road number opening a sentence, where a road's words follow. */
const ROAD_OPENING = /(?:^|[.!?]\s+|\n\s*)The\s+([AM]\d{1,4})(?=\s+(?:(?:north|south|east|west)bound|heading|carriageway|junction|roundabout|slip\s+road)\b)/gu;
/** "via the A436, A40 and A429": the numbers listed after a road's are roads too. */
const ROAD_LISTED = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?([AM]\d{1,4})(?![\p{L}\p{N}])/u;
const KIND_AFTER_WORDS = /\s(?:village|town)/;
const KIND_OF_WORDS = /(?:town|village|suburb|hamlet|neighbou?rhood|settlement|community)\s+of\s/;

/** "the town of X", "the village of X": a place the gazetteer may lack. */
/** Module-level, as esbuild turns a \p{…} literal into a `new RegExp` built at every call. */
const ABBREVIATED_WORD = /\p{L}{3,}\.$/u;
const TWO_LETTERS = /\p{L}{2}/u;
const SPACE_THEN_LOWER = /^\s+\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const TOWN_WORD = String.raw`\p{Lu}[\p{Ll}’'-]+`;
const KIND_OF = new RegExp(String.raw`(?:town|village|suburb|hamlet|neighbou?rhood|settlement|community)\s+of\s+(${TOWN_WORD}(?:\s+${TOWN_WORD}){0,2})(?![\p{L}\p{N}.-])`, 'gu');
/** "from Torkula village", "in Nagrig town". */
const KIND_AFTER = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(?:in|at|from|near|of)\s+(${TOWN_WORD}(?:\s+${TOWN_WORD}){0,2})\s+(?:village|town)(?![\p{L}\p{N}])`, 'gu');
/** Titles that open places' names as often as people's ("Saint Mary's Hospital", "King Fahd Stadium"). */
const PLACE_OPENING_TITLE = /^(?:Saint|St|King|Queen|Prince|Princess|General|Father|Mount)$/;
/** Capitalised words that open a sentence or a clause, not a name. */
const STOP_OPENING = /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Old|New)$/;

export function createSiteFinder(siteWords: readonly string[], roadWords: readonly string[], firstNames: ReadonlySet<string> = new Set(), titles: ReadonlySet<string> = new Set()): (doc: Document, taken: readonly { start: number; end: number }[]) => Site[] {
  if (!siteWords.length) return () => [];
  const heads = [...new Set([...siteWords, ...roadWords])].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const roads = new Set(roadWords);
  const headSet = new Set([...siteWords, ...roadWords]);
  // a name of one to five words ending in a site's word ("Rogers Centre", "South Kilburn Estate"), or a
  // site's word with "of" and a name ("University of St. Thomas", "Museum of Ice Cream")
  const name = new RegExp(
    String.raw`${BEFORE}((?:${WORD}\s+){1,5}(?:${heads.join('|')})|(?:${heads.join('|')})\s+of\s+(?:the\s+)?${WORD}(?:\s+${WORD}){0,3})(?![\p{L}\p{N}])`,
    'gu',
  );
  // every match holds a site's word as written: four stories in five have none, and skip the full pattern
  const anyHead = new RegExp(`(?:${heads.join('|')})`);
  return (doc, taken) => {
    const text = doc.text;
    const out: Site[] = [];
    const free = (start: number, end: number) => !taken.some((t) => overlaps(t, { start, end })) && !out.some((t) => overlaps(t, { start, end }));
    const push = (start: number, end: number, road: boolean) => {
      if (!free(start, end)) return;
      const sentence = sentenceAt(doc.sentences, start);
      if (sentence < 0) return;
      out.push({ start, end, sentence, text: text.slice(start, end), road });
    };
    for (const m of anyHead.test(text) ? text.matchAll(name) : []) {
      const whole = m[1];
      const start = (m.index ?? 0) + m[0].length - whole.length;
      let words = whole.split(/\s+/);
      let from = start;
      let to = start + whole.length;
      // "on Saturday. The Church", "the University of Texas. At this point": a sentence ends inside the run
      // (initials such as "St." do not end one)
      const stop = words.findIndex((w, k) => k < words.length - 1 && ABBREVIATED_WORD.test(w));
      if (stop >= 0) {
        const ofForm = headSet.has(words[0]) && words[1] === 'of';
        if (ofForm) {
          words = words.slice(0, stop + 1);
          to = start + whole.indexOf(words[stop]) + words[stop].length - 1;
        } else {
          let last = stop;
          for (let k = stop + 1; k < words.length - 1; k++) if (ABBREVIATED_WORD.test(words[k])) last = k;
          const kept = words.slice(last + 1);
          from = start + whole.lastIndexOf(kept.join(' '));
          words = kept;
        }
      }
      // "The Rogers Centre": the article is no part of the name
      if (/^(?:The|A|An)$/.test(words[0])) {
        from = from + words[0].length + 1;
        words = words.slice(1);
      }
      if (words.length < 2 || from >= to) continue;
      // "a letter from Mike Park": a given name before the site's word makes a person's name, and so does a title
      // ("Spokeswoman Jessica Bridge")
      if (firstNames.has(words[0]) || words.some((w) => titles.has(w) && !PLACE_OPENING_TITLE.test(w))) continue;
      // at a sentence's start only in running text ("Dulles International Airport is 22 miles away"), not in a headline
      const prefix = m[0].slice(0, m[0].length - whole.length).replace(/\bthe\s+$/i, '');
      if (!TWO_LETTERS.test(prefix) && !SPACE_THEN_LOWER.test(text.slice(to, to + 3))) continue;
      const head = words.at(-1)!;
      push(from, to, roads.has(head));
    }
    for (const m of ROAD_NUMBER_WORDS.test(text) ? [...text.matchAll(ROAD_NUMBER), ...text.matchAll(ROAD_OPENING)] : []) {
      const start = (m.index ?? 0) + m[0].length - m[1].length;
      let end = start + m[1].length;
      push(start, end, true);
      for (let next = ROAD_LISTED.exec(text.slice(end, end + 30)); next; next = ROAD_LISTED.exec(text.slice(end, end + 30))) {
        end += next[0].length;
        push(end - next[1].length, end, true);
      }
    }
    // "the small town of Kasba Bonli", "Torkula village": a town the gazetteer lacks, said to be one
    for (const [re, needed] of [[KIND_OF, KIND_OF_WORDS], [KIND_AFTER, KIND_AFTER_WORDS]] as const) {
      if (!needed.test(text)) continue;
      for (const m of text.matchAll(re)) {
        const words = m[1].split(/\s+/);
        if (firstNames.has(words[0]) || STOP_OPENING.test(words[0]) || words.some((w) => titles.has(w)) || m[1].length < 4) continue;
        const start = (m.index ?? 0) + m[0].indexOf(m[1], re === KIND_OF ? m[0].length - m[1].length - 1 : 0);
        push(start, start + m[1].length, false);
      }
    }
    // one sense per story: "Brands Hatch", "Madinaty" named again without the words that made them sites
    for (const site of [...out]) {
      for (let at = text.indexOf(site.text); at >= 0; at = text.indexOf(site.text, at + 1)) {
        const end = at + site.text.length;
        if (LETTER_OR_DIGIT.test(text[at - 1] ?? '') || LETTER_OR_DIGIT.test(text[end] ?? '')) continue;
        push(at, end, site.road);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
}

/** Where a site lies: the town named right after it, else the nearest before, else after, else the country. */
export function placeSite(site: Site, text: string, towns: readonly { start: number; end: number; place: Place }[], country: Place | null): Place | null {
  const after = towns.find((t) => t.start >= site.end);
  const next = after && /^(?:,\s*|\s+in\s+|\s+near\s+|\s+of\s+)$/.test(text.slice(site.end, after.start)) ? after : undefined;
  const before = towns.filter((t) => t.end <= site.start).at(-1);
  const anchor = next ?? before ?? after;
  const base = anchor?.place ?? country;
  if (!base) return null;
  return { ...base, name: site.text, geonameid: null, featureCode: site.road ? 'RD' : 'BLDG', population: undefined, precision: anchor ? 2 : 3 };
}

/** "The Washington Post", "the Suffolk Times", "The Canadian Press": the place a paper is named for. */
const MEDIA_NAME = /(?<![\p{L}\p{N}])(?:(?:The|the)\s+)?(\p{Lu}[\p{Ll}’'.-]+(?:\s+\p{Lu}[\p{Ll}’'.-]+)?)\s+(?:Post|Times|Press|Herald|Tribune|Journal|Gazette|Chronicle|Telegraph|Observer|Daily News|Courier|Examiner|Star-Ledger|Dispatch)(?![\p{L}\p{N}])/gu;

/** The cheap test before MEDIA_NAME: the paper's word it ends with. */
const MEDIA_WORD = /\s(?:Post|Times|Press|Herald|Tribune|Journal|Gazette|Chronicle|Telegraph|Observer|Daily News|Courier|Examiner|Star-Ledger|Dispatch)/;

/**
 * A newspaper's place ("The Washington Post" is Washington's paper) is a toponym, but says nothing of the
 * story: it is a site, placed at the place's own best-known reading, and never evidence or an event's place.
 */
export function mediaSites(doc: Document, gazetteer: Pick<Gazetteer, 'candidates' | 'demonymCountry' | 'country'>, taken: readonly { start: number; end: number }[], focusCountry: string | null): { site: Site; place: Place }[] {
  const out: { site: Site; place: Place }[] = [];
  for (const m of MEDIA_WORD.test(doc.text) ? doc.text.matchAll(MEDIA_NAME) : []) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    // "the Daily Mail", "the Sunday Times": a paper's own words name no place
    if (/^(?:The|A|An|Daily|Sunday|Evening|Morning|Free|Liberty|National|International|Financial)$/.test(m[1]) || taken.some((t) => t.start < end && t.end > start) || out.some((o) => o.site.start < end && o.site.end > start)) continue;
    const demonym = gazetteer.demonymCountry?.(m[1]) ?? null;
    const known = gazetteer.candidates(m[1]).filter((c) => c.featureCode === 'PCLI' || c.featureCode === 'ADM1' || c.featureCode === 'PPLC' || (c.geonameid !== null && c.name === m[1] && (c.population ?? 0) >= 20_000));
    const best = demonym ? gazetteer.country?.(demonym) ?? null : [...known].sort((a, b) => Number(b.countryCode === focusCountry) - Number(a.countryCode === focusCountry) || (b.population ?? 0) - (a.population ?? 0))[0] ?? null;
    if (!best) continue;
    const sentence = sentenceAt(doc.sentences, start);
    if (sentence < 0) continue;
    out.push({ site: { start, end, sentence, text: m[1], road: false }, place: best });
  }
  return out;
}
