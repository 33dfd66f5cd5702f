// The trust read as the median of the one-standard-error choice over subsamples of the held-out snippets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv1a32 } from '../../model/ids.ts';
import { CLASSES, oneSeTrust, type Example } from './train.ts';
import { baggedOneSeTrust } from './trust-choice.ts';

/** A held-out snippet: the model gives the rules' class `pRules` and the gold class the rest of its mass. */
function snippet(id: string, gold: number, rules: number, pRules: number): { e: Example; p: Float64Array } {
  const p = new Float64Array(CLASSES.length + 1);
  p[rules] = pRules;
  p[gold === rules ? (rules + 1) % CLASSES.length : gold] += 1 - pRules;
  return { e: { id, features: { idx: new Int32Array(0), val: new Float32Array(0) }, label: gold, source: 'case', rules }, p };
}
const many = (n: number, f: (i: number) => { e: Example; p: Float64Array }) => [...Array(n)].map((_, i) => f(i));

test('baggedOneSeTrust keeps a clear choice: a steep climb, or a peak nothing below comes near', () => {
  const climb = [...many(100, (i) => snippet(`r${i}`, i % 5, i % 5, 0.9)), ...many(20, (i) => snippet(`w${i}`, 5 + (i % 3), 9, 0.05)), ...many(5, (i) => snippet(`t${i}`, 5 + (i % 3), 9, 0.4)), ...many(2, (i) => snippet(`u${i}`, i, i, 0.4))];
  assert.equal(baggedOneSeTrust(climb), oneSeTrust(climb));
  assert.equal(baggedOneSeTrust(climb), 0.1);
  const peak = [...[0.2, 0.3, 0.5, 0.9].flatMap((p, i) => many(10, (j) => snippet(`r${i}.${j}`, i, i, p))), ...many(30, (i) => snippet(`w${i}`, 5 + (i % 3), 9, 0.15))];
  assert.equal(baggedOneSeTrust(peak), 0.2);
  assert.equal(baggedOneSeTrust(peak), baggedOneSeTrust(peak), 'the same probabilities give the same choice');
});

test('baggedOneSeTrust is the median of the one-standard-error choice over subsamples that each leave out a tenth', () => {
  // a shallow stretch: wrong rules' classes the model doubts (0.07, 0.12) mixed with right ones it doubts as much
  const held = [
    ...many(200, (i) => snippet(`r${i}`, i % 5, i % 5, 0.9)),
    ...many(12, (i) => snippet(`w${i}`, 5 + (i % 3), 9, 0.07)),
    ...many(6, (i) => snippet(`v${i}`, i % 5, i % 5, 0.07)),
    ...many(10, (i) => snippet(`x${i}`, 5 + (i % 3), 9, 0.12)),
    ...many(6, (i) => snippet(`y${i}`, i % 5, i % 5, 0.12)),
  ];
  const choices = [...Array(25)].map((_, b) => oneSeTrust(held.filter(({ e }) => fnv1a32(`trust-bag${b}:${e.id}`) % 10 !== 0))).sort((x, y) => x - y);
  assert.equal(baggedOneSeTrust(held), choices[12]);
  // copies of one snippet ("id#k", a CASE snippet counted several times) are left out together, never split
  const copies = held.flatMap((h) => [h, { ...h, e: { ...h.e, id: `${h.e.id}#1` } }]);
  const copyChoices = [...Array(25)].map((_, b) => oneSeTrust(copies.filter(({ e }) => fnv1a32(`trust-bag${b}:${e.id.split('#')[0]}`) % 10 !== 0))).sort((x, y) => x - y);
  assert.equal(baggedOneSeTrust(copies), copyChoices[12]);
});
