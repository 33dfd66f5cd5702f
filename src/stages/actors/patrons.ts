import type { Sentence } from '../../model/document.ts';
import type { ActorKind, ActorLexicon, PatronEntry } from './lexicon.ts';
import { kindsOf, toActor } from './lexicon.ts';
import type { RawMention } from './match.ts';
import { escapeRegExp as escape } from '../../lexicons/escape.ts';

// Why: "forces loyal to former president Ali Abdullah Saleh", "Saleh's supporters", "loyalists of exiled President
// Hadi" named no actor at all (the lexicon's aliases hold "forces loyal to Hadi", never with the titles and first names
// wire copy puts before the surname), so the clash lost a side or took the civilians of its country. The followers of a
// leader listed in actor-patrons.jsonl are that leader's armed side, whatever titles stand between.

/** The nouns of a leader's followers. */
const FOLLOWER_WORDS = ['forces', 'fighters', 'troops', 'militias?', 'militiamen', 'gunmen', 'loyalists', 'supporters', 'followers', 'partisans', 'units', 'brigades', 'soldiers', 'tribesmen', 'men'];
/** (case-sensitive but for the first letter, so that the surname and the name after it keep their case) */
const FOLLOWERS = `(?:${FOLLOWER_WORDS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;
/** What ties the followers to the leader when the leader comes after them. */
const TIE = String.raw`(?:loyal to|allied (?:to|with)|aligned with|of|backing|supporting)`;
/** Lower-case words that may stand between the tie and the leader's name: titles and their qualifiers. */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  'the', 'former', 'ousted', 'exiled', 'late', 'deposed', 'slain', 'veteran', 'renegade', 'eastern', 'embattled', 'internationally', 'recognised', 'recognized',
  'vice', 'rebel', 'opposition', 'president', 'ex-president', 'vice-president', 'marshal', 'field', 'general', 'commander', 'strongman', 'leader', 'prime', 'minister', 'military', 'army', 'chief', 'self-styled',
]);
/** "fighters loyal to Hadi al-Amiri": a surname followed by another name is a first name of someone else. */
const NOT_FIRST_NAME = String.raw`(?!\s+(?:al-|el-|bin\s|ibn\s)|\s+[A-Z][a-z])`;
/** At most this many words of titles and first names between the tie and the surname. */
const MAX_BETWEEN = 6;

/** The leader's followers named in text, as actor mentions of the leader's side. */
export function findPatronMentions(text: string, sentences: readonly Sentence[], lex: ActorLexicon): RawMention[] {
  if (!lex.patrons.length) return [];
  const bySurname = new Map<string, PatronEntry>(lex.patrons.map((p) => [p.surname, p]));
  const names = lex.patrons.map((p) => escape(p.surname)).join('|');
  // "forces loyal to former president Ali Abdullah Saleh": followers, tie, then up to six titles or capitalised names
  const after = new RegExp(String.raw`\b${FOLLOWERS}\s+${TIE}\s+((?:[\w'’.-]+\s+){0,${MAX_BETWEEN}}?)(?:al-|el-)?(${names})\b${NOT_FIRST_NAME}`, 'g');
  // "Saleh's supporters", "Saleh s forces", "pro-Saleh fighters", "Saleh loyalists"
  const before = new RegExp(String.raw`(?:\bpro-)?\b(${names})(?:['’]s|\ss)?\s+(?:own\s+)?${FOLLOWERS}\b`, 'g');
  const out: RawMention[] = [];
  const push = (start: number, end: number, surname: string, nameAt: number): void => {
    const p = bySurname.get(surname);
    if (!p) return;
    // "Aguila Saleh", "Tareq Saleh": another person of that surname
    const prev = /([\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, nameAt - 30), nameAt))?.[1];
    if (prev && p.notAfter?.includes(prev)) return;
    const s = sentences.find((x) => x.start <= start && start < x.end);
    if (!s || end > s.end) return;
    const entry = lex.byId.get(p.actor)!;
    out.push({ start, end, sentence: s.index, via: 'name', actor: toActor(entry), kinds: kindsOf(entry) as readonly ActorKind[], confidence: 0.9 });
  };
  for (const m of text.matchAll(after)) {
    // the surname must be the tie's object: only titles and capitalised names between ("of the president's rivals, Saleh" is not)
    const between = m[1].trim().split(/\s+/).filter(Boolean);
    if (!between.every((w) => TITLE_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))) continue;
    // ("Bashar al-Assad": the article before the surname belongs to it)
    const nameAt = m.index + m[0].length - m[2].length;
    push(m.index, m.index + m[0].length, m[2], /(?:al|el)-$/.test(text.slice(nameAt - 3, nameAt)) ? nameAt - 3 : nameAt);
  }
  for (const m of text.matchAll(before)) {
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    const nameAt = m.index + m[0].indexOf(m[1]);
    push(m.index, m.index + m[0].length, m[1], nameAt);
  }
  return out;
}

/** The patron mentions, with every other mention they overlap dropped ("Syrian" in "forces loyal to Syrian President Assad"). */
export function withPatrons(raws: readonly RawMention[], patrons: readonly RawMention[]): RawMention[] {
  if (!patrons.length) return [...raws];
  const kept = raws.filter((r) => !patrons.some((p) => r.start < p.end && p.start < r.end));
  return [...kept, ...patrons].sort((a, b) => a.start - b.start);
}
