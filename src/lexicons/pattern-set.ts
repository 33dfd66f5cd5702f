/**
 * Many lexicon patterns run in turn over one text: the event triggers (55) over every sentence, the cues (35) too. Each
 * pattern looked through the sentence's word starts for one its start table holds (lexicons/pattern.ts), so a sentence's
 * starts were read once per pattern, and most patterns have none there. A PatternSet reads them once for all: a table,
 * by the reading of a start, of the patterns that may start so. A pattern none of whose starts is in the text cannot
 * match it and need not be run; the others run as before. Necessary, never sufficient: every answer is the pattern's own.
 */
import { startKeysOf, startTable } from './pattern.ts';

/** Readings of three characters a start table is indexed by. */
const READINGS = 1 << 15;
/** Uses before the table is built (the start tables cost a few ms to derive): a one-story run does not pay for it. */
const WARM_UP = 50;

export class PatternSet {
  /** For each reading, the bits of the patterns that may start so; null while warming up. */
  private rows: Uint32Array | null = null;
  /** The bits of the patterns whose starts are not bounded: they may match any text. */
  private readonly always: Uint32Array;
  private readonly mask: Uint32Array;
  private readonly words: number;
  private uses = 0;

  constructor(private readonly patterns: readonly RegExp[]) {
    this.words = Math.max(1, Math.ceil(patterns.length / 32));
    this.always = new Uint32Array(this.words);
    this.mask = new Uint32Array(this.words);
  }

  /**
   * The bits (pattern i at bit i) of the patterns that may match somewhere in the text; null when any may (still
   * warming up). The array is reused by the next call.
   */
  mayMatch(text: string): Uint32Array | null {
    if (!this.rows) {
      if (++this.uses <= WARM_UP) return null;
      this.rows = this.build();
    }
    const { keys, count } = startKeysOf(text);
    const { rows, mask, words } = this;
    mask.set(this.always);
    if (words === 1) for (let k = 0; k < count; k++) mask[0] |= rows[keys[k]];
    else
      for (let k = 0; k < count; k++) {
        const base = keys[k] * words;
        for (let w = 0; w < words; w++) mask[w] |= rows[base + w];
      }
    return mask;
  }

  private build(): Uint32Array {
    const words = this.words;
    const rows = new Uint32Array(READINGS * words);
    this.patterns.forEach((re, i) => {
      const bit = 1 << (i & 31);
      const word = i >>> 5;
      const table = startTable(re.source, re.flags);
      if (!table) {
        this.always[word] |= bit;
        return;
      }
      for (let t = 0; t < table.length; t++)
        for (let bits = table[t]; bits !== 0; bits &= bits - 1) {
          const key = t * 32 + (31 - Math.clz32(bits & -bits));
          rows[key * words + word] |= bit;
        }
    });
    return rows;
  }
}

/** Whether pattern i is among those mayMatch let through. */
export function mayMatchAt(mask: Uint32Array | null, i: number): boolean {
  return mask === null || (mask[i >>> 5] & (1 << (i & 31))) !== 0;
}
