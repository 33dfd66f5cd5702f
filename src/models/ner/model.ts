import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SitrepError } from '../../errors.ts';
import { DYNAMIC_PER_TOKEN, isAllCapsSentence, NER_TAGS, OUTSIDE, STATIC_PER_TOKEN, staticFeatures, TAG_COUNT, tagFeaturesOf, wordShape } from './features.ts';

/** The committed weights. */
export const DEFAULT_NER_MODEL = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'ner.bin');

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** What the places stage asks of a tagger; tests pass fakes. */
export interface EntityTagger {
  /**
   * IOB2 tags for words[from, to) of one sentence (all of it by default), decoded left to right
   * from `from` as if the sentence began there; the words around still serve as context.
   */
  tag(words: readonly string[], from?: number, to?: number): string[];
  /**
   * The same decoding, with each token's probability of every tag (NER_TAGS order): a softmax of
   * the perceptron's scores, for callers that weigh a reading rather than take it. Optional, so a
   * fake tagger may give tags alone.
   */
  tagWithProbabilities?(words: readonly string[], from?: number, to?: number): { tags: string[]; probabilities: Float64Array[] };
}

/** Weights of a greedy left-to-right averaged perceptron: one row of TAG_COUNT scores per hashed feature. */
export interface NerWeights {
  readonly bits: number;
  /** Row-major, (2^bits) × TAG_COUNT. */
  readonly weights: Float32Array | Int16Array;
  /** What one unit of `weights` is worth in perceptron score: 1 for floats, 1/scale for Int16. */
  readonly unit: number;
}

const MAGIC = 0x524e5353; // "SSNR" little-endian: Sitrep's NER
const FORMAT_VERSION = 2;
const HEADER_BYTES = 20;

/**
 * Writes the weights as Int16 scaled to the largest magnitude, gzipped: rows of zeros (features
 * never seen) cost almost nothing. Same weights, same bytes.
 */
export function encodeWeights(bits: number, weights: Float32Array | Float64Array): Buffer {
  let max = 0;
  for (let k = 0; k < weights.length; k++) max = Math.max(max, Math.abs(weights[k]));
  const scale = max > 0 ? 32767 / max : 1;
  const body = Buffer.alloc(HEADER_BYTES + weights.length * 2);
  body.writeUInt32LE(MAGIC, 0);
  body.writeUInt32LE(FORMAT_VERSION, 4);
  body.writeUInt32LE(bits, 8);
  body.writeUInt32LE(TAG_COUNT, 12);
  body.writeFloatLE(scale, 16);
  for (let k = 0; k < weights.length; k++) body.writeInt16LE(Math.round(weights[k] * scale), HEADER_BYTES + k * 2);
  return gzipSync(body, { level: 9 });
}

/**
 * The committed weights gunzipped, which `npm run build` writes beside the compiled code (dist/ner.unzipped, see
 * scripts/dist.mjs): the SHA-256 of the gzipped file it was made from (32 bytes), then the gunzipped body. Gunzipping
 * 0.7 MB into 4.7 MB took about 40 ms of each start; reading the body takes a few. Under tsx (src/) there is no such
 * file and the weights are gunzipped as before.
 */
export const UNZIPPED_NER_MODEL = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'ner.unzipped');

/** Length of the SHA-256 digest that heads dist/ner.unzipped (scripts/dist.mjs writes the digest itself, so only the reader needs the number). */
export const PREBUILT_DIGEST_BYTES = 32;

/** The gunzipped body of `file` when the build's copy at `unzippedPath` was made from these very bytes, else null. */
export function prebuiltBody(file: Buffer, unzippedPath = UNZIPPED_NER_MODEL): Buffer | null {
  let unzipped: Buffer;
  try {
    unzipped = readFileSync(unzippedPath);
  } catch {
    return null;
  }
  const digest = createHash('sha256').update(file).digest();
  return unzipped.length > PREBUILT_DIGEST_BYTES && digest.equals(unzipped.subarray(0, PREBUILT_DIGEST_BYTES)) ? unzipped.subarray(PREBUILT_DIGEST_BYTES) : null;
}

/** Reads what encodeWeights wrote; the Int16 scores keep their scale (argmax ignores it; `unit` undoes it for probabilities). */
export function decodeWeights(file: Buffer, source = 'model', body: Buffer | null = null): NerWeights {
  const prebuilt = body !== null;
  if (!body) {
    try {
      body = gunzipSync(file);
    } catch (e) {
      throw new SitrepError('E_MODEL', `${source}: not a gzipped NER model (${(e as Error).message}); rebuild it with \`npx sitrep train ner\``);
    }
  }
  if (body.length < HEADER_BYTES || body.readUInt32LE(0) !== MAGIC) throw new SitrepError('E_MODEL', `${source}: not a Sitrep NER model; rebuild it with \`npx sitrep train ner\``);
  const version = body.readUInt32LE(4);
  const bits = body.readUInt32LE(8);
  const tags = body.readUInt32LE(12);
  const scale = body.readFloatLE(16);
  if (version !== FORMAT_VERSION || tags !== TAG_COUNT || body.length !== HEADER_BYTES + (2 ** bits) * TAG_COUNT * 2) {
    throw new SitrepError('E_MODEL', `${source}: format ${version} with ${tags} tags and ${bits} bits does not fit this Sitrep (format ${FORMAT_VERSION}, ${TAG_COUNT} tags); rebuild it with \`npx sitrep train ner\``);
  }
  const count = (2 ** bits) * TAG_COUNT;
  const at = body.byteOffset + HEADER_BYTES;
  // the build's unzipped file, read whole into a buffer of its own, is viewed in place when aligned (the 4.7 MB copy
  // took about 15 ms a start); otherwise copy into an aligned buffer: a Buffer from gunzip may start at an odd offset
  if (prebuilt && at % 2 === 0) return { bits, weights: new Int16Array(body.buffer, at, count), unit: 1 / scale };
  const weights = new Int16Array(count);
  new Uint8Array(weights.buffer).set(body.subarray(HEADER_BYTES));
  return { bits, weights, unit: 1 / scale };
}

export function loadNerModel(path = DEFAULT_NER_MODEL): EntityTagger {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (e) {
    throw new SitrepError('E_MODEL', `cannot read the NER model ${path} (${(e as Error).message}); rebuild it with \`npx sitrep train ner\``);
  }
  // the header checks below run on the prebuilt body alike
  return createTagger(decodeWeights(file, path, path === DEFAULT_NER_MODEL ? prebuiltBody(file) : null));
}

/** Greedy left-to-right decoding: each token's best tag given the features and the two tags before it. */
export function createTagger(model: NerWeights): EntityTagger {
  const { bits, weights, unit } = model;
  // The places stage reads each place name of a sentence through its own window of the same words array, so a
  // sentence comes back once per name in it; a token's static features depend on the sentence alone (not on the
  // window), so they are computed once per words array and token. Callers never change a words array they passed.
  // The dynamic features' lowercase word and shape are kept the same way: toLowerCase and wordShape at every decoding step
  // of every window cost more than the hashing.
  const sentences = new WeakMap<readonly string[], { caps: boolean; feats: Int32Array; known: Uint8Array; lower: string[]; shape: string[] }>();
  const staticOf = (words: readonly string[], from: number, to: number) => {
    let s = sentences.get(words);
    if (!s) sentences.set(words, (s = { caps: isAllCapsSentence(words), feats: new Int32Array(words.length * STATIC_PER_TOKEN), known: new Uint8Array(words.length), lower: new Array<string>(words.length), shape: new Array<string>(words.length) }));
    let a = from;
    while (a < to && s.known[a]) a++;
    let b = to;
    while (b > a && s.known[b - 1]) b--;
    if (a < b) {
      const part = new Int32Array((b - a) * STATIC_PER_TOKEN);
      staticFeatures(words, a, b, bits, s.caps, part);
      s.feats.set(part, a * STATIC_PER_TOKEN);
      s.known.fill(1, a, b);
    }
    return s;
  };
  const decode = (words: readonly string[], from: number, to: number, keep: Float64Array[] | null) => {
    {
      const count = Math.max(0, to - from);
      const { caps, feats, lower, shape } = staticOf(words, from, Math.max(from, to));
      const dyn = new Int32Array(DYNAMIC_PER_TOKEN);
      const scores = new Float64Array(TAG_COUNT);
      const out: string[] = [];
      let prev = OUTSIDE;
      let prev2 = OUTSIDE;
      for (let t = 0; t < count; t++) {
        const i = from + t;
        tagFeaturesOf((lower[i] ??= words[i].toLowerCase()), (shape[i] ??= caps ? 'C' : wordShape(words[i])), prev, prev2, bits, dyn, 0);
        const best = argmaxTag(weights, feats, (from + t) * STATIC_PER_TOKEN, STATIC_PER_TOKEN, dyn, scores, prev);
        out.push(NER_TAGS[best]);
        if (keep) keep.push(softmax(scores, unit, prev));
        prev2 = prev;
        prev = best;
      }
      return out;
    }
  };
  return {
    tag: (words, from = 0, to = words.length) => decode(words, from, to, null),
    tagWithProbabilities(words, from = 0, to = words.length) {
      const probabilities: Float64Array[] = [];
      return { tags: decode(words, from, to, probabilities), probabilities };
    },
  };
}

/** An I- tag may follow only its own B- or I- (odd B, even I in NER_TAGS). */
const allowedAfter = (c: number, prev: number) => c % 2 === 1 || c === OUTSIDE || prev === c - 1 || prev === c;

/**
 * A perceptron's scores are margins, not log-odds: divided by this temperature their softmax best
 * fits CoNLL-2003 valid (least negative log-likelihood of the gold tags among 1, 2, 4 … 128; see
 * MODEL.md). Refit when the features or the epochs change.
 */
const TEMPERATURE = 8;

/** Scores (in weight units) to probabilities over the tags allowed after `prev`. */
function softmax(scores: Float64Array, unit: number, prev: number): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < scores.length; c++) if (allowedAfter(c, prev)) max = Math.max(max, (scores[c] * unit) / TEMPERATURE);
  const out = new Float64Array(scores.length);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) if (allowedAfter(c, prev)) sum += out[c] = Math.exp((scores[c] * unit) / TEMPERATURE - max);
  for (let c = 0; c < scores.length; c++) out[c] /= sum;
  return out;
}

/**
 * The highest-scoring tag over a token's static features feats[at, at+n) and its dynamic ones,
 * never an I- tag whose entity did not begin before it (IOB2 forbids "O I-PER"). Shared with training.
 */
export function argmaxTag(weights: ArrayLike<number>, feats: Int32Array, at: number, n: number, dyn: Int32Array, scores: Float64Array, prev: number): number {
  scores.fill(0);
  for (let k = at; k < at + n; k++) {
    const row = feats[k] * TAG_COUNT;
    for (let c = 0; c < TAG_COUNT; c++) scores[c] += weights[row + c];
  }
  for (let k = 0; k < dyn.length; k++) {
    const row = dyn[k] * TAG_COUNT;
    for (let c = 0; c < TAG_COUNT; c++) scores[c] += weights[row + c];
  }
  let best = OUTSIDE;
  for (let c = 1; c < TAG_COUNT; c++) {
    if (!allowedAfter(c, prev)) continue;
    if (scores[c] > scores[best]) best = c;
  }
  return best;
}

/** The entity type of an IOB2 tag, or null for O. */
export function entityTypeOf(tag: string): EntityType | null {
  return tag === 'O' ? null : (tag.slice(2) as EntityType);
}

