import type { Token } from '../../model/document.ts';

/**
 * A matching unit: a token, or one side of a hyphen inside a token ("pro-Hadi" → pro, Hadi).
 * Hyphens are dropped so "al-Sham" and "al Sham" match the same alias, but remembered
 * (hyphenBefore) because "-backed", "-held" and "-led" change what a name means.
 */
export interface Word {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly hyphenBefore: boolean;
  /** Every letter upper-case (acronyms: "IS", "U.S."). */
  readonly caps: boolean;
  /** First letter upper-case. */
  readonly capital: boolean;
}

const DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['\u2018\u2019\u02bc`\u00b4]/g;
const DOTS = /\./g;
const HYPHENS = /[-\u2010\u2011\u2012\u2013]/;
const UPPER = /^[A-Z]+$/;
const LETTER = /\p{L}/u;
const PLAIN = /^[A-Za-z]+$/;
/** A possessive ending: "People's", "Lebanon’s". */
const POSSESSIVE = /(?<=\p{L})['\u2019\u02bc]s$/iu;

/** Matching key of one word: lower case, no diacritics, no apostrophes, no dots. */
export function wordKey(surface: string): string {
  // most words are plain ASCII letters: skip the Unicode work for them
  let k = PLAIN.test(surface) ? surface.toLowerCase() : surface.normalize('NFD').replace(DIACRITICS, '').replace(APOSTROPHES, '').toLowerCase();
  if (k.length > 1 && k.includes('.')) k = k.replace(DOTS, '') || k;
  return k;
}

function lettersOf(surface: string): string {
  return PLAIN.test(surface) ? surface : surface.normalize('NFD').replace(DIACRITICS, '').replace(/[^A-Za-z]/g, '');
}

/** Splits a phrase (alias, description) into word keys, the same way the text is split. */
export function phraseKeys(phrase: string): { keys: string[]; caps: boolean[] } {
  const keys: string[] = [];
  const caps: boolean[] = [];
  // The segmenter makes a possessive its own token ("People's" → People, 's), as it makes no other apostrophe
  // ("Shi'ite", "Workers'"): an alias is split the same way, or "People's Protection Units" never matches its text.
  for (const raw of phrase.split(/[\s\u2010-\u2013-]+/).flatMap((w) => POSSESSIVE.test(w) ? [w.replace(POSSESSIVE, ''), 's'] : [w])) {
    if (!raw) continue;
    const key = wordKey(raw);
    if (!key) continue;
    const letters = lettersOf(raw);
    keys.push(key);
    caps.push(letters.length >= 2 && UPPER.test(letters));
  }
  return { keys, caps };
}

function pushWord(out: Word[], text: string, start: number, end: number, sentence: number, hyphenBefore: boolean): void {
  const surface = text.slice(start, end);
  const key = wordKey(surface);
  if (!key) return;
  const letters = lettersOf(surface);
  out.push({
    key,
    start,
    end,
    sentence,
    hyphenBefore,
    caps: letters.length >= 1 && UPPER.test(letters) && (letters.length >= 2 || surface.length > 1),
    capital: LETTER.test(surface[0]) && surface[0] !== surface[0].toLowerCase(),
  });
}

/** The words of one document, read once: the matcher and the typed-names pass both walk them. */
const WORDS = new WeakMap<readonly Token[], { readonly text: string; readonly words: readonly Word[] }>();

export function wordsOf(text: string, tokens: readonly Token[]): readonly Word[] {
  const cached = WORDS.get(tokens);
  if (cached && cached.text === text) return cached.words;
  const words = buildWords(text, tokens);
  WORDS.set(tokens, { text, words });
  return words;
}

function buildWords(text: string, tokens: readonly Token[]): Word[] {
  const out: Word[] = [];
  let hyphen = false;
  for (const t of tokens) {
    const surface = text.slice(t.start, t.end);
    if (surface.length === 1 && HYPHENS.test(surface)) {
      hyphen = true;
      continue;
    }
    if (!HYPHENS.test(surface) || surface.length === 1) {
      pushWord(out, text, t.start, t.end, t.sentence, hyphen);
      hyphen = false;
      continue;
    }
    let from = t.start;
    let first = true;
    for (let i = t.start; i <= t.end; i++) {
      if (i === t.end || HYPHENS.test(text[i])) {
        if (i > from) {
          pushWord(out, text, from, i, t.sentence, first ? hyphen : true);
          first = false;
        }
        from = i + 1;
      }
    }
    hyphen = HYPHENS.test(text[t.end - 1]);
  }
  return out;
}

/** A prefix tree over word keys; an edge key starting with "^" only matches an all-caps word. */
export interface TrieNode<P> {
  readonly next: Map<string, TrieNode<P>>;
  payload: P | null;
}

export function newTrie<P>(): TrieNode<P> {
  return { next: new Map(), payload: null };
}

/** Inserts a phrase; merge combines a payload already stored for the same phrase. */
export function trieInsert<P>(root: TrieNode<P>, phrase: string, payload: P, merge: (old: P, add: P) => P): void {
  const { keys, caps } = phraseKeys(phrase);
  if (!keys.length) return;
  let node = root;
  for (let i = 0; i < keys.length; i++) {
    const edge = caps[i] ? `^${keys[i]}` : keys[i];
    let child = node.next.get(edge);
    if (!child) {
      child = newTrie<P>();
      node.next.set(edge, child);
    }
    node = child;
  }
  node.payload = node.payload === null ? payload : merge(node.payload, payload);
}

/** Longest phrase starting at words[i] within one sentence: [end (exclusive), payload] or null. */
export function trieLongest<P>(root: TrieNode<P>, words: readonly Word[], i: number): { end: number; payload: P } | null {
  // most words open no phrase: answered before any frontier is built
  const first = words[i];
  if (!root.next.has(first.key) && !(first.caps && root.next.has(`^${first.key}`))) return null;
  let best: { end: number; payload: P } | null = null;
  // Several paths can be live at once: a caps word may follow both its "^key" and plain "key" edge.
  let frontier: TrieNode<P>[] = [root];
  const sentence = words[i].sentence;
  for (let j = i; j < words.length && frontier.length && words[j].sentence === sentence; j++) {
    const w = words[j];
    const nextFrontier: TrieNode<P>[] = [];
    for (const node of frontier) {
      const plain = node.next.get(w.key);
      if (plain) nextFrontier.push(plain);
      if (w.caps) {
        const strict = node.next.get(`^${w.key}`);
        if (strict) nextFrontier.push(strict);
      }
    }
    for (const n of nextFrontier) if (n.payload !== null) best = { end: j + 1, payload: n.payload };
    frontier = nextFrontier;
  }
  return best;
}
