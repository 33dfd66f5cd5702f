/**
 * Whether a phrase pattern has a match that starts at or before an offset and runs past it, tried start by start.
 *
 * The realis check asks this of each trigger with its sentence's 320-character window around it, and with the
 * leftmost-match loop (exec, then again from the next character) a pattern that matches nowhere near is still run over
 * the whole window, past the trigger, where no match can answer. The "descriptive" alternation, which may start with
 * any word, took 2% of the pipeline so. Tried sticky at each offset up to the trigger alone, it finds the same matches
 * in the same order (exec's leftmost match at an offset is the sticky match there), and stops at the trigger.
 *
 * Most of the alternation's phrases open with words of their own ("standing orders", "rewards for"); a few may open
 * with any word ("[\w-]+ … has been fighting", "the US-led war"). At an offset where none of the former may start (by
 * their start table, lexicons/pattern.ts), the match there, if any, is the first of the latter's that matches, so the
 * alternation of those few alone is tried: the same match, for a fraction of the work (the descriptive alternation's 65
 * phrases cost 3% of the pipeline tried whole at every word start of each trigger's window).
 */
import { inTable, startKeyAt, startTable } from '../../lexicons/pattern.ts';

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
  if (s) splits.set(s, 0);
  return s;
}

/**
 * A sticky guarded alternation split by its phrases' starts: `table` holds every reading the phrases with a bounded
 * start may open with; `rest` is the alternation of the others, in their order (null when there are none).
 */
interface Split {
  readonly table: Uint32Array;
  readonly rest: RegExp | null;
  /** Each phrase alone (sticky, guard and tail around it), and its start table; null for the others. */
  readonly alone: readonly (RegExp | null)[];
  readonly tables: readonly (Uint32Array | null)[];
  /** The others' phrase numbers, in order, and the alternations of runs of them (by "from,to" in that list). */
  readonly others: readonly number[];
  readonly runs: Map<string, RegExp>;
  readonly source: (phrases: readonly string[]) => string;
  readonly phrases: readonly string[];
  readonly flags: string;
  /** By the reading at an offset where some phrase with a start of its own may open: the patterns to try there in turn. */
  readonly byKey: Map<number, readonly RegExp[]>;
  readonly restTries: readonly RegExp[];
}

/**
 * Each sticky pattern's split, null when it has none, or how many times it was run before: reading 65 phrases' starts
 * costs about 60 ms, which a run over one short story (start-up) would pay for nothing, so it is done after WARM_UP runs.
 */
const splits = new WeakMap<RegExp, Split | null | number>();
const WARM_UP = 200;

function splitOf(sticky: RegExp, force = false): Split | null {
  const known = splits.get(sticky);
  if (known === undefined || known === null) return null;
  if (typeof known !== 'number') return known;
  if (known < WARM_UP && !force) {
    splits.set(sticky, known + 1);
    return null;
  }
  const split = splitByStart(sticky);
  splits.set(sticky, split);
  return split;
}

/** The pattern that runs at an offset where no phrase with a bounded start may open (for tests): the sticky one when unsplit. */
export function patternWhereNoneOpens(sticky: RegExp): RegExp | null {
  const split = splitOf(sticky, true);
  return split ? split.rest : sticky;
}

/**
 * The split of `GUARD(?:A|B|…)TAIL`, or null when the pattern is not of that form, when a phrase refers back to a
 * group (its number would change in the smaller alternation) or when no phrase has a bounded start.
 */
function splitByStart(sticky: RegExp): Split | null {
  const src = sticky.source;
  const open = `${GUARD}(?:`;
  if (!src.startsWith(open) || /\\(?:[1-9]|k<)/.test(src)) return null;
  const phrases: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = open.length;
  let close = -1;
  for (let i = from; i < src.length && close < 0; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (c === ')' || (c === '|' && depth === 0)) {
      phrases.push(src.slice(from, i));
      from = i + 1;
      if (c === ')') close = i;
    }
  }
  if (close < 0) return null;
  const tail = src.slice(close + 1);
  const flags = sticky.flags.replace('y', '');
  const table = new Uint32Array(1 << 10);
  const others: string[] = [];
  const tables: (Uint32Array | null)[] = [];
  const numbers: number[] = [];
  const source = (some: readonly string[]) => `${GUARD}(?:${some.join('|')})${tail}`;
  for (const phrase of phrases) {
    const own = startTable(source([phrase]), flags);
    tables.push(own);
    if (!own) {
      numbers.push(tables.length - 1);
      others.push(phrase);
    } else for (let k = 0; k < table.length; k++) table[k] |= own[k];
  }
  if (others.length === phrases.length) return null;
  const rest = others.length ? new RegExp(source(others), sticky.flags) : null;
  const alone = phrases.map((p, k) => (tables[k] ? new RegExp(source([p]), sticky.flags) : null));
  return { table, rest, alone, tables, others: numbers, runs: new Map(), source, phrases, flags: sticky.flags, byKey: new Map(), restTries: rest ? [rest] : [] };
}

/**
 * The patterns to try in turn at an offset whose reading is `key`, where some phrase with a start of its own may open:
 * those phrases alone, in their order, and between them the runs of the others that come between. An alternation tries
 * its phrases in order and its match is the first phrase's that matches; a phrase that cannot open at the offset fails
 * there whatever it holds, so the first of these that matches has the whole alternation's match. The whole 73 phrases
 * tried at each such offset cost 3% of the pipeline; an alternation built for each set of phrases that may open (160
 * sets on the conflict sample) cost more in compiling than it saved.
 */
function triesAt(split: Split, key: number): readonly RegExp[] {
  let tries = split.byKey.get(key);
  if (tries) return tries;
  const list: RegExp[] = [];
  const run = (from: number, to: number) => {
    if (from >= to) return;
    let re = split.runs.get(`${from},${to}`);
    if (!re) split.runs.set(`${from},${to}`, (re = new RegExp(split.source(split.others.slice(from, to).map((k) => split.phrases[k])), split.flags)));
    list.push(re);
  };
  let done = 0;
  for (let k = 0; k < split.alone.length; k++) {
    const own = split.tables[k];
    if (!own || !inTable(own, key)) continue;
    let before = done;
    while (before < split.others.length && split.others[before] < k) before++;
    run(done, before);
    list.push(split.alone[k]!);
    done = before;
  }
  run(done, split.others.length);
  split.byKey.set(key, (tries = list));
  return tries;
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
  const split = splitOf(sticky);
  for (let p = 0; p <= last; p++) {
    // the guard fails there: skip the call
    if (p > 0 && isWordOrHyphen(window.charCodeAt(p - 1))) continue;
    if (split) {
      const key = startKeyAt(window, p);
      // no phrase with a start of its own opens here: the first of the others that matches is the match
      const tries = inTable(split.table, key) ? triesAt(split, key) : split.restTries;
      for (const re of tries) {
        re.lastIndex = p;
        const m = re.exec(window);
        if (!m) continue;
        if (p + m[0].length > last) return true;
        break;
      }
      continue;
    }
    sticky.lastIndex = p;
    const m = sticky.exec(window);
    if (m && p + m[0].length > last) return true;
  }
  return false;
}
