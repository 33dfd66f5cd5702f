import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLatinOrArabic, normalizeName, skeletonKey, SKELETON_MARK } from './normalize-name.ts';

const SAME: readonly [string[], string][] = [
  [['Al-Bukamal', 'Abu Kamal', 'Albu Kamal', 'Ālbū Kamāl', 'Abou Kamal'], 'Abu Kamal'],
  [['Deir al-Zor', 'Deir ez-Zor', 'Dayr az Zawr', 'Deir Ezzor', 'Deir ez Zor', 'Dair al-Zour'], 'Deir ez-Zor'],
  [['al-Tanf', 'At Tanf', 'Al Tanf'], 'al-Tanf'],
  [['Raqqa', 'Ar Raqqah', 'Raqqah', 'ar-Raqqa'], 'Raqqa'],
  [['Falluja', 'Fallujah', 'Al Fallūjah', 'Al-Falluja'], 'Falluja'],
  [['Manbij', 'manbij', 'Manbij'], 'Manbij'],
  [["Ta'izz", 'Taizz', 'Taʻizz'], 'Taiz'],
  [['البو كمال', 'أبو كمال'], 'Abu Kamal in Arabic'],
];

for (const [variants, label] of SAME) {
  test(`transliterations of ${label} share one key`, () => {
    const keys = new Set(variants.map(normalizeName));
    assert.equal(keys.size, 1, `${variants.join(' / ')} → ${[...keys].join(' / ')}`);
    assert.ok([...keys][0].length >= 3);
  });
}

const DIFFERENT: readonly [string, string][] = [
  ['Homs', 'Hama'],
  ['Aleppo', 'Idlib'],
  ['Deir ez-Zor', 'Deir Hafer'],
  ['Tripoli', 'Tikrit'],
];
for (const [a, b] of DIFFERENT) {
  test(`${a} and ${b} keep distinct keys`, () => assert.notEqual(normalizeName(a), normalizeName(b)));
}

test('"Saint"/"St." and "Sainte"/"Ste." meet their abbreviations, and stay apart from each other', () => {
  assert.equal(normalizeName('St. Petersburg'), normalizeName('Saint Petersburg'));
  assert.equal(normalizeName('Ste. Marthe'), normalizeName('Sainte-Marthe'));
  assert.equal(normalizeName('Ste-Marthe'), normalizeName('Sainte Marthe'));
  assert.notEqual(normalizeName('Ste. Marthe'), normalizeName('St. Marthe'));
});

test('a lone article is kept rather than emptied', () => {
  assert.equal(normalizeName('Al'), 'al');
});

test('scripts worth indexing', () => {
  assert.ok(isLatinOrArabic('Dayr az Zawr'));
  assert.ok(isLatinOrArabic('دير الزور'));
  assert.ok(!isLatinOrArabic('Дейр-эз-Зор'));
  assert.ok(!isLatinOrArabic('代尔祖尔'));
});

test('Turkish dotless i meets its ASCII spelling', () => {
  assert.equal(normalizeName('Aydın'), normalizeName('Aydin'));
  assert.equal(normalizeName('Diyarbakır'), normalizeName('Diyarbakir'));
});

test('plainSpelling keeps letters only: accents and punctuation go, transliterations stay apart', async () => {
  const { plainSpelling } = await import('./normalize-name.ts');
  assert.equal(plainSpelling('As Samāwah'), plainSpelling('As-Samawah'));
  assert.notEqual(plainSpelling('As Samawah'), plainSpelling('Samoa'));
  assert.notEqual(plainSpelling('Columbia'), plainSpelling('Colombia'));
});

test('a consonant skeleton joins spellings no transliteration key joins', () => {
  for (const [a, b] of [['Ftireh', 'Faţīrah'], ['Sfuhen', 'Sfawhūn'], ['Termala', 'Tarmalā'], ['Hirske', 'Gorskoye'], ['Zmiivka', 'Zmiyivka']]) {
    assert.notEqual(normalizeName(a), normalizeName(b), `${a} / ${b} already share a key`);
    assert.equal(skeletonKey(a), skeletonKey(b), `${a} / ${b}`);
  }
});

test('a skeleton keeps an opening vowel apart from an opening consonant, and is no name key', () => {
  assert.notEqual(skeletonKey('Sfuhen'), skeletonKey('Yusufayn'));
  assert.ok(skeletonKey('Ftireh').startsWith(SKELETON_MARK));
  assert.ok(!normalizeName('~ftr').startsWith(SKELETON_MARK));
});

test('too few consonants give no skeleton', () => {
  assert.equal(skeletonKey('Ayo'), '');
  assert.equal(skeletonKey('Al Hama'), '');
  assert.equal(skeletonKey('حماة'), '');
});
