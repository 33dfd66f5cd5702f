// How the trust in the rules is chosen: a smoothed weighted-F1 curve over held-out snippets, not its raw argmax.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseTrust, CLASSES, fit, NO_EVENT, oneSeTrust, plateauMiddle, smoothedBest, trainReport, TRUSTS, type Example } from './train.ts';

test('smoothedBest takes the best moving average, not a lone peak, and the first of equal ones', () => {
  // a lone spike at index 1 between low neighbours loses to a broad plateau
  assert.equal(smoothedBest([0.5, 0.9, 0.5, 0.8, 0.8, 0.8, 0.5]), 4);
  // the raw argmax would be index 1
  assert.equal([0.5, 0.9, 0.5, 0.8, 0.8, 0.8, 0.5].indexOf(0.9), 1);
  // the window is cut at the ends: the first index averages itself and its one neighbour
  assert.equal(smoothedBest([0.9, 0.9, 0.1, 0.1]), 0);
  assert.equal(smoothedBest([0.7, 0.7, 0.7]), 0);
  assert.equal(smoothedBest([0.2, 0.1, 0.9], 0), 2, 'radius 0 is the raw argmax');
});

/** A held-out snippet: the model gives the rules' class `pRules` and the gold class the rest of its mass. */
function snippet(id: string, gold: number, rules: number, pRules: number): { e: Example; p: Float64Array } {
  const p = new Float64Array(CLASSES.length + 1);
  p[rules] = pRules;
  p[gold === rules ? (rules + 1) % CLASSES.length : gold] += 1 - pRules;
  return { e: { id, features: { idx: new Int32Array(0), val: new Float32Array(0) }, label: gold, source: 'case', rules }, p };
}

test('chooseTrust: the rules stand where they are right, the model overrules them where they are wrong', () => {
  // the rules are right whenever the model gives their class 0.2 or more, wrong (and the model right) below: only at
  // 0.2 does every right answer stand and every wrong one fall, and the curve falls off on both sides of it
  const held = [
    ...[0.2, 0.3, 0.5, 0.9].map((p, i) => snippet(`r${i}`, i, i, p)),
    ...[0.01, 0.1, 0.15].map((p, i) => snippet(`w${i}`, 5 + i, 9, p)),
  ];
  assert.equal(TRUSTS[chooseTrust(held)], 0.2);
  // texts of no ACLED event have no right type: they do not move the choice
  assert.equal(TRUSTS[chooseTrust([...held, snippet('n', NO_EVENT, 3, 0.05)])], 0.2);
});

test('plateauMiddle takes the middle of the run within a tolerance of the smoothed best, not its argmax', () => {
  // flat from index 3 to 11 within half a point, best (smoothed) at 4: the middle of 3..11 is 7
  const flat = [0.69, 0.71, 0.725, 0.73, 0.735, 0.731, 0.729, 0.732, 0.73, 0.728, 0.731, 0.73, 0.729];
  assert.equal(smoothedBest(flat), 4);
  assert.equal(plateauMiddle(flat, 0.005), 7);
  // the run stops where the curve falls, even if it rises again further on
  assert.equal(plateauMiddle([0.5, 0.8, 0.8, 0.8, 0.5, 0.79, 0.79], 0.005), 2);
  // the lower of two middles; a tolerance of 0 keeps only equal neighbours
  assert.equal(plateauMiddle([0.8, 0.8, 0.8, 0.8], 0.001), 1);
  assert.equal(plateauMiddle([0.2, 0.5, 0.9, 0.5, 0.2], 0), 2);
});

test('chooseTrust with a plateau reads the same curve as without one', () => {
  const held = [
    ...[0.2, 0.3, 0.5, 0.9].map((p, i) => snippet(`r${i}`, i, i, p)),
    ...[0.01, 0.1, 0.15].map((p, i) => snippet(`w${i}`, 5 + i, 9, p)),
  ];
  // the curve peaks at 0.2 and falls on both sides by more than half a point: the plateau is the peak alone
  assert.equal(TRUSTS[chooseTrust(held, 0.5)], 0.2);
});

test('trainReport bags only the final fit when cvBags is 1: its weights are fit(examples, { bags })', () => {
  const ex = (id: string, idx: number[], label: number, source = 'case'): Example => ({ id, features: { idx: Int32Array.from(idx), val: new Float32Array(idx.length).fill(1) }, label, source, rules: label });
  const toy = [...Array(30)].map((_, i) => ex(`s${i}`, [i % 3, 10 + (i % 7)], i % 3));
  const r = trainReport(toy, { epochs: 2, bags: 3, cvBags: 1 });
  const direct = fit(toy, { epochs: 2, bags: 3 });
  assert.deepEqual([...r.weights.w], [...direct.w]);
  assert.equal(r.curve.length, TRUSTS.length);
  assert.ok(r.cvF1 >= 0 && r.cvF1 <= 1);
});

test('oneSeTrust takes the lowest trust within a standard error of the best, not the argmax of a flat tail', () => {
  // 100 rules' classes the model backs (right); 20 wrong ones it gives 0.05 (a steep climb: overruled from a trust of
  // 0.1); on the tail, 5 wrong and 2 right ones it gives 0.4: from 0.45 the curve is a few snippets higher, within noise
  const held = [
    ...[...Array(100)].map((_, i) => snippet(`r${i}`, i % 5, i % 5, 0.9)),
    ...[...Array(20)].map((_, i) => snippet(`w${i}`, 5 + (i % 3), 9, 0.05)),
    ...[...Array(5)].map((_, i) => snippet(`t${i}`, 5 + (i % 3), 9, 0.4)),
    ...[...Array(2)].map((_, i) => snippet(`u${i}`, i, i, 0.4)),
  ];
  assert.ok(TRUSTS[chooseTrust(held)] >= 0.45, 'the smoothed argmax sits on the tail');
  assert.equal(oneSeTrust(held), 0.1, 'the climb is many snippets, far beyond a standard error; the tail is not');
  assert.equal(oneSeTrust(held), oneSeTrust(held), 'the same probabilities give the same choice');
  // with a tolerance of 0 standard errors only trusts scoring as the best itself qualify: the lowest of the tail
  assert.equal(TRUSTS[chooseTrust(held)], 0.5);
  assert.equal(oneSeTrust(held, 0), 0.45);
  // a clear peak (every wrong rules' class at 0.15, every right one at 0.2 or more) is kept: nothing below it is close
  const peak = [...[0.2, 0.3, 0.5, 0.9].flatMap((p, i) => [...Array(10)].map((_, j) => snippet(`r${i}.${j}`, i, i, p))), ...[...Array(30)].map((_, i) => snippet(`w${i}`, 5 + (i % 3), 9, 0.15))];
  assert.equal(oneSeTrust(peak), 0.2);
});
