import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endsAfterWord, lastNonSpace, wordBeforeSpaces } from './tail-words.ts';

// Invented phrases: the last word before closing white space, read backwards.
test('wordBeforeSpaces: the ASCII letters before the closing white space, lower-cased', () => {
  assert.equal(wordBeforeSpaces('shells fell on the outskirts OF '), 'of');
  assert.equal(wordBeforeSpaces('the road to\u00a0\n'), 'to');
  assert.equal(wordBeforeSpaces('a village near'), '');
  assert.equal(wordBeforeSpaces('   '), '');
  assert.equal(wordBeforeSpaces(''), '');
  // a letter outside ASCII or a digit ends the word, as the patterns' \b and \s+ end theirs
  assert.equal(wordBeforeSpaces('5km 2near '), 'near');
  assert.equal(wordBeforeSpaces('Déin '), 'in');
  assert.equal(wordBeforeSpaces('the end. '), '');
});

test('lastNonSpace: the last character that is no white space', () => {
  assert.equal(lastNonSpace('Ann Smith, 41, '), ',');
  assert.equal(lastNonSpace('Sen. Dee, D-'), '-');
  assert.equal(lastNonSpace(' \t'), '');
});

test('endsAfterWord: the pattern decides where the word is right, and is not tried elsewhere', () => {
  let tried = 0;
  const re = /\b(?:near|outside)\s+$/i;
  const probe = { test: (s: string) => (tried++, re.test(s)) } as unknown as RegExp;
  const guarded = endsAfterWord(probe, ['near', 'outside']);
  assert.equal(guarded('a camp NEAR '), true);
  assert.equal(guarded('a camp nearer '), false);
  assert.equal(tried, 1);
  assert.equal(guarded('a camp near'), false);
  assert.equal(guarded('a camp in '), false);
  assert.equal(tried, 1);
  // a longer word ending in one of them is another word
  assert.equal(guarded('a campnear '), false);
  assert.equal(tried, 1);
  // "5near": the word is right, the pattern's \b is not
  assert.equal(guarded('a camp 5near '), false);
  assert.equal(tried, 2);
});
