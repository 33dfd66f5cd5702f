import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editDistance, spellingDistance } from './spelling-distance.ts';

test('edit distance counts insertions, deletions and substitutions', () => {
  assert.equal(editDistance('', ''), 0);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('abc', ''), 3);
});

test('spelling distance folds transliteration and an opening article', () => {
  assert.equal(spellingDistance('Nimane', 'Nu‘mān'), 1);
  assert.ok(spellingDistance('Nimane', 'Nu‘mānīyah') >= 3);
  assert.equal(spellingDistance('Al-Rasafah', 'Ar Ruşāfah') <= 2, true);
});
