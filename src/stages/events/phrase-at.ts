/**
 * Whether a phrase pattern has a match that starts at or before an offset and runs past it, tried start by start.
 *
 * The realis check asks this of each trigger with its sentence's 320-character window around it, and with the
 * leftmost-match loop (exec, then again from the next character) a pattern that matches nowhere near is still run over
 * the whole window, past the trigger, where no match can answer. The "descriptive" alternation, which may start with
 * any word, took 2% of the pipeline so. Tried sticky at each offset up to the trigger alone, it finds the same matches
 * in the same order (exec's leftmost match at an offset is the sticky match there), and stops at the trigger.
 */

/** The guard every realis pattern opens with: no match starts right after a word character or a hyphen. */
const GUARD = '(?<![\\w-])';

/** Each pattern's sticky copy, or null when it has none: the answer is kept, as the source scan cost a call as much as the run. */
const stickies = new WeakMap<RegExp, RegExp | null>();

/** A sticky copy of a guarded pattern; null when the pattern does not open with the guard or reads \w under /u. */
export function stickyPhrase(re: RegExp): RegExp | null {
  let s = stickies.get(re);
  if (s !== undefined) return s;
  // under /u with /i, \w also holds long s and the Kelvin sign; the offsets skipped below assume ASCII \w
  const plain = !re.source.startsWith(GUARD) || re.flags.includes('u') || re.flags.includes('v') || hasTopLevelBar(re.source);
  s = plain ? null : new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
  stickies.set(re, s);
  return s;
}

/** Whether the pattern is an alternation at its top level, where the guard would govern only the first branch. */
function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

const isWordOrHyphen = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c === 0x2d;

/** Whether a match of the sticky pattern starts at an offset of the window up to `last` and ends past `last`. */
export function phraseRunsThrough(sticky: RegExp, window: string, last: number): boolean {
  for (let p = 0; p <= last; p++) {
    // the guard fails there: skip the call
    if (p > 0 && isWordOrHyphen(window.charCodeAt(p - 1))) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(window);
    if (m && p + m[0].length > last) return true;
  }
  return false;
}
