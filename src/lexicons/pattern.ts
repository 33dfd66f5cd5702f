/**
 * Lexicon patterns are long alternations of words behind a word-boundary guard (`(?<![\w-])(?:killed|shot dead|…)`).
 * V8 tries such a pattern at every character of the text it is given: a fifth of the pipeline's time went into trying
 * them where none of their words occurs. `lexiconRegExp` compiles a pattern together with a necessary condition for a
 * match, read off the pattern itself: the first three characters any match can start with, at a word start. A text in
 * which no word starts that way is answered "no match" without running the pattern. The condition is necessary, never
 * sufficient, so every answer is the pattern's own; a pattern whose starts cannot be bounded (one that may start
 * anywhere, or with any character) is returned as a plain RegExp.
 *
 * A second condition, the need, covers patterns whose start says little ("the", "a", any word, an optional "in" before
 * a month): a word start inside every match, read off the pattern as mechanically (a mandatory term after a space, a
 * hyphen or a guard, in every alternative), choosing the one that lets the fewest texts through. A text's word starts,
 * read once and shared by every pattern run on it, are checked against it before the pattern runs; it too is necessary,
 * never sufficient, and is kept only where it lets through a quarter of what the start table does or less.
 */

/** Characters are read through 31 classes (codes), case-folded: letters 1–26, then digit, underscore, space, hyphen, other. */
const DIGIT = 27;
const UNDERSCORE = 28;
const SPACE = 29;
const HYPHEN = 30;
const OTHER = 31;
/** Past the end of the text. No pattern character has this code. */
const END = 0;
/** Codes a match may start with: letters, digits and the underscore (\w). */
const WORD_CODES = ((1 << 29) - 1) & ~1;
/** How many characters of a match's start are read, and how many codes one position may branch into before it stops. */
const DEPTH = 3;
const MAX_BRANCH = 8;
/** Patterns whose starts take longer than this to enumerate are left unfiltered. */
const MAX_STEPS = 200_000;

/** Every JavaScript \s character (ECMA-262 WhiteSpace and LineTerminator). */
const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Code of each UTF-16 unit. Long s and the Kelvin sign fold to s and k under /iu, so they read as those letters. */
const CODE = new Uint8Array(65536).fill(OTHER);
for (let c = 0; c < 26; c++) {
  CODE[0x61 + c] = c + 1;
  CODE[0x41 + c] = c + 1;
}
for (let c = 0x30; c <= 0x39; c++) CODE[c] = DIGIT;
CODE[0x5f] = UNDERSCORE;
CODE[0x2d] = HYPHEN;
for (const ch of SPACES) CODE[ch.charCodeAt(0)] = SPACE;
CODE[0x17f] = 19; // ſ
CODE[0x212a] = 11; // K (Kelvin sign)

/** The characters of each code but OTHER, by which a character class's codes are found. */
const PROBES: readonly string[][] = (() => {
  const probes: string[][] = Array.from({ length: 32 }, () => []);
  for (let c = 0; c < 65536; c++) if (CODE[c] !== OTHER) probes[CODE[c]].push(String.fromCharCode(c));
  return probes;
})();

function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

// ---------------------------------------------------------------------------------------------------------------
// A parser for the JavaScript pattern syntax, keeping only what bounds a match's start.

type Atom =
  | { readonly kind: 'chars'; readonly codes: number; readonly source: string }
  | { readonly kind: 'group'; readonly alternatives: readonly Term[][] }
  /** Zero-width: ^ $ \B, lookahead, positive lookbehind; a guard is \b or a negative lookbehind of one character class. */
  | { readonly kind: 'assert'; readonly guard: 'boundary' | 'not-after-letter' | null }
  /** A backreference: what it matches is not known here. */
  | { readonly kind: 'unknown' };

interface Term {
  readonly atom: Atom;
  readonly min: number;
  readonly max: number;
}

class Unsupported extends Error {}

class Parser {
  private i = 0;
  private readonly unicode: boolean;
  private readonly testFlags: string;

  constructor(
    private readonly src: string,
    flags: string,
  ) {
    if (flags.includes('v')) throw new Unsupported('v flag');
    this.unicode = flags.includes('u');
    this.testFlags = flags.replace(/[gyd]/g, '');
  }

  parse(): Term[][] {
    const alternatives = this.disjunction();
    if (this.i < this.src.length) throw new Unsupported(`unexpected ${this.src[this.i]}`);
    return alternatives;
  }

  private disjunction(): Term[][] {
    const alternatives: Term[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Term[] {
    const terms: Term[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      terms.push({ atom, min, max });
    }
    return terms;
  }

  private quantifier(): [number, number] {
    const c = this.src[this.i];
    let q: [number, number] | null = null;
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    if (q) this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) {
        if (this.unicode) throw new Unsupported('bad quantifier');
        return [1, 1]; // a literal brace (annex B), read by atom() next
      }
      this.i += m[0].length;
      const min = Number(m[1]);
      q = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
    }
    if (!q) return [1, 1];
    if (this.src[this.i] === '?') this.i++; // lazy: the same strings
    return q;
  }

  private atom(): Atom {
    const start = this.i;
    const c = this.src[this.i++];
    switch (c) {
      case '^':
      case '$':
        return { kind: 'assert', guard: null };
      case '.':
        return this.chars(start);
      case '[':
        this.classBody();
        return this.chars(start);
      case '(':
        return this.group();
      case '\\':
        return this.escape(start);
      case '*':
      case '+':
      case '?':
      case ')':
        throw new Unsupported(`unexpected ${c}`);
      default:
        if (this.unicode && c >= '\ud800' && c <= '\udbff' && this.src[this.i] >= '\udc00' && this.src[this.i] <= '\udfff') this.i++;
        return this.chars(start);
    }
  }

  private group(): Atom {
    const rest = this.src.slice(this.i);
    let look: 'ahead' | 'behind' | null = null;
    let negative = false;
    if (rest.startsWith('?:')) this.i += 2;
    else if (rest.startsWith('?=') || rest.startsWith('?!')) {
      look = 'ahead';
      negative = rest[1] === '!';
      this.i += 2;
    } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
      look = 'behind';
      negative = rest[2] === '!';
      this.i += 3;
    } else if (rest.startsWith('?<')) {
      const end = rest.indexOf('>');
      if (end < 0) throw new Unsupported('bad group name');
      this.i += end + 1;
    } else if (rest.startsWith('?')) throw new Unsupported('group modifier');
    const alternatives = this.disjunction();
    if (this.src[this.i++] !== ')') throw new Unsupported('unclosed group');
    if (!look) return { kind: 'group', alternatives };
    // (?<![\w-]): the character before the match is no letter
    const only = alternatives.length === 1 && alternatives[0].length === 1 ? alternatives[0][0] : null;
    const guard = look === 'behind' && negative && only?.atom.kind === 'chars' && only.min === 1 && only.max === 1 && this.matchesEveryLetter(only.atom.source) ? 'not-after-letter' : null;
    return { kind: 'assert', guard };
  }

  private escape(start: number): Atom {
    const c = this.src[this.i++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    if (c === 'b') return { kind: 'assert', guard: 'boundary' };
    if (c === 'B') return { kind: 'assert', guard: null };
    if (c === 'k' && (this.unicode || this.src[this.i] === '<')) {
      const end = this.src.indexOf('>', this.i);
      if (end < 0) throw new Unsupported('bad backreference');
      this.i = end + 1;
      return { kind: 'unknown' };
    }
    if (c >= '1' && c <= '9') {
      while (this.src[this.i] >= '0' && this.src[this.i] <= '9') this.i++;
      return { kind: 'unknown' };
    }
    this.escapeTail(c);
    return this.chars(start);
  }

  /** Skips the rest of an escape whose first character (after the backslash) was read. */
  private escapeTail(c: string): void {
    if (c === 'p' || c === 'P') {
      if (this.unicode) {
        const end = this.src.indexOf('}', this.i);
        if (this.src[this.i] !== '{' || end < 0) throw new Unsupported('bad property escape');
        this.i = end + 1;
      }
    } else if (c === 'x') {
      if (/^[0-9a-fA-F]{2}/.test(this.src.slice(this.i, this.i + 2))) this.i += 2;
    } else if (c === 'u') {
      const rest = this.src.slice(this.i);
      const m = /^[0-9a-fA-F]{4}/.exec(rest) ?? (this.unicode ? /^\{[0-9a-fA-F]+\}/.exec(rest) : null);
      if (m) this.i += m[0].length;
    } else if (c === 'c') {
      if (/^[A-Za-z]/.test(this.src[this.i] ?? '')) this.i++;
    } else if (c === '0') {
      if (!this.unicode) while (this.src[this.i] >= '0' && this.src[this.i] <= '7') this.i++;
    } else if (this.unicode && c >= '\ud800' && c <= '\udbff') this.i++;
  }

  private classBody(): void {
    if (this.src[this.i] === '^') this.i++;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const c = this.src[this.i++];
      if (c === '\\') {
        const e = this.src[this.i++];
        if (e === undefined) throw new Unsupported('trailing backslash');
        this.escapeTail(e);
      }
    }
    if (this.src[this.i++] !== ']') throw new Unsupported('unclosed class');
  }

  /** One character's worth of pattern, src[start, i): the codes of the characters it matches, found by trying them. */
  private chars(start: number): Atom {
    const source = this.src.slice(start, this.i);
    return { kind: 'chars', codes: codesOf(source, this.testFlags, this.unicode), source };
  }

  private matchesEveryLetter(source: string): boolean {
    const re = new RegExp(`^(?:${source})$`, this.testFlags);
    for (let c = 0; c < 26; c++) if (!re.test(String.fromCharCode(0x61 + c)) || !re.test(String.fromCharCode(0x41 + c))) return false;
    return true;
  }
}

const codesCache = new Map<string, number>();

/**
 * The codes of the characters one pattern character (literal, escape, class or dot) matches. Each code but OTHER is
 * tried character by character; OTHER is counted in unless the pattern character can be seen to hold only characters
 * of the other codes (a literal, \d, \w, \s, or a class of such items).
 */
function codesOf(source: string, flags: string, unicode: boolean): number {
  const key = `${flags}/${source}`;
  let codes = codesCache.get(key);
  if (codes !== undefined) return codes;
  codes = simpleCodes(source);
  if (codes !== undefined) return codes;
  const re = new RegExp(`^(?:${source})$`, flags);
  codes = 0;
  for (let code = 1; code < OTHER; code++) if (PROBES[code].some((ch) => re.test(ch))) codes |= 1 << code;
  // long s and the Kelvin sign read as s and k, but are word characters (for \b) only under /iu
  const foldsToWord = unicode && flags.includes('i');
  if (mayMatchOther(source, unicode) || (!foldsToWord && (re.test('\u017f') || re.test('\u212a')))) codes |= 1 << OTHER;
  codesCache.set(key, codes);
  return codes;
}

/** Codes of a literal character or of \\s, \\d, \\w and escaped punctuation, which need no trying. */
function simpleCodes(source: string): number | undefined {
  if (source.length === 1 && source !== '.') {
    const code = CODE[source.charCodeAt(0)];
    // long s and the Kelvin sign: tried, as they fold to letters only under /iu
    return source === '\u017f' || source === '\u212a' ? undefined : 1 << code;
  }
  if (source.length !== 2 || source[0] !== '\\') return undefined;
  const e = source[1];
  if (e === 's') return 1 << SPACE;
  if (e === 'd') return 1 << DIGIT;
  if (e === 'w') return WORD_CODES;
  // an escaped ASCII punctuation mark is that mark
  return /[!-\/:-@[-`{-~]/.test(e) ? 1 << CODE[e.charCodeAt(0)] : undefined;
}

function mayMatchOther(source: string, unicode: boolean): boolean {
  if (source === '.' || source.startsWith('[^')) return true;
  const body = source.startsWith('[') ? source.slice(1, -1) : source;
  // the items of a class (or the one character): literal characters, ranges between them, and escapes
  let prev: number | null = null;
  for (let i = 0; i < body.length; i++) {
    let cp: number | null = null;
    const c = body[i];
    if (c === '\\') {
      const e = body[++i];
      if ('dws'.includes(e)) {
        prev = null;
        continue;
      }
      if ('DWSpP'.includes(e) || e === 'c' || e === 'u' || e === 'x' || (e >= '0' && e <= '9')) return true;
      cp = e === 'b' ? 8 : e === 't' ? 9 : e === 'n' ? 10 : e === 'v' ? 11 : e === 'f' ? 12 : e === 'r' ? 13 : e.charCodeAt(0);
    } else if (c === '-' && prev !== null && i + 1 < body.length && source.startsWith('[')) {
      // a range prev-next: every character in it
      const n = body[i + 1] === '\\' ? null : body.charCodeAt(i + 1);
      if (n === null) return true;
      for (let x = prev; x <= n; x++) if (CODE[x] === OTHER) return true;
      i++;
      prev = null;
      continue;
    } else {
      cp = body.charCodeAt(i);
      if (unicode && cp >= 0xd800 && cp <= 0xdbff) return true;
    }
    if (CODE[cp] === OTHER) return true;
    prev = cp;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// The starts of a pattern: every way its first DEPTH characters can read, as codes.

interface Frame {
  readonly terms: readonly Term[];
  readonly at: number;
  readonly next: Frame | null;
}

/**
 * A table of 2^15 bits, one for each reading of three codes, set when a match of the pattern may start with it; null
 * when a match may start other than at a word start after no letter (no guard, a first character that is no word
 * character, or a match that may be empty).
 */
export function startTable(source: string, flags = ''): Uint32Array | null {
  const alternatives = parse(source, flags);
  return alternatives && tableFrom(alternatives.map((alt) => ({ terms: alt, at: 0, next: null })), false);
}

function parse(source: string, flags: string): Term[][] | null {
  try {
    return new Parser(source, flags).parse();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/**
 * The table of the readings a match may start with, from each of the frames (what is left to match); `guarded` when the
 * character before is known to be no letter. Null when some start cannot be bounded.
 */
function tableFrom(frames: readonly Frame[], guarded: boolean): Uint32Array | null {
  const table = new Uint32Array(1 << 10);
  let steps = 0;
  let bounded = true;
  const emit = (codes: readonly number[]): void => {
    // a shorter reading stands for every reading it begins (END included: the text may end there)
    const span = 1 << (5 * (DEPTH - codes.length));
    let key = 0;
    for (const c of codes) key = (key << 5) | c;
    key *= span;
    for (let k = key; k < key + span; k++) table[k >>> 5] |= 1 << (k & 31);
  };
  const walk = (frame: Frame | null, codes: number[], guarded: boolean): void => {
    if (!bounded) return;
    if (++steps > MAX_STEPS) {
      bounded = false;
      return;
    }
    if (codes.length === DEPTH) return emit(codes);
    while (frame && frame.at === frame.terms.length) frame = frame.next;
    if (!frame) {
      // the pattern may end here: the match is these characters and whatever follows
      if (codes.length === 0) bounded = false;
      else emit(codes);
      return;
    }
    const term = frame.terms[frame.at];
    const after: Frame = { terms: frame.terms, at: frame.at + 1, next: frame.next };
    const { atom } = term;
    if (term.max === 0) return walk(after, codes, guarded);
    if (atom.kind === 'assert') return walk(after, codes, guarded || (codes.length === 0 && atom.guard !== null));
    if (term.min === 0) walk(after, codes, guarded);
    // one more time, then what is left of the quantifier: counts past DEPTH + 1 read the same starts
    const min = Math.min(Math.max(term.min - 1, 0), DEPTH + 1);
    const max = Math.min(term.max - 1, DEPTH + 1);
    const again: Frame = max > 0 ? { terms: [{ atom, min, max }], at: 0, next: after } : after;
    if (atom.kind === 'unknown') {
      if (codes.length === 0) bounded = false;
      else emit(codes);
      return;
    }
    if (atom.kind === 'group') {
      for (const alt of atom.alternatives) walk({ terms: alt, at: 0, next: again }, codes, guarded);
      return;
    }
    if (codes.length === 0 && (!guarded || (atom.codes & ~WORD_CODES) !== 0)) {
      bounded = false;
      return;
    }
    if (popcount(atom.codes) > MAX_BRANCH) {
      if (codes.length === 0) bounded = false;
      else emit(codes);
      return;
    }
    for (let code = 1; code <= OTHER; code++) if (atom.codes & (1 << code)) walk(again, [...codes, code], guarded);
  };
  for (const frame of frames) walk(frame, [], guarded);
  return bounded ? table : null;
}

function popcount(x: number): number {
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------------------------
// The words a match must hold: a table like the start table, of a word start inside the match.

/** Codes of the ASCII letters (and of long s and the Kelvin sign, which read as letters). */
const LETTER_CODES = ((1 << 27) - 1) & ~1;

/**
 * Very common words: a need that one of them answers holds in nearly every sentence, so such a key weighs as much as
 * many rarer ones when needs are compared. Read with the character after them (a space), as a text's starts are.
 */
const COMMON = 'the a an of to in and on for at by with from as is was were are be been has have had it its his her their this that said says who which will would not or but after over'.split(' ');
const COMMON_WEIGHT = 1000;
const commonKeys: number[] = COMMON.map((w) => {
  const codes = `${w}  `.slice(0, DEPTH);
  let key = 0;
  for (let i = 0; i < DEPTH; i++) key = (key << 5) | CODE[codes.charCodeAt(i)];
  return key;
});

/** How much a table lets through: its readings, each common word's counted as many. */
function costOf(table: Uint32Array): number {
  let cost = 0;
  for (const word of table) cost += popcount(word);
  for (const key of commonKeys) if (table[key >>> 5] & (1 << (key & 31))) cost += COMMON_WEIGHT - 1;
  return cost;
}

/** A table of word starts one of which a match holds, and what it lets through (worked out when compared). */
interface Need {
  readonly table: Uint32Array;
  cost?: number;
}

function needOf(table: Uint32Array | null): Need | null {
  return table && { table };
}

function cheaper(a: Need | null, b: Need | null): Need | null {
  if (!a || !b) return a ?? b;
  a.cost ??= costOf(a.table);
  b.cost ??= costOf(b.table);
  return b.cost < a.cost ? b : a;
}

/** Every alternative's need, merged: a match holds one of them. Null when some alternative has none. */
function needOfAlternatives(alternatives: readonly Term[][], before: boolean, next: Frame | null): Need | null {
  let table: Uint32Array | null = null;
  for (const alt of alternatives) {
    const need = needOfSequence(alt, before, next);
    if (!need) return null;
    if (!table) table = need.table.slice();
    else for (let k = 0; k < table.length; k++) table[k] |= need.table[k];
  }
  return needOf(table);
}

/**
 * The cheapest need of a sequence of terms: at each mandatory term that starts after no letter (after a space, a
 * hyphen, a guard), the readings what is left may start with, which must then be a word start of the text; or inside a
 * mandatory group, every alternative's need merged. `before`: whether the character before the sequence is no letter;
 * `next`: what follows the sequence, when known.
 */
function needOfSequence(terms: readonly Term[], before: boolean, next: Frame | null): Need | null {
  let best: Need | null = null;
  let noLetter = before;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    if (term.min >= 1 && term.atom.kind !== 'assert') {
      if (noLetter) best = cheaper(best, needOf(tableFrom([{ terms, at: i, next }], true)));
      if (term.atom.kind === 'group') {
        // a repeated group is followed by more of itself: what comes after it is left unknown
        const after: Frame | null = term.max === 1 ? { terms, at: i + 1, next } : null;
        best = cheaper(best, needOfAlternatives(term.atom.alternatives, noLetter, after));
      }
    }
    noLetter = noLetterAfter(term, noLetter);
  }
  return best;
}

/**
 * Whether the character before what follows a term is no ASCII letter, given whether the one before the term was none.
 * A guard says so of the next character when that is a word character, which a need's first character always is.
 */
function noLetterAfter(term: Term, before: boolean): boolean {
  const { atom } = term;
  if (term.max === 0) return before;
  let after: boolean;
  if (atom.kind === 'assert') return before || atom.guard !== null;
  if (atom.kind === 'unknown') after = false;
  else if (atom.kind === 'chars') after = (atom.codes & LETTER_CODES) === 0;
  else {
    // after one pass through the group: from the state before it, or, repeated, from any state (false is the least)
    const from = term.max > 1 ? false : before;
    after = atom.alternatives.every((alt) => alt.reduce((b, t) => noLetterAfter(t, b), from));
  }
  return term.min === 0 ? before && after : after;
}

/**
 * A table of the word starts one of which every match of the pattern holds (read as the start table is: three codes,
 * after no letter), taken where it lets through the fewest; null when no word start is bound to be in every match (a
 * pattern that may match without any literal word).
 */
export function needTable(source: string, flags = ''): Uint32Array | null {
  const alternatives = parse(source, flags);
  return (alternatives && needOfAlternatives(alternatives, false, null)?.table) ?? null;
}

/** What the most selective need lets through: a few readings. */
const MIN_NEED = 10;

/** Each plain pattern's need once derived, or how many times it was asked about before. */
const needs = new WeakMap<RegExp, Uint32Array | null | number>();

/**
 * Whether a plain pattern (a sticky one, run at offsets of one text) may match somewhere in a text, by its need: false
 * only when no word start of the text is one every match holds. The need is derived after WARM_UP calls (true until
 * then), so that a run over one short story does not pay for it.
 */
export function mayHoldNeed(re: RegExp, text: string): boolean {
  const known = needs.get(re);
  if (known === undefined || typeof known === 'number') {
    const uses = known ?? 0;
    needs.set(re, uses < WARM_UP ? uses + 1 : needTable(re.source, re.flags));
    return true;
  }
  return known === null || mayOccur(known, text);
}

/** Whether a need is worth checking beside a start table: it lets through a quarter of what the start table does, or less. */
function worthChecking(need: Uint32Array | null, starts: Uint32Array | null): boolean {
  return need !== null && (starts === null || 4 * costOf(need) < costOf(starts));
}

// ---------------------------------------------------------------------------------------------------------------
// The starts of a text, read once per text and shared by every pattern run on it.

/**
 * The word starts of a text that no letter precedes, in order: offset and the codes of its first three characters,
 * two numbers each. Reading them costs about what one pattern's run over the text does, so they pay only where several
 * patterns run on one text (a sentence, in turn): a text is read the second time a pattern meets it, and the last few
 * texts' starts are kept.
 */
const RECENT = 4;
const recentTexts: string[] = ['', '', '', ''];
/**
 * Each slot's starts, offsets and readings in arrays of their own (the readings, which every pattern scans, lie
 * together), written in place: a slot's arrays are kept and grown, never copied out. A fresh typed array per text (a
 * slice of a scratch buffer) cost about 1% of the pipeline in allocation and the garbage collector's work on it.
 */
const slotOffsets: Int32Array[] = [new Int32Array(256), new Int32Array(256), new Int32Array(256), new Int32Array(256)];
const slotKeys: Int32Array[] = [new Int32Array(256), new Int32Array(256), new Int32Array(256), new Int32Array(256)];
const slotCounts = new Int32Array(RECENT);
let nextSlot = 0;
const metOnce: string[] = ['', '', '', ''];
let nextMet = 0;

/** The slot holding the text's starts, read now if the text was met once before; -1 on its first meeting. */
function startsOf(text: string): number {
  for (let k = 0; k < RECENT; k++) if (recentTexts[k] === text) return k;
  if (!metOnce.includes(text)) {
    metOnce[nextMet] = text;
    nextMet = (nextMet + 1) % metOnce.length;
    return -1;
  }
  const slot = nextSlot;
  const n = text.length;
  // a text has at most one start per character
  if (slotKeys[slot].length < n) {
    slotOffsets[slot] = new Int32Array(2 * n);
    slotKeys[slot] = new Int32Array(2 * n);
  }
  const offsets = slotOffsets[slot];
  const keys = slotKeys[slot];
  let used = 0;
  let prevLetter = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const code = CODE[c];
    if (!prevLetter && code < SPACE && code !== END) {
      const c2 = i + 1 < n ? CODE[text.charCodeAt(i + 1)] : END;
      const c3 = i + 2 < n ? CODE[text.charCodeAt(i + 2)] : END;
      offsets[used] = i;
      keys[used++] = (code << 10) | (c2 << 5) | c3;
    }
    prevLetter = isAsciiLetter(c);
  }
  recentTexts[slot] = text;
  slotCounts[slot] = used;
  nextSlot = (slot + 1) % RECENT;
  return slot;
}

/**
 * Whether a match of the pattern whose start table this is may start at an offset of a text: the reading of its three
 * characters there, as a text's starts are read (past the end reads as END), is in the table. Necessary, never
 * sufficient; the caller checks that the offset is a word start.
 */
export function mayStartAt(table: Uint32Array, text: string, i: number): boolean {
  return inTable(table, startKeyAt(text, i));
}

/** The reading of a text's three characters at an offset, as start tables are indexed (past the end reads as END). */
export function startKeyAt(text: string, i: number): number {
  const n = text.length;
  return (CODE[text.charCodeAt(i)] << 10) | ((i + 1 < n ? CODE[text.charCodeAt(i + 1)] : END) << 5) | (i + 2 < n ? CODE[text.charCodeAt(i + 2)] : END);
}

/** Whether a start table holds a reading. */
export function inTable(table: Uint32Array, key: number): boolean {
  return (table[key >>> 5] & (1 << (key & 31))) !== 0;
}

/** The readings of a text's word starts, read now if they were not (and kept for the patterns run on it next). */
export function startKeysOf(text: string): { readonly keys: Int32Array; readonly count: number } {
  let slot = startsOf(text);
  if (slot < 0) slot = startsOf(text);
  return { keys: slotKeys[slot], count: slotCounts[slot] };
}

/** Whether a match of the pattern whose start table this is may occur in the text. */
export function mayOccur(table: Uint32Array, text: string): boolean {
  let slot = startsOf(text);
  if (slot < 0) slot = startsOf(text);
  const keys = slotKeys[slot];
  const n = slotCounts[slot];
  for (let k = 0; k < n; k++) {
    const key = keys[k];
    if (table[key >>> 5] & (1 << (key & 31))) return true;
  }
  return false;
}

/**
 * Tried one start at a time, a pattern costs a call each; past this many in one search, it scans the rest of the text
 * in one run instead (a pattern that may start with "the", in a whole article).
 */
const MAX_TRIES = 12;
/** A pattern is run plain for its first uses: a run that codes one article does not pay for reading its starts. */
const WARM_UP = 200;
/** After this many word starts looked at, a pattern that may start at more than DENSE of them is run plain. */
const DENSE_SAMPLE = 20_000;
const DENSE = 0.2;

/**
 * A subject at least this long makes V8 compile a pattern straight to machine code on its first run (its heuristic
 * kTierUpForSubjectLengthValue), skipping the bytecode interpreter a pattern otherwise starts in and leaves after one
 * run. For a lexicon's long alternations the bytecode (and its peephole pass) costs several times the machine code:
 * the realis lexicon's descriptive and metaphor cues took 170 and 110 ms to their first match, 42 and 52 ms this way.
 */
const BLANK = '\0'.repeat(1000);

/**
 * The pattern, run once on a subject of BLANK's length that is stored as the text is, so that its first run on the
 * text is in machine code. V8 compiles a pattern apart for texts stored one byte a character (Latin-1) and two (a
 * story with a dash or curly quotes, and every slice of it): the text put before the blank makes the subject's storage
 * the text's. lastIndex is left as it was.
 */
function toMachineCode(re: RegExp, text: string): RegExp {
  const lastIndex = re.lastIndex;
  const subject = text + BLANK;
  // a global or sticky pattern runs from lastIndex: at the end of the subject it is tried once
  re.lastIndex = subject.length;
  re.exec(subject);
  re.lastIndex = lastIndex;
  return re;
}

/** What every copy of one lexicon pattern shares: its start table and plain RegExps of it to run. */
class Plan {
  /** Undefined while warming up; null when the pattern's starts cannot be bounded or are too common: it runs plain. */
  table: Uint32Array | null | undefined;
  /** The pattern as given, made sticky (tried at one offset) and made global (scanning from one offset). */
  readonly plain: RegExp;
  private one: RegExp | undefined;
  private scan: RegExp | undefined;
  private uses = 0;
  private looked = 0;
  private passed = 0;
  /** The word starts one of which every match holds, when checking them first is worth it (see needTable). */
  need: Uint32Array | null = null;
  /** Where the last match found by find or endOfFirst ends. */
  end = 0;

  constructor(
    private readonly source: string,
    private readonly flags: string,
    private readonly warmUp: number,
  ) {
    this.plain = new RegExp(source, flags);
  }

  /** The table, once warmed up; null while the pattern should run plain. The text is the one it is about to run on. */
  ready(text: string): Uint32Array | null {
    if (this.table !== undefined) return this.table;
    if (this.uses === 0) toMachineCode(this.plain, text);
    if (++this.uses <= this.warmUp) return null;
    this.table = startTable(this.source, this.flags);
    // a need lets through at least one reading: beside a start table of few readings it cannot be worth its derivation
    const need = this.table === null || costOf(this.table) >= 4 * MIN_NEED ? needTable(this.source, this.flags) : null;
    if (worthChecking(need, this.table)) this.need = need;
    if (this.table) {
      this.one = toMachineCode(new RegExp(this.source, `${this.flags}y`), text);
      this.scan = this.flags.includes('g') ? this.plain : toMachineCode(new RegExp(this.source, `${this.flags}g`), text);
    }
    return this.table;
  }

  /** The leftmost match at or after an offset, as exec finds it; it ends at this.end. */
  find(table: Uint32Array, slot: number, text: string, from: number, testOnly: boolean): RegExpExecArray | boolean | null {
    let tries = 0;
    const offsets = slotOffsets[slot];
    const keys = slotKeys[slot];
    const n = slotCounts[slot];
    let k = firstAtOrAfter(offsets, n, from);
    this.looked += n - k;
    for (; k < n; k++) {
      const key = keys[k];
      if (!(table[key >>> 5] & (1 << (key & 31)))) continue;
      this.passed++;
      const re = ++tries > MAX_TRIES ? this.scan! : this.one!;
      re.lastIndex = offsets[k];
      const m = testOnly ? re.test(text) : re.exec(text);
      if (m || re === this.scan) {
        this.end = re.lastIndex;
        this.checkDensity();
        return m;
      }
    }
    this.end = 0;
    this.checkDensity();
    return testOnly ? false : null;
  }

  private checkDensity(): void {
    if (this.looked < DENSE_SAMPLE) return;
    if (this.passed > DENSE * this.looked) this.table = null;
    this.looked = this.passed = 0;
  }
}

/**
 * A RegExp that runs only where its start table says a match may start: texts with no such start are answered "no
 * match" at once, others are tried at those starts alone, in order, which finds the leftmost match as a scan would.
 * test, exec and matchAll are its own (a RegExp subclass otherwise reaches exec through slow generic paths); match,
 * replace, search and split reach its exec.
 */
class LexiconRegExp extends RegExp {
  private readonly plan: Plan;

  constructor(pattern: string | RegExp, flags?: string, warmUp = WARM_UP) {
    super(pattern, flags);
    // match and split build a copy through the species constructor: the copy shares the plan when it has the same flags
    this.plan = pattern instanceof LexiconRegExp && pattern.flags === this.flags ? pattern.plan : new Plan(this.source, this.flags, warmUp);
  }

  override exec(text: string): RegExpExecArray | null {
    const s = String(text);
    const plan = this.plan;
    const table = plan.ready(s);
    if (plan.need && !mayOccur(plan.need, s)) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    const slot = table ? startsOf(s) : -1;
    if (slot < 0) return this.viaPlain(s);
    const global = this.global;
    const m = plan.find(table!, slot, s, global ? this.lastIndex : 0, false) as RegExpExecArray | null;
    if (global) this.lastIndex = m ? plan.end : 0;
    return m;
  }

  override test(text: string): boolean {
    const s = String(text);
    // a pattern that is neither global nor sticky answers a text alone, and leaves lastIndex be: the events stage and the
    // realis check each asked the long "total" alternation about the same sentence
    if (!this.global && !this.sticky) {
      if (s === this.lastText) return this.lastFound;
      this.lastFound = this.testOnce(s);
      this.lastText = s;
      return this.lastFound;
    }
    return this.testOnce(s);
  }

  private lastText: string | undefined;
  private lastFound = false;

  private testOnce(s: string): boolean {
    const plan = this.plan;
    const table = plan.ready(s);
    if (plan.need && !mayOccur(plan.need, s)) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return false;
    }
    const slot = table ? startsOf(s) : -1;
    if (slot < 0) {
      const re = plan.plain;
      re.lastIndex = this.lastIndex;
      const found = re.test(s);
      if (this.global || this.sticky) this.lastIndex = re.lastIndex;
      return found;
    }
    const global = this.global;
    const found = plan.find(table!, slot, s, global ? this.lastIndex : 0, true) as boolean;
    if (global) this.lastIndex = found ? plan.end : 0;
    return found;
  }

  /** What String.prototype.matchAll yields, without building a copy of the pattern. */
  override *[Symbol.matchAll](text: string): RegExpStringIterator<RegExpExecArray> {
    const s = String(text);
    const global = this.global;
    const unicode = this.unicode || this.flags.includes('v');
    const lastIndex = this.lastIndex;
    // a copy runs the search, as the spec's iterator does: this pattern's lastIndex stays as it is
    const copy = new LexiconRegExp(this, this.flags);
    copy.lastIndex = lastIndex;
    for (;;) {
      const m = copy.exec(s);
      if (!m) return;
      if (!global) {
        yield m;
        return;
      }
      // an empty match moves on by one character (a whole surrogate pair under /u)
      if (m[0] === '') copy.lastIndex += unicode && isPairAt(s, copy.lastIndex) ? 2 : 1;
      yield m;
    }
  }

  /** Runs the plain pattern with this one's lastIndex. */
  private viaPlain(s: string): RegExpExecArray | null {
    const re = this.plan.plain;
    re.lastIndex = this.lastIndex;
    const m = re.exec(s);
    if (this.global || this.sticky) this.lastIndex = re.lastIndex;
    return m;
  }
}

function isPairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

/** Index of the first of a text's `count` starts at or after an offset; count when none. */
function firstAtOrAfter(offsets: Int32Array, count: number, offset: number): number {
  if (offset <= 0) return 0;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Compiles a lexicon pattern. Its matches are the RegExp's own (test, exec, matchAll, replace all answer the same);
 * it runs only at the word starts where one of its matches may begin. A sticky pattern already runs at one offset
 * and is compiled plain. Invalid patterns throw as RegExp does.
 */
export function lexiconRegExp(source: string, flags = '', options: { readonly warmUp?: number } = {}): RegExp {
  return flags.includes('y') ? new RegExp(source, flags) : new LexiconRegExp(source, flags, options.warmUp);
}
