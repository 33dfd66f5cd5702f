/**
 * Guards for the patterns read at the end of the words before a name (`…$`, flag 'i' or not). V8 tries such a pattern
 * at every offset of those words before it fails; each one below ends in white space after one of a few words, so
 * reading that last word backwards says at once, for most names, that it cannot match. A guard lets through every
 * string its pattern can match (and some it cannot): the pattern still decides.
 */

/** JavaScript's `\s`. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * The ASCII letters right before the white space that ends `s`, in lower case ("in the " → "the"); '' when `s` ends in
 * no white space or no letter stands before it.
 */
export function wordBeforeSpaces(s: string): string {
  let i = s.length - 1;
  if (i < 0 || !isSpace(s.charCodeAt(i))) return '';
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  const end = i + 1;
  while (i >= 0 && isAsciiLetter(s.charCodeAt(i))) i--;
  return s.slice(i + 1, end).toLowerCase();
}

/** The last character of `s` that is no white space, or '' when there is none. */
export function lastNonSpace(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  return i >= 0 ? s[i] : '';
}

/** A guarded test: `re` is tried only when `s` ends in white space after one of `words` (lower case). */
export function endsAfterWord(re: RegExp, words: readonly string[]): (s: string) => boolean {
  const set = new Set(words);
  return (s) => set.has(wordBeforeSpaces(s)) && re.test(s);
}
