import { DYNAMIC_PER_TOKEN, isAllCapsSentence, NER_TAGS, OUTSIDE, STATIC_PER_TOKEN, staticFeatures, TAG_COUNT, tagFeatures } from './features.ts';
import { argmaxTag, type NerWeights } from './model.ts';
import { nerCorpusFiles, readTaggedJsonl, wikigoldSplit, type TaggedSentence } from './corpus.ts';
import { seededRandom } from '../../model/random.ts';

export interface TrainOptions {
  /** The weight table has 2^bits rows. */
  readonly bits: number;
  readonly epochs: number;
  /** Seeds the order sentences are seen in, epoch by epoch. */
  readonly seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { bits: 18, epochs: 8, seed: 20_170_310 };

const TAG_INDEX = new Map<string, number>(NER_TAGS.map((t, k) => [t, k]));

/** A tag the model knows; anything else (a corpus's other types) is O. */
const tagIndex = (tag: string) => TAG_INDEX.get(tag) ?? OUTSIDE;

/**
 * Trains a greedy left-to-right averaged perceptron (each token decided with the two tags already
 * decided before it, as at run time) and returns the averaged weights. Deterministic: the only
 * randomness is the seeded shuffle, and all sums are in a fixed order.
 */
export function trainPerceptron(sentences: readonly TaggedSentence[], opts: TrainOptions = DEFAULT_TRAIN_OPTIONS): NerWeights & { weights: Float32Array } {
  const size = 2 ** opts.bits * TAG_COUNT;
  const w = new Float64Array(size);
  // lazy averaging: totals up to the step each weight last changed
  const totals = new Float64Array(size);
  const stamps = new Float64Array(size);
  const prepared = sentences.map((s) => {
    const caps = isAllCapsSentence(s.words);
    const feats = new Int32Array(s.words.length * STATIC_PER_TOKEN);
    staticFeatures(s.words, 0, s.words.length, opts.bits, caps, feats);
    return { words: s.words, gold: s.tags.map(tagIndex), feats, caps };
  });
  const order = prepared.map((_, k) => k);
  const random = seededRandom(opts.seed);
  const dyn = new Int32Array(DYNAMIC_PER_TOKEN);
  const scores = new Float64Array(TAG_COUNT);
  let step = 0;
  const update = (row: number, tag: number, delta: number) => {
    const j = row * TAG_COUNT + tag;
    totals[j] += (step - stamps[j]) * w[j];
    stamps[j] = step;
    w[j] += delta;
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const r = Math.floor(random() * (k + 1));
      [order[k], order[r]] = [order[r], order[k]];
    }
    for (const index of order) {
      const s = prepared[index];
      let prev = OUTSIDE;
      let prev2 = OUTSIDE;
      for (let t = 0; t < s.words.length; t++) {
        step++;
        tagFeatures(s.words, t, prev, prev2, opts.bits, s.caps, dyn, 0);
        const guess = argmaxTag(w, s.feats, t * STATIC_PER_TOKEN, STATIC_PER_TOKEN, dyn, scores, prev);
        const truth = s.gold[t];
        if (guess !== truth) {
          for (let f = t * STATIC_PER_TOKEN; f < (t + 1) * STATIC_PER_TOKEN; f++) {
            update(s.feats[f], truth, 1);
            update(s.feats[f], guess, -1);
          }
          for (let f = 0; f < DYNAMIC_PER_TOKEN; f++) {
            update(dyn[f], truth, 1);
            update(dyn[f], guess, -1);
          }
        }
        // greedy training follows its own guesses, so it learns to recover from them as at run time
        prev2 = prev;
        prev = guess;
      }
    }
  }
  const averaged = new Float32Array(size);
  for (let j = 0; j < size; j++) averaged[j] = (totals[j] + (step - stamps[j]) * w[j]) / Math.max(1, step);
  return { bits: opts.bits, weights: averaged, unit: 1 };
}

/**
 * The TRAIN material: CoNLL-2003 eng.train and wikigold's non-TEST documents. Nothing of CoNLL's
 * valid or test files, nor of wikigold's TEST documents, is read here.
 */
export function trainingSentences(nerDir: string): TaggedSentence[] {
  const files = nerCorpusFiles(nerDir);
  return [...readTaggedJsonl(files.conllTrain), ...wikigoldSplit(files.wikigold, 'dev')];
}
