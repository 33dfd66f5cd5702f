/**
 * Features of the entity tagger: words in, hashed feature ids out. Pure and allocation-light, since
 * the places stage calls it on the hot path. Every feature is a template number and one or more
 * strings, hashed (FNV-1a) into a table of 2^bits rows; collisions are the price of a model file a
 * few MB in size with no vocabulary to ship.
 */

/** IOB2 tags, in the order of the weight table's columns. */
export const NER_TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type NerTag = (typeof NER_TAGS)[number];
export const TAG_COUNT = NER_TAGS.length;
export const OUTSIDE = 0;

/** How many features `staticFeatures` writes per token: every template writes exactly one. */
export const STATIC_PER_TOKEN = 24;
/** How many features `tagFeatures` writes per token. */
export const DYNAMIC_PER_TOKEN = 4;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Separates the parts of a conjoined feature, so "ab"+"c" and "a"+"bc" differ. */
const SEPARATOR = 0x1f;

/** Continues an FNV-1a hash over a string's UTF-16 units. */
function mix(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return Math.imul(h ^ SEPARATOR, FNV_PRIME);
}

/** Continues an FNV-1a hash over s[from, to), without making the substring. */
function mixRange(h: number, s: string, from: number, to: number): number {
  for (let k = Math.max(0, from); k < Math.min(s.length, to); k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return Math.imul(h ^ SEPARATOR, FNV_PRIME);
}

/** The hash of a template number alone, where every feature's hash starts. */
function start(template: number): number {
  return Math.imul(FNV_OFFSET ^ template, FNV_PRIME);
}

/** "Obama" → "Xx", "1996-08-22" → "d-d-d", "U.S." → "X.X.": letters' case and digits, runs collapsed. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (let k = 0; k < word.length && out.length < 8; k++) {
    const c = word[k];
    const cls = c >= '0' && c <= '9' ? 'd' : c !== c.toLowerCase() ? 'X' : c !== c.toUpperCase() ? 'x' : c;
    if (cls !== last) out += cls;
    last = cls;
  }
  return out;
}

/** A headline's words are all capitals ("RUGBY UNION - CUTTITTA BACK FOR ITALY"): their case says nothing. */
export function isAllCapsSentence(words: readonly string[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (w.toUpperCase() !== w) return false;
    if (w.toLowerCase() !== w) letters++;
  }
  return letters > 1;
}

const BOUNDARY = '\u0002';

/**
 * Writes STATIC_PER_TOKEN feature ids for each token of words[from, to) into out (token by token),
 * each reduced to a row of the 2^bits table. Words outside [from, to) still serve as context.
 * `caps` is isAllCapsSentence(words), passed in so a caller tagging several windows computes it once.
 */
export function staticFeatures(words: readonly string[], from: number, to: number, bits: number, caps: boolean, out: Int32Array): void {
  const mask = (1 << bits) - 1;
  const n = words.length;
  const lower: string[] = [];
  const shape: string[] = [];
  const lo = Math.max(0, from - 2);
  const hi = Math.min(n, to + 2);
  for (let k = lo; k < hi; k++) {
    lower[k - lo] = words[k].toLowerCase();
    shape[k - lo] = caps ? 'C' : wordShape(words[k]);
  }
  const lowerAt = (k: number) => (k < 0 ? BOUNDARY : k >= n ? BOUNDARY : lower[k - lo]);
  const shapeAt = (k: number) => (k < 0 || k >= n ? BOUNDARY : shape[k - lo]);
  let o = 0;
  const put = (h: number) => {
    out[o++] = (h >>> 0) & mask;
  };
  for (let i = from; i < to; i++) {
    const w = words[i];
    const l = lowerAt(i);
    const s = shapeAt(i);
    const n = l.length;
    put(start(0));
    put(mix(start(1), l));
    put(mix(start(2), s));
    put(mixRange(start(3), l, n - 2, n));
    put(mixRange(start(4), l, n - 3, n));
    put(mixRange(start(5), l, n - 4, n));
    put(mixRange(start(6), l, 0, 2));
    put(mixRange(start(7), l, 0, 3));
    put(mix(start(8), lowerAt(i - 1)));
    put(mix(start(9), lowerAt(i + 1)));
    put(mix(start(10), lowerAt(i - 2)));
    put(mix(start(11), lowerAt(i + 2)));
    put(mix(start(12), shapeAt(i - 1)));
    put(mix(start(13), shapeAt(i + 1)));
    put(mix(mix(start(14), lowerAt(i - 1)), l));
    put(mix(mix(start(15), l), lowerAt(i + 1)));
    put(mix(mix(mix(start(16), shapeAt(i - 1)), s), shapeAt(i + 1)));
    // in a headline only the word's own capitals (all of them) are known: say so to every case feature
    put(mix(start(17), caps ? 'caps' : 'mixed'));
    put(mix(start(18), w));
    put(mix(mix(start(19), i === 0 ? 'first' : 'inner'), s));
    put(mix(mix(start(20), lowerAt(i + 1)), s));
    put(mix(mix(start(21), lowerAt(i - 1)), s));
    put(mix(mix(start(22), lowerAt(i - 2)), lowerAt(i - 1)));
    put(mix(start(23), w.length > 12 ? 'long' : w.length > 3 ? 'mid' : 'short'));
  }
}

/**
 * Writes DYNAMIC_PER_TOKEN feature ids for token i that depend on the tags already given to the
 * two tokens before it (greedy left-to-right decoding).
 */
export function tagFeatures(words: readonly string[], i: number, prevTag: number, prev2Tag: number, bits: number, caps: boolean, out: Int32Array, at: number): void {
  tagFeaturesOf(words[i].toLowerCase(), caps ? 'C' : wordShape(words[i]), prevTag, prev2Tag, bits, out, at);
}

/**
 * tagFeatures for a token given its lowercase form and its shape ('C' in an all-caps sentence), which a decoder
 * that visits the same token many times (one window per place name) works out once.
 */
export function tagFeaturesOf(lower: string, shape: string, prevTag: number, prev2Tag: number, bits: number, out: Int32Array, at: number): void {
  const mask = (1 << bits) - 1;
  const p = NER_TAGS[prevTag];
  out[at] = (mix(start(40), p) >>> 0) & mask;
  out[at + 1] = (mix(mix(start(41), NER_TAGS[prev2Tag]), p) >>> 0) & mask;
  out[at + 2] = (mix(mix(start(42), p), lower) >>> 0) & mask;
  out[at + 3] = (mix(mix(start(43), p), shape) >>> 0) & mask;
}
