import { fnv1a32 } from '../../model/ids.ts';
import { SUB_EVENT_TYPES } from '../../model/taxonomy.ts';
import { DIM } from './features.ts';
import { logits, outputsOf, softmaxInto, type DenseWeights } from './model.ts';
import type { Example } from './train.ts';

/** A class whose probability is off by less than this is left alone for the example. */
const MIN_GRADIENT = 1e-3;

export interface FitOptions {
  readonly epochs?: number;
  readonly rate?: number;
  readonly l2?: number;
  /** Mixed into the hash that orders each epoch's examples; "" keeps the order training used until 5 Dec. */
  readonly seed?: string;
  /**
   * The first epoch whose iterates are averaged into the returned weights (Polyak averaging, as the averaged
   * perceptron does); undefined: the last iterate, as until 5 Dec.
   */
  readonly averageFrom?: number;
  /** Models fitted, each without its own 1/bags of the examples (by a hash of the id), their weights averaged; 1: one fit. */
  readonly bags?: number;
  /**
   * false: every bag fits all the examples, each in its own order (an ensemble over shuffle seeds). Bags that each
   * leave out a share shrink the weights of features only a few examples carry (a feature missing from one bag of 4
   * keeps 3/4 of its weight), and with them the rare types the rules know by specific triggers.
   */
  readonly bagSubsets?: boolean;
}

/**
 * The settings `sitrep train subevent` uses for its final fit: one fit of 6 epochs, its last iterate. A bagged final fit
 * (bags 4, 8 epochs averaged from 2) steadied CASE TEST on its branch but cost the ME notes' rare classes on the merged
 * rules, so it is an option, not the default (MODEL.md, "Stability", "Not shipped").
 */
export const FIT_DEFAULTS: Required<FitOptions> = { epochs: 6, rate: 0.4, l2: 0, seed: '', averageFrom: -1, bags: 1, bagSubsets: true };

/** The examples' root id: a repeated example ("id#2") goes with its original. */
export const rootId = (e: Example): string => e.id.split('#')[0];

/**
 * Multinomial logistic regression by AdaGrad. The order of examples each epoch comes from a hash of their ids, the
 * epoch number and the seed, so there is no randomness: the same examples give the same weights. With `bags` > 1
 * the weights are the mean of `bags` fits, each leaving out its own share of the examples (and their copies): a
 * linear model's weights averaged are one linear model, so the file stays the size of one.
 */
export function fit(examples: readonly Example[], opts: FitOptions = {}): DenseWeights {
  const o = { ...FIT_DEFAULTS, ...opts };
  if (o.bags <= 1) return fitOne(examples, o);
  const C = outputsOf(SUB_EVENT_TYPES);
  let sum: DenseWeights | null = null;
  for (let b = 0; b < o.bags; b++) {
    const part = o.bagSubsets ? examples.filter((e) => fnv1a32(`bag:${o.seed}:${rootId(e)}`) % o.bags !== b) : examples;
    const d = fitOne(part, { ...o, seed: `${o.seed}/${b}` });
    if (!sum) sum = d;
    else {
      for (let j = 0; j < d.w.length; j++) sum.w[j] += d.w[j];
      for (let c = 0; c < C; c++) sum.bias[c] += d.bias[c];
    }
  }
  for (let j = 0; j < sum!.w.length; j++) sum!.w[j] /= o.bags;
  for (let c = 0; c < C; c++) sum!.bias[c] /= o.bags;
  return sum!;
}

function fitOne(examples: readonly Example[], o: Required<FitOptions>): DenseWeights {
  const { epochs, rate, l2, seed, averageFrom } = o;
  const C = outputsOf(SUB_EVENT_TYPES);
  const w = new Float32Array(DIM * C);
  const g2 = new Float32Array(w.length);
  const bias = new Float32Array(C);
  const b2 = new Float32Array(C);
  const z = new Float64Array(C);
  const live = new Int32Array(C);
  // Averaging: avg = w0 + ((T + 1)(w_T − w0) − Σ s·δ_s) / T over the T steps from averageFrom's epoch, δ_s the step's
  // change; u holds Σ s·δ_s, so only the weights a step touches are written (lazy averaging).
  const averaging = averageFrom >= 0 && averageFrom < epochs;
  let w0: Float32Array | null = null;
  let bias0: Float32Array | null = null;
  const u = averaging ? new Float64Array(w.length) : null;
  const ub = averaging ? new Float64Array(C) : null;
  let s = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    if (averaging && epoch === averageFrom) [w0, bias0] = [w.slice(), bias.slice()];
    const avg = averaging && epoch >= averageFrom;
    const key = seed ? `${seed}:${epoch}` : `${epoch}`;
    const order = examples.map((e, i) => ({ i, k: fnv1a32(`${key}:${e.id}:${e.source}`) })).sort((a, b) => a.k - b.k || a.i - b.i);
    for (const { i } of order) {
      const ex = examples[i];
      if (avg) s++;
      softmaxInto(logits({ w, bias }, C, ex.features, z));
      z[ex.label] -= 1; // z is now the gradient of the loss by the logits
      for (let c = 0; c < C; c++) {
        const g = z[c];
        b2[c] += g * g;
        const d = (rate * g) / Math.sqrt(b2[c] + 1e-8);
        bias[c] -= d;
        if (avg) ub![c] -= s * d;
      }
      // Classes the model already rules out get no update: most of the work is skipped, and nothing is lost.
      let n = 0;
      for (let c = 0; c < C; c++) if (Math.abs(z[c]) >= MIN_GRADIENT) live[n++] = c;
      const { idx, val } = ex.features;
      for (let k = 0; k < idx.length; k++) {
        const base = idx[k] * C;
        for (let m = 0; m < n; m++) {
          const c = live[m];
          const j = base + c;
          const g = z[c] * val[k] + l2 * w[j];
          g2[j] += g * g;
          const d = (rate * g) / Math.sqrt(g2[j] + 1e-8);
          w[j] -= d;
          if (avg) u![j] -= s * d;
        }
      }
    }
  }
  if (averaging && s > 0) {
    for (let j = 0; j < w.length; j++) w[j] = w0![j] + ((s + 1) * (w[j] - w0![j]) - u![j]) / s;
    for (let c = 0; c < C; c++) bias[c] = bias0![c] + ((s + 1) * (bias[c] - bias0![c]) - ub![c]) / s;
  }
  return { classes: SUB_EVENT_TYPES, w, bias, temperature: 1, trustRules: 1 };
}

/** Negative log-likelihood of held-out examples under a temperature. */
export function nll(d: DenseWeights, examples: readonly Example[], t: number): number {
  let s = 0;
  const C = outputsOf(d.classes);
  const z = new Float64Array(C);
  for (const e of examples) s -= Math.log(Math.max(1e-12, softmaxInto(logits(d, C, e.features, z), t)[e.label]));
  return s / Math.max(1, examples.length);
}
