import { escapeRegExp } from '../../lexicons/escape.ts';

/**
 * Whole phrases of a list found in a text: what `(?<![\p{L}\p{N}])(?:p1|p2|…)(?![\p{L}\p{N}])` (flags 'gu') matches,
 * left to right and never overlapping, the first alternative that fits at a place winning. As one pattern, V8 tried the
 * leading lookbehind and then every alternative at almost every character of the text.
 */
export type PhraseFinder = (text: string) => string[];

/** The pattern itself, for lists that phraseFinder cannot index. */
export function patternFinder(phrases: readonly string[]): PhraseFinder {
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phrases.map(escapeRegExp).join('|')})(?![\p{L}\p{N}])`, 'gu');
  return (text) => Array.from(text.matchAll(re), (m) => m[0]);
}

const LEADING_RUN = /^[\p{L}\p{N}]+/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const wordCodes = new Map<number, boolean>();
const ASCII_WORD = new Uint8Array(128).map((_, c) => Number((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)));

/** Whether the code point is a letter or a digit (\p{L}, \p{N}); ASCII by its code, the rest asked of the pattern once each. */
function isWordCode(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  let known = wordCodes.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    wordCodes.set(cp, known);
  }
  return known;
}

/** A run's first character and length as one number. */
const shape = (first: number, length: number): number => first * 4096 + Math.min(length, 4095);

/** Where the run of letters and digits that starts at `i` ends. */
function runEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_WORD[c] === 0) break;
      i++;
    } else {
      const cp = text.codePointAt(i)!;
      if (!isWordCode(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return i;
}

/**
 * The same matches, found word by word. A phrase opens with a run of letters and digits; where it matches, the text's run
 * there is that very run, no longer (the phrase ends after it, where the closing lookahead wants no letter, or goes on
 * with a character that is no letter), and no shorter (the lookbehind wants no letter before). So only at the start of
 * each of the text's runs are the phrases that open with it tried, in the list's order, and only a run whose first
 * character and length some phrase's run has is read out. Null when a phrase opens with no letter or digit: then
 * `patternFinder`.
 */
export function phraseFinder(phrases: readonly string[]): PhraseFinder | null {
  const byRun = new Map<string, string[]>();
  const runShapes = new Set<number>();
  for (const p of phrases) {
    const run = LEADING_RUN.exec(p)?.[0];
    if (!run) return null;
    const list = byRun.get(run);
    if (list) list.push(p);
    else byRun.set(run, [p]);
    runShapes.add(shape(run.charCodeAt(0), run.length));
  }
  return (text) => {
    const out: string[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      // (a step into a pair's low surrogate is harmless: alone, it is no letter)
      if (c < 128 ? ASCII_WORD[c] === 0 : !isWordCode(text.codePointAt(i)!)) {
        i++;
        continue;
      }
      const at = i;
      i = runEnd(text, i);
      if (!runShapes.has(shape(c, i - at))) continue;
      const list = byRun.get(text.slice(at, i));
      if (!list) continue;
      for (const p of list) {
        const end = at + p.length;
        if (!text.startsWith(p, at) || (end < n && isWordCode(text.codePointAt(end)!))) continue;
        out.push(p);
        // the next match starts after this one, at a later run (the character at `end` is no letter)
        i = end;
        break;
      }
    }
    return out;
  };
}
