import assert from 'node:assert/strict';
import { test } from 'node:test';
import { patternFinder, phraseFinder } from './phrase-table.ts';

// Invented phrases and sentences: the word-by-word finder must find what the one pattern finds, match for match.
const phrases = ['board of aldermen', 'Board of Aldermen', 'Alderman', 'alderman', 'aldermen', 'town reeve', 'Town Reeve', 'reeve', 'Dept. of Roads', 'Dept', 'parish pump', 'Café Society', 'Café', '4-H club', 'Zürich Rates'].sort((a, b) => b.length - a.length);
const table = phraseFinder(phrases)!;
const pattern = patternFinder(phrases);

const texts = [
  'Alderman Jones told the board of aldermen that the town reeve had resigned.',
  // inside a longer word, or with a letter or digit right after: no match
  'Aldermanic duties, aldermen2 and reeves; the Aldermanship went on.',
  // the longer phrase wins where both open; the shorter where the longer stops short
  'The Board of Aldermen met; the Board of Alder met; Dept. of Roads and the Dept. of Parks.',
  // a mark, an apostrophe, a dash or the end of the text closes a phrase; an accented or astral letter does not
  'Alderman\u0301 said; the alderman’s car; reeve-elect; a Café; Cafés; Caféx; 𝐀reeve; reeve𝐀 and alderman',
  // digits open a run too, and a phrase may hold a hyphen
  'The 4-H club met at the parish pump; the 14-H club did not; Zürich Rates rose.',
  '',
  'reeve',
];

test('phraseFinder finds what the pattern finds, in order', () => {
  for (const text of texts) assert.deepEqual(table(text), pattern(text), text);
});

test('phraseFinder: the matches themselves (longest first, whole words only)', () => {
  assert.deepEqual(table(texts[0]), ['Alderman', 'board of aldermen', 'town reeve']);
  assert.deepEqual(table(texts[1]), []);
  assert.deepEqual(table(texts[2]), ['Board of Aldermen', 'Dept. of Roads', 'Dept']);
  assert.deepEqual(table('a Café; Cafés; Caféx; 𝐀reeve; reeve𝐀 and alderman'), ['Café', 'alderman']);
});

test('phraseFinder declines a list with a phrase that opens with no letter or digit', () => {
  assert.equal(phraseFinder(['$ bill', 'reeve']), null);
  assert.deepEqual(patternFinder(['$ bill', 'reeve'])('a $ bill and a reeve'), ['$ bill', 'reeve']);
});
