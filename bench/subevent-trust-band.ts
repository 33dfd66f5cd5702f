/**
 * The band of trusts within `se` standard errors of the smoothed best on a cross-validated curve, read as oneSeTrust
 * (src/models/subevent/train.ts) reads it: the same 200 paired bootstrap draws, the same fixed generator. `lo` is
 * the lowest trust in the band (oneSeTrust's answer), `hi` the highest, so a bench can compare reading either edge.
 */
import { CLASSES, NO_EVENT, smoothedBest, TRUSTS, type Example } from '../src/models/subevent/train.ts';

const DRAWS = 200;
const bestType = (p: ArrayLike<number>) => {
  let b = 0;
  for (let c = 1; c < CLASSES.length; c++) if (p[c] > p[b]) b = c;
  return b;
};
const choice = (p: ArrayLike<number>, rules: number, trust: number) => (rules >= 0 ? (p[rules] >= trust ? rules : bestType(p)) : p[bestType(p)] > p[NO_EVENT] ? bestType(p) : -1);

function weightedF1(gold: Int32Array, pred: Int32Array, w: Float64Array): number {
  const K = CLASSES.length;
  const tp = new Float64Array(K);
  const fp = new Float64Array(K);
  const fn = new Float64Array(K);
  for (let i = 0; i < gold.length; i++) {
    if (!w[i]) continue;
    if (gold[i] === pred[i]) tp[gold[i]] += w[i];
    else {
      fn[gold[i]] += w[i];
      if (pred[i] >= 0) fp[pred[i]] += w[i];
    }
  }
  let sum = 0;
  let total = 0;
  for (let c = 0; c < K; c++) {
    const support = tp[c] + fn[c];
    if (!support) continue;
    total += support;
    sum += (support * 2 * tp[c]) / (2 * tp[c] + fp[c] + fn[c]);
  }
  return total ? sum / total : 0;
}

export function seBand(heldOut: readonly { e: Example; p: Float64Array }[], curve: readonly number[], se: number): { lo: number; hi: number; top: number } {
  const events = heldOut.filter(({ e }) => e.label !== NO_EVENT);
  const n = events.length;
  const gold = Int32Array.from(events, ({ e }) => e.label);
  const preds = TRUSTS.map((trust) => Int32Array.from(events, ({ e, p }) => choice(p, e.rules, trust)));
  const top = smoothedBest(curve);
  const diffs = TRUSTS.map(() => new Float64Array(DRAWS));
  let state = 0x9e3779b9;
  const next = () => {
    // mulberry32, as oneSeTrust
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const w = new Float64Array(n);
  for (let b = 0; b < DRAWS; b++) {
    w.fill(0);
    for (let i = 0; i < n; i++) w[Math.floor(next() * n)]++;
    const atTop = weightedF1(gold, preds[top], w);
    preds.forEach((pred, i) => (diffs[i][b] = atTop - weightedF1(gold, pred, w)));
  }
  const within = (i: number) => {
    const d = diffs[i];
    const mean = d.reduce((s, x) => s + x, 0) / DRAWS;
    const sd = Math.sqrt(d.reduce((s, x) => s + (x - mean) ** 2, 0) / (DRAWS - 1));
    return curve[top] - curve[i] <= se * sd;
  };
  let lo = top;
  for (let i = 0; i < top; i++) if (within(i)) { lo = i; break; }
  let hi = top;
  for (let i = TRUSTS.length - 1; i > top; i--) if (within(i)) { hi = i; break; }
  return { lo, hi, top };
}
