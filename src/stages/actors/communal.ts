import { z } from 'zod';
import { loadJsonlLexicon, readShippedOnce } from '../../lexicons/load.ts';
import type { Actor } from '../../model/actor.ts';
import type { Sentence } from '../../model/document.ts';
import { escapeRegExp as escape } from '../../lexicons/escape.ts';
import type { DemonymEntry } from './lexicon.ts';
import type { RawMention } from './match.ts';

// Why: "Fulani herdsmen attacked …", "the herdsmen, who attacked the settlement …" named no actor, so the event took
// "unidentified attackers" from another clash, the police who fought them, or nothing; ACLED codes armed herders and
// an ethnic group's armed men as a communal militia (inter 4), by their people where known ("Fulani Ethnic Militia
// (Nigeria)"). Herders who are killed or attacked are civilians, not a side. Separatists are named by their people too.

const row = z.union([
  z.object({ people: z.string(), words: z.array(z.string()).min(1), defaultIn: z.array(z.string()).optional() }).strict(),
  z.object({ heads: z.array(z.string()).min(1) }).strict(),
  z.object({ pastoral: z.array(z.string()).min(1) }).strict(),
]);

interface Communal {
  readonly people: ReadonlyMap<string, { people: string; defaultIn: readonly string[] }>;
  readonly ethnic: RegExp | null;
  readonly pastoral: RegExp;
}

export const loadCommunal = readShippedOnce((dir: string): Communal => {
  const rows = loadJsonlLexicon('actor-communal.jsonl', row, dir);
  const people = new Map<string, { people: string; defaultIn: readonly string[] }>();
  const heads: string[] = [];
  const pastoral: string[] = [];
  for (const r of rows) {
    if ('people' in r) for (const w of r.words) people.set(w, { people: r.people, defaultIn: r.defaultIn ?? [] });
    else if ('heads' in r) heads.push(...r.heads);
    else pastoral.push(...r.pastoral);
  }
  const alt = (ws: readonly string[]): string => [...ws].sort((a, b) => b.length - a.length).map(escape).join('|');
  // "Fulani herdsmen", "Muslim Fulani herders", "ethnic Dinka militiamen": the people word right before the head
  const ethnic = people.size && heads.length ? new RegExp(String.raw`\b(${alt([...people.keys()])})(?:\s+(?:ethnic|cattle|nomadic|armed))?\s+(?:${alt(heads)})\b`, 'g') : null;
  return { people, ethnic, pastoral: new RegExp(String.raw`\b(?:${alt(pastoral)})\b`, 'gi') };
});

/** Words before herders that make them the harmed ("killed 30 cattle herders", "an attack on herdsmen"). */
const HARMED_BEFORE = /(?:\b(?:killed|killing|kill|kills|attacked|attacking|ambushed|shot|abducted|kidnapped|kidnapping|massacred|slaughtered|murdered|targeted|targeting)(?:\s+(?!(?:by|from|with|and|as|when|after|who|while|on|in|at)\b)[\p{L}\d'’-]+){0,4}|(?:\b(?:on|against|dead|victims?)|\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|scores))(?:\s+(?:more\s+than|at\s+least|some|about|nearly|over|the|several|many|cattle|nomadic|local|Muslim|ethnic|\d+))*)\s*$/iu;

/** Capitalised words before "separatists" that are no people: sentence openers and modifiers. */
const NOT_PEOPLE = new Set(['The', 'A', 'An', 'Suspected', 'Armed', 'Some', 'Many', 'Local', 'Other', 'Militant', 'Rebel', 'Separatist', 'Both', 'Two', 'Three', 'Several', 'But', 'And', 'When', 'After', 'Pro', 'Anti', 'Opposition']);

/** Nouns herders may qualify ("pastoralists attack", "herders (assumed Fulani) settlement"), after an optional aside. */
const MODIFIED_NOUN = /^\s*(?:\([^)]{0,40}\)\s*)?(?:attacks?|settlements?|camps?|communit(?:y|ies)|villages?|leaders?|associations?|unions?|routes?|corridors?|hamlets?)\b/i;

const SEPARATISTS = /\b((?:\p{Lu}[\p{L}'’-]+\s+){1,2})[Ss]eparatists?\b/gu;

/** A demonym word as a whole word, compiled once per word. */
const wordPatterns = new Map<string, RegExp>();
function wordPattern(word: string): RegExp {
  let re = wordPatterns.get(word);
  if (!re) wordPatterns.set(word, (re = new RegExp(String.raw`\b${escape(word)}\b`)));
  return re;
}

/** Every demonym word, one set per lexicon (the same array for every story). */
const demonymWordSets = new WeakMap<readonly DemonymEntry[], ReadonlySet<string>>();
function demonymWords(demonyms: readonly DemonymEntry[]): ReadonlySet<string> {
  let words = demonymWordSets.get(demonyms);
  if (!words) demonymWordSets.set(demonyms, (words = new Set(demonyms.flatMap((d) => d.words))));
  return words;
}

const CIVILIANS: Actor = { id: 'civilians', name: 'Civilians ({country})', inter: 7, country: null, kind: 'civilians' };

function militia(name: string): Actor {
  return { id: name.replace(' ({country})', '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''), name, inter: 4, country: null, kind: 'militia' };
}

/** The mentions, with communal militias added where herders or a people's armed men are a side, and killed herders as civilians. */
export function withCommunalMilitias(text: string, sentences: readonly Sentence[], demonyms: readonly DemonymEntry[], raws: readonly RawMention[], dir?: string): RawMention[] {
  const c = loadCommunal(dir);
  const found: RawMention[] = [];
  const sentenceAt = (at: number): Sentence | undefined => sentences.find((s) => s.start <= at && at < s.end);
  const free = (start: number, end: number): boolean => !raws.some((r) => r.actor && r.via !== 'description' && r.start < end && start < r.end) && !found.some((f) => f.start < end && start < f.end);
  const add = (start: number, end: number, actor: Actor, confidence: number): void => {
    const s = sentenceAt(start);
    if (s && free(start, end)) found.push({ start, end, sentence: s.index, via: 'name', actor, kinds: [actor.kind as 'militia'], confidence });
  };
  let named: string | undefined;
  for (const m of c.ethnic ? text.matchAll(c.ethnic) : []) {
    const before = text.slice(Math.max(0, m.index! - 60), m.index!);
    const end = m.index! + m[0].length;
    if (HARMED_BEFORE.test(before)) add(m.index!, end, CIVILIANS, 0.6);
    else add(m.index!, end, militia(`${c.people.get(m[1])!.people} Ethnic Militia ({country})`), 0.75);
    named ??= c.people.get(m[1])!.people;
  }
  // bare herders: the people the story named them by, else their people where the story's country is one where ACLED names them so, else an unnamed communal militia
  // (worked out only when a bare herder needs it: most stories name none, and testing every demonym word was a
  // tenth of the actors stage)
  let byDefault: string | undefined | null = null;
  const defaultPeople = (): string | undefined => {
    if (byDefault !== null) return byDefault;
    const storyCountries = new Set(demonyms.filter((d) => d.iso2 && d.words.some((w) => text.includes(w) && wordPattern(w).test(text))).map((d) => d.iso2!));
    return (byDefault = named ?? [...new Set(c.people.values())].find((p) => p.defaultIn.some((iso) => storyCountries.has(iso)))?.people);
  };
  for (const m of text.matchAll(c.pastoral)) {
    const start = m.index!, end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 60), start);
    if (HARMED_BEFORE.test(before)) {
      add(start, end, CIVILIANS, 0.6);
      continue;
    }
    // "to denounce the pastoralists attack", "a herders settlement": a noun the herders only qualify is no side of this event
    if (MODIFIED_NOUN.test(text.slice(end, end + 60))) continue;
    // "clashes between herdsmen and farmers have led to bloodshed": herders paired with farmers speak of the conflict
    // in general, not of a side in one event
    if (/\bbetween\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(before) || /^\s+and\s+(?:[\w-]+\s+)?(?:farmers|farming communities)\b/i.test(text.slice(end, end + 40))) continue;
    const people = defaultPeople();
    add(start, end, militia(people ? `${people} Ethnic Militia ({country})` : 'Unidentified Communal Militia ({country})'), 0.6);
  }
  // "Baloch separatists", "Ambazonian separatists": ACLED names a separatist movement by the people it fights for
  // ("Baloch Separatists (Pakistan)"); a country's or a faith's word is no such people ("Russian", "Islamist")
  // (every match holds "eparatist": a story without it is not scanned under /u, which tries each character slowly)
  for (const m of text.includes('eparatist') ? text.matchAll(SEPARATISTS) : []) {
    const states = demonymWords(demonyms);
    const people = m[1].trim().split(/\s+/);
    // ("Suspected Ambazonian separatists": the opener is no part of the name)
    const opener = NOT_PEOPLE.has(people[0]) && people.length > 1 ? people.shift()!.length + 1 : 0;
    // (nor is a hyphened qualifier: "Russian-backed separatists" are named by their patron, not their people)
    if (people.some((w) => states.has(w) || NOT_PEOPLE.has(w) || /[-‐–]/.test(w))) continue;
    add(m.index! + opener, m.index! + m[0].length, { id: `${people.join('-').toLowerCase()}-separatists`, name: `${people.join(' ')} Separatists ({country})`, inter: 2, country: null, kind: 'rebel' }, 0.75);
  }
  if (!found.length) return [...raws];
  const kept = raws.filter((r) => !found.some((f) => r.start < f.end && f.start < r.end));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}
