import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAllCapsSentence, STATIC_PER_TOKEN, staticFeatures, tagFeatures, tagFeaturesOf, wordShape, DYNAMIC_PER_TOKEN } from './features.ts';

test('wordShape keeps case and digits, collapsing runs', () => {
  const cases: [string, string, string][] = [
    ['Obama', 'Xx', 'title case'],
    ['NATO', 'X', 'capitals'],
    ['said', 'x', 'lower case'],
    ['1996-08-22', 'd-d-d', 'a date'],
    ['U.S.', 'X.X.', 'dotted capitals'],
    ['McCain', 'XxXx', 'inner capital'],
    ["al-Qaeda", 'x-Xx', 'hyphenated article'],
  ];
  for (const [word, shape, label] of cases) assert.equal(wordShape(word), shape, label);
});

test('a headline in capitals is told apart from a sentence', () => {
  assert.equal(isAllCapsSentence(['RUGBY', 'UNION', '-', 'CUTTITTA', 'BACK']), true);
  assert.equal(isAllCapsSentence(['NATO', 'said', 'so']), false);
  assert.equal(isAllCapsSentence(['1996-08-22']), false);
});

const featuresOf = (words: string[], from = 0, to = words.length, bits = 16) => {
  const out = new Int32Array((to - from) * STATIC_PER_TOKEN);
  staticFeatures(words, from, to, bits, isAllCapsSentence(words), out);
  return out;
};

test('every token gets the same number of ids, each inside the table', () => {
  const words = ['President', 'Barack', 'Obama', 'said', '.'];
  const ids = featuresOf(words, 0, words.length, 12);
  assert.equal(ids.length, words.length * STATIC_PER_TOKEN);
  for (const id of ids) assert.ok(id >= 0 && id < 2 ** 12, `id ${id}`);
});

test('features are pure: the same words give the same ids, and a window equals the same tokens of the whole', () => {
  const words = ['Fighting', 'raged', 'in', 'Aleppo', 'on', 'Monday', '.'];
  assert.deepEqual(featuresOf(words), featuresOf([...words]));
  const whole = featuresOf(words);
  const window = featuresOf(words, 2, 5);
  assert.deepEqual(window, whole.slice(2 * STATIC_PER_TOKEN, 5 * STATIC_PER_TOKEN));
});

test('context matters: the same word after "in" and before "said" differs in some ids, not all', () => {
  const a = featuresOf(['in', 'Kelly', '.'], 1, 2);
  const b = featuresOf(['Kelly', 'said', '.'], 0, 1);
  const shared = [...a].filter((id) => b.includes(id)).length;
  assert.ok(shared > 5 && shared < STATIC_PER_TOKEN, `shared ${shared}`);
});

test('the tags before a token change its dynamic ids', () => {
  const words = ['Barack', 'Obama'];
  const afterPerson = new Int32Array(DYNAMIC_PER_TOKEN);
  const afterNothing = new Int32Array(DYNAMIC_PER_TOKEN);
  tagFeatures(words, 1, 1, 0, 16, false, afterPerson, 0);
  tagFeatures(words, 1, 0, 0, 16, false, afterNothing, 0);
  assert.notDeepEqual(afterPerson, afterNothing);
});

test("the dynamic ids from a token's cached lowercase and shape are tagFeatures' own, in running text and in a headline", () => {
  const words = ['Fighting', 'in', 'McAllen', 'U.S.'];
  for (const caps of [false, true]) {
    for (let i = 0; i < words.length; i++) {
      const direct = new Int32Array(DYNAMIC_PER_TOKEN);
      const cached = new Int32Array(DYNAMIC_PER_TOKEN);
      tagFeatures(words, i, 5, 1, 16, caps, direct, 0);
      tagFeaturesOf(words[i].toLowerCase(), caps ? 'C' : wordShape(words[i]), 5, 1, 16, cached, 0);
      assert.deepEqual(cached, direct);
    }
  }
  // the word's case is no part of the word id, only of the shape id
  const upper = new Int32Array(DYNAMIC_PER_TOKEN);
  const lower = new Int32Array(DYNAMIC_PER_TOKEN);
  tagFeaturesOf('mcallen', 'XxXx', 0, 0, 16, upper, 0);
  tagFeaturesOf('mcallen', 'x', 0, 0, 16, lower, 0);
  assert.equal(upper[2], lower[2]);
  assert.notEqual(upper[3], lower[3]);
});
