// The fitting options that make the sub-event classifier stable: averaged iterates and bagged fits (fit.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv1a32 } from '../../model/ids.ts';
import { CLASSES, NO_EVENT, type Example } from './train.ts';
import { fit, rootId } from './fit.ts';
import type { DenseWeights } from './model.ts';

/** A synthetic example: a few feature buckets, a label. */
const ex = (id: string, idx: number[], label: number): Example => ({ id, features: { idx: Int32Array.from(idx), val: new Float32Array(idx.length).fill(1) }, label, source: 'test', rules: -1 });
const TOY = [ex('a', [1, 2], 0), ex('b', [2, 3], 1), ex('c', [4, 5], NO_EVENT), ex('d', [1, 5], 0), ex('e', [3, 6], 1), ex('a#1', [1, 2], 0)];
const close = (a: DenseWeights, b: DenseWeights, what: string) => {
  for (let j = 0; j < a.w.length; j++) if (Math.abs(a.w[j] - b.w[j]) > 1e-5) assert.fail(`${what}: weight ${j} ${a.w[j]} ≠ ${b.w[j]}`);
  for (let c = 0; c < a.bias.length; c++) assert.ok(Math.abs(a.bias[c] - b.bias[c]) < 1e-5, `${what}: bias ${c}`);
};
/** One fit, its last iterate: the defaults (FIT_DEFAULTS) bag and average, these tests build those from single fits. */
const ONE = { averageFrom: -1, bags: 1 };
const mean = (xs: DenseWeights[]): DenseWeights => ({
  ...xs[0],
  w: xs[0].w.map((_, j) => xs.reduce((s, x) => s + x.w[j], 0) / xs.length),
  bias: xs[0].bias.map((_, c) => xs.reduce((s, x) => s + x.bias[c], 0) / xs.length),
});

test('averaged iterates are the mean of the weights after each step (lazy averaging is exact)', () => {
  // one example: each epoch is one step, so the average from epoch 0 over 3 epochs is the mean of 1, 2 and 3 epochs' fits
  const one = [TOY[0]];
  const steps = [1, 2, 3].map((epochs) => fit(one, { ...ONE, epochs }));
  close(fit(one, { ...ONE, epochs: 3, averageFrom: 0 }), mean(steps), 'average from epoch 0');
  // from epoch 1: the steps of epochs 2 and 3
  close(fit(one, { ...ONE, epochs: 3, averageFrom: 1 }), mean(steps.slice(1)), 'average from epoch 1');
  // averaging from past the last epoch is the last iterate
  close(fit(TOY, { ...ONE, epochs: 3, averageFrom: 3 }), fit(TOY, { ...ONE, epochs: 3 }), 'no averaging');
});

test('bagged fits are the mean of fits that each leave out their share of the examples, copies with their original', () => {
  const bags = 2;
  const part = (b: number) => TOY.filter((e) => fnv1a32(`bag::${rootId(e)}`) % bags !== b);
  assert.ok(part(0).length && part(1).length, 'both bags hold examples');
  assert.equal(part(0).some((e) => e.id === 'a'), part(0).some((e) => e.id === 'a#1'), 'a repeated example goes with its original');
  const fits = [0, 1].map((b) => fit(part(b), { ...ONE, epochs: 2, seed: `/${b}` }));
  close(fit(TOY, { ...ONE, epochs: 2, bags }), mean(fits), 'two bags');
});

test('bags over all the examples (bagSubsets false) are the mean of fits that differ only in their order', () => {
  const fits = [0, 1].map((b) => fit(TOY, { ...ONE, epochs: 2, seed: `/${b}` }));
  close(fit(TOY, { ...ONE, epochs: 2, bags: 2, bagSubsets: false }), mean(fits), 'two orders');
});

test('fits are deterministic; the seed changes only the order of the examples', () => {
  const a = fit(TOY, { epochs: 3, averageFrom: 1, bags: 2 });
  close(a, fit(TOY, { epochs: 3, averageFrom: 1, bags: 2 }), 'same options');
  const seeded = fit(TOY, { ...ONE, epochs: 3, seed: 'x' });
  const unseeded = fit(TOY, { ...ONE, epochs: 3 });
  assert.ok(seeded.w.some((x, j) => x !== unseeded.w[j]), 'another order gives other weights');
  const top = (d: DenseWeights, e: Example) => {
    const z = [...d.bias].map((b, c) => b + [...e.features.idx].reduce((s, i) => s + d.w[i * (CLASSES.length + 1) + c], 0));
    return z.indexOf(Math.max(...z));
  };
  for (const e of TOY) assert.equal(top(seeded, e), e.label, 'but learns the same toy data');
});
