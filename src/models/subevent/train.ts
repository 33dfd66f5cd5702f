import type { Article } from '../../model/article.ts';
import type { Document, EventMention } from '../../model/document.ts';
import { fnv1a32 } from '../../model/ids.ts';
import { SUB_EVENT_TYPES, type SubEventType } from '../../model/taxonomy.ts';
import type { Extractor } from '../../pipeline/extractor.ts';
import { classify } from '../../eval/metrics.ts';
import { subEventFeatures, type Features } from './features.ts';
import { FIT_DEFAULTS, fit, nll, type FitOptions } from './fit.ts';
import { logits, outputsOf, softmaxInto, type DenseWeights } from './model.ts';

export interface Example {
  readonly id: string;
  readonly features: Features;
  /** The sub-event type's index in CLASSES, or NO_EVENT. */
  readonly label: number;
  /** Where it came from ("acled", "case", "news"): reports count per source. */
  readonly source: string;
  /** The class the rules chose, -1 when they coded no event. */
  readonly rules: number;
}

/** The event the shared notes scorer would read: the most confident one. */
export function mainEvent(doc: Document): EventMention | null {
  let best: EventMention | null = null;
  for (const e of doc.events) if (!best || e.confidence > best.confidence) best = e;
  return best;
}

export const CLASSES: readonly SubEventType[] = SUB_EVENT_TYPES;
export const CLASS_INDEX = new Map(CLASSES.map((c, i) => [c, i]));
/** The label (and output) of a text that reports no event of an ACLED type: the model's abstain class. */
export const NO_EVENT = CLASSES.length;

/** The most probable sub-event type (never the no-event output). */
export function bestType(p: ArrayLike<number>, classes = CLASSES.length): number {
  let best = 0;
  for (let c = 1; c < classes; c++) if (p[c] > p[best]) best = c;
  return best;
}

/**
 * How sure the model must be, beyond beating its own no-event output, to code an event in a brief where the rules
 * found none: not at all. News snippets name events in words the trigger lexicon lacks or scores below its threshold
 * ("Thousands of people marched in Bratislava", "captured a key neighborhood"): a fifth of CASE 2021's TRAIN snippets
 * of ACLED types got no event from the rules. Whether such a brief holds an event is the model's no-event class,
 * learned from CASE's snippets of non-ACLED types (disasters, crime, diplomacy, claims of responsibility), not a
 * cut-off on the type's probability: in cross-validation on CASE TRAIN (bench/subevent-case-cv.ts) a cut-off on top of
 * it changed weighted F1 by at most 0.3 points (73.2 at none, 73.5 at 0.2, 72.7 at 0.5).
 */
export const MODEL_EVENT_MIN_P = 0;

/**
 * The type of the model's own event in a brief the rules coded nothing in: its most probable type, when that is more
 * probable than its no-event output and at least `createAt`; else -1.
 */
export function modelEventType(p: ArrayLike<number>, createAt = MODEL_EVENT_MIN_P): number {
  const best = bestType(p);
  return p[best] >= createAt && p[best] > p[NO_EVENT] ? best : -1;
}

/**
 * One example per brief (an ACLED note, a CASE snippet): the text with the rules' main event, labelled with the
 * coder's sub-event type. The rules run as they do in the pipeline, so the model learns when to trust them.
 */
export function briefExamples(rules: Extractor, items: readonly { article: Article; label: SubEventType | null }[], source: string): Example[] {
  const out: Example[] = [];
  for (const { article, label } of items) {
    const { doc } = rules.extract(article);
    const main = mainEvent(doc);
    out.push({ id: article.id, features: subEventFeatures(doc, main, true), label: label ? CLASS_INDEX.get(label)! : NO_EVENT, source, rules: main ? CLASS_INDEX.get(main.subEventType)! : -1 });
  }
  return out;
}

export { fit, FIT_DEFAULTS, type FitOptions } from './fit.ts';

/** The fifth of TRAIN (0–4, by a hash of an example's id, apart from the TEST split's hash) it falls in; its copies go with it. */
const fifthOf = (e: Example) => fnv1a32(`calibration:${e.id.split('#')[0]}`) % FOLDS;
const FOLDS = 5;
/** Fifth 0 sets the temperature. */
const isCalibration = (e: Example) => fifthOf(e) === 0;

/**
 * Trains on all examples, with the softmax temperature fitted on a fifth of them that a first model did not see:
 * a logistic regression is over-sure on what it learned from, and the temperature brings its confidence back to
 * how often it is right. The trust in the rules is chosen by cross-validation over the five fifths (see chooseTrust).
 */
export function train(examples: readonly Example[], opts: TrainOptions = {}): DenseWeights {
  return trainReport(examples, opts).weights;
}

/** Training's settings beyond one fit's: the bags of the fits that choose temperature and trust, and how the trust is read off its curve. */
export interface TrainOptions extends FitOptions {
  /**
   * Bags of the five fits of the trust's cross-validation (the first also sets the temperature); `bags` is the final
   * fit's. Bagging those too made training take 6 min (MODEL.md, "Stability").
   */
  readonly cvBags?: number;
  /** How far (weighted-F1 points, after smoothing) below its best the cross-validated curve still counts as its top (plateauMiddle); 0: the smoothed argmax. */
  readonly plateau?: number;
  /**
   * The trust is the lowest whose cross-validated weighted F1 is within `trustSe` standard errors (paired bootstrap
   * over the snippets) of the smoothed best's (oneSeTrust); 0: the smoothed argmax itself (smoothedBest).
   */
  readonly trustSe?: number;
}

/** What `sitrep train subevent` uses: MODEL.md, "Stability", has the runs that chose them. */
export const TRAIN_DEFAULTS: Required<TrainOptions> = { ...FIT_DEFAULTS, cvBags: 1, plateau: 0, trustSe: 1 };

/** What training chose, with the CASE TRAIN snippets' cross-validated weighted F1 at the chosen trust (the stability bench reads it). */
export interface TrainReport {
  readonly weights: DenseWeights;
  /** Weighted F1 over the seen CASE TRAIN snippets, each coded by the fit that did not see its fifth; NaN without snippets. */
  readonly cvF1: number;
  /** That weighted F1 at each of TRUSTS (empty without snippets). */
  readonly curve: readonly number[];
  /** The CASE snippets' out-of-fold probabilities the curve was read from (benches compare ways of choosing on them). */
  readonly outOfFold: readonly { e: Example; p: Float64Array }[];
}

export function trainReport(examples: readonly Example[], opts: TrainOptions = {}): TrainReport {
  const o = { ...TRAIN_DEFAULTS, ...opts };
  const cvOpts: FitOptions = { ...o, bags: o.cvBags };
  const folds = [...Array(FOLDS)].map((_, k) => examples.filter((e) => fifthOf(e) === k));
  const held = folds[0];
  const first = fit(examples.filter((e) => !isCalibration(e)), cvOpts);
  let best = { t: 1, loss: Infinity };
  for (let t = 0.5; t <= 3.001; t += 0.05) {
    const loss = nll(first, held, t);
    if (loss < best.loss) best = { t: +t.toFixed(2), loss };
  }
  const cased = folds.map((f) => f.filter((e) => e.source === 'case' && !e.id.includes('#')));
  const outOfFold: { e: Example; p: Float64Array }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    if (!cased[k].length) continue;
    const d = k === 0 ? first : fit(examples.filter((e) => fifthOf(e) !== k), cvOpts);
    const C = outputsOf(d.classes);
    for (const e of cased[k]) outOfFold.push({ e, p: Float64Array.from(softmaxInto(logits(d, C, e.features), best.t)) });
  }
  const curve = outOfFold.length ? trustScores(outOfFold) : [];
  const trustRules = !curve.length ? 1 : o.trustSe > 0 ? oneSeTrust(outOfFold, o.trustSe) : TRUSTS[chooseTrustFrom(curve, o.plateau)];
  return { weights: { ...fit(examples, o), temperature: best.t, trustRules }, cvF1: curve.length ? curve[TRUSTS.indexOf(trustRules)] : NaN, curve, outOfFold };
}

/** The class chosen: the rules' own, while the model gives it at least `trust`; else the model's first type. */
export function choose(p: ArrayLike<number>, rules: number, trust: number): number {
  if (rules >= 0 && p[rules] >= trust) return rules;
  return bestType(p);
}

/** The trusts tried, from 0 (the rules' class always stands) to 0.6. */
export const TRUSTS: readonly number[] = [...Array(13)].map((_, i) => +(0.05 * i).toFixed(2));

/**
 * How much probability the rules' class needs to stand: the trust with the best weighted F1 (as CASE 2021 is scored)
 * over the snippets of TRAIN, each coded by a model that did not see its fifth, after smoothing (smoothedBest).
 * CASE snippets are news, the texts Sitrep reads; the ACLED notes, which the rules were tuned on, decide little here.
 */
export function chooseTrust(heldOut: readonly { e: Example; p: Float64Array }[], plateau = 0): number {
  return chooseTrustFrom(trustScores(heldOut), plateau);
}

const chooseTrustFrom = (scores: readonly number[], plateau: number) => (plateau > 0 ? plateauMiddle(scores, plateau / 100) : smoothedBest(scores));

/** Weighted F1 as the CASE scorer computes it (eval/metrics.ts) at each of TRUSTS; -1, no event coded, is no prediction. */
function trustScores(heldOut: readonly { e: Example; p: Float64Array }[]): number[] {
  const events = heldOut.filter(({ e }) => e.label !== NO_EVENT);
  return TRUSTS.map((trust) => {
    const pairs = events.map(({ e, p }) => {
      const pred = briefChoice(p, e.rules, trust);
      return { gold: String(e.label), pred: pred < 0 ? null : String(pred) };
    });
    return classify(pairs).weightedF1;
  });
}

/** Bootstrap draws of oneSeTrust. */
const DRAWS = 200;

/**
 * The lowest trust whose cross-validated weighted F1 is within `se` standard errors of the smoothed best's (the
 * "one-standard-error rule" of model selection). Above a trust of 0.15–0.25 the curve is flat within a snippet or two,
 * and its argmax, smoothed or not, wandered from 0.15 to 0.55 between retrains that differed only in the shuffle
 * seed; where the curve climbs (the rules keep types the model rightly doubts) is steep and moves little. The
 * standard error of each trust's difference from the best is read from paired bootstrap resamples of the snippets
 * (the same draws score every trust; a fixed generator, so the same held-out probabilities give the same choice).
 * The lowest such trust leaves the rules' class standing most often: the rules know rare types by specific triggers.
 */
export function oneSeTrust(heldOut: readonly { e: Example; p: Float64Array }[], se = 1): number {
  const band = seBand(heldOut, se);
  return band ? TRUSTS[band.lo] : 1;
}

/**
 * The trusts within `se` standard errors of the smoothed best (by index into TRUSTS): `lo` the lowest (oneSeTrust's
 * answer), `hi` the highest, `top` the best; null with no event to score. `curve` defaults to the held-out curve
 * itself; a bench may pass another (bench/subevent-trust-nested.ts compares reading either edge).
 */
export function seBand(heldOut: readonly { e: Example; p: Float64Array }[], se = 1, curveIn?: readonly number[]): { lo: number; hi: number; top: number } | null {
  const events = heldOut.filter(({ e }) => e.label !== NO_EVENT);
  const n = events.length;
  if (!n) return null;
  const gold = Int32Array.from(events, ({ e }) => e.label);
  const preds = TRUSTS.map((trust) => Int32Array.from(events, ({ e, p }) => briefChoice(p, e.rules, trust)));
  const ones = new Float64Array(n).fill(1);
  const curve = curveIn ?? preds.map((pred) => weightedF1(gold, pred, ones));
  const top = smoothedBest(curve);
  const diffs = TRUSTS.map(() => new Float64Array(DRAWS));
  let state = 0x9e3779b9;
  const next = () => {
    // mulberry32
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

/** Weighted F1 as classify computes it (eval/metrics.ts), over class indices with a weight (a count) per pair; -1 is no prediction. */
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

/** What the stage codes in a brief: the rules' event typed by choose, else the model's own event (modelEventType; -1: none). */
function briefChoice(p: ArrayLike<number>, rules: number, trust: number): number {
  return rules >= 0 ? choose(p, rules, trust) : modelEventType(p);
}

/**
 * The index of the best score after a moving average over `radius` neighbours on each side (cut at the ends); the
 * first of equal ones. A score over a few hundred snippets moves by a point when two of them change, so a lone peak
 * between low neighbours is more likely luck than a better value: the raw argmax over CASE TRAIN moved between 0.1
 * and 0.25 from fold to fold of the cross-validation.
 */
export function smoothedBest(scores: readonly number[], radius = 1): number {
  let best = -1;
  let bestMean = -Infinity;
  smoothed(scores, radius).forEach((mean, i) => {
    if (mean > bestMean + 1e-9) [best, bestMean] = [i, mean];
  });
  return best;
}

/** Each score replaced by the mean of itself and its neighbours within `radius` (fewer at the ends). */
function smoothed(scores: readonly number[], radius: number): number[] {
  return scores.map((_, i) => {
    const window = scores.slice(Math.max(0, i - radius), i + radius + 1);
    return window.reduce((s, x) => s + x, 0) / window.length;
  });
}


/**
 * The middle of the curve's top: the run of indices around the smoothed best (smoothedBest, radius 1) whose smoothed
 * score is within `within` of it, and that run's middle (the lower of two). Above a trust of 0.15 the cross-validated
 * curve is flat within a point, and its argmax wandered from 0.15 to 0.5 between retrains that differed only in the
 * shuffle seed; the plateau's middle moves only when its edges do, and sits as far as it can from where the curve falls.
 */
export function plateauMiddle(scores: readonly number[], within: number): number {
  const smooth = smoothed(scores, 1);
  const top = smoothedBest(scores);
  let lo = top;
  let hi = top;
  while (lo > 0 && smooth[lo - 1] >= smooth[top] - within) lo--;
  while (hi + 1 < smooth.length && smooth[hi + 1] >= smooth[top] - within) hi++;
  return Math.floor((lo + hi) / 2);
}

/** Reliability table: predictions binned by confidence, with how often each bin was right. */
export function reliability(pairs: readonly { p: number; ok: boolean }[], edges = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001]): { bin: string; n: number; meanConfidence: number; accuracy: number }[] {
  const rows = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const inBin = pairs.filter((x) => x.p >= edges[i] && x.p < edges[i + 1]);
    const n = inBin.length;
    rows.push({
      bin: `${edges[i].toFixed(2)}–${Math.min(1, edges[i + 1]).toFixed(2)}`,
      n,
      meanConfidence: n ? inBin.reduce((s, x) => s + x.p, 0) / n : 0,
      accuracy: n ? inBin.filter((x) => x.ok).length / n : 0,
    });
  }
  return rows;
}

/** Expected calibration error: the gap between confidence and accuracy, weighted by how many fall in each bin. */
export function expectedCalibrationError(pairs: readonly { p: number; ok: boolean }[]): number {
  const n = pairs.length || 1;
  return reliability(pairs).reduce((s, r) => s + (r.n / n) * Math.abs(r.meanConfidence - r.accuracy), 0);
}

export function formatReliability(pairs: readonly { p: number; ok: boolean }[]): string {
  const lines = ['confidence   n      mean conf  accuracy'];
  for (const r of reliability(pairs)) lines.push(`${r.bin.padEnd(12)} ${String(r.n).padStart(5)}  ${(100 * r.meanConfidence).toFixed(1).padStart(9)}  ${(100 * r.accuracy).toFixed(1).padStart(8)}`);
  lines.push(`expected calibration error ${(100 * expectedCalibrationError(pairs)).toFixed(1)} points over ${pairs.length} predictions`);
  return lines.join('\n');
}
