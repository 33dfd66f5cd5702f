import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseSubType, scoreHits } from './classify.ts';
import { findCues, findTriggers, loadTriggerLexicon } from './triggers.ts';

// case17: fire opened inside a place where civilians gather ("opened fire in a hospital", "inside a mosque"), a wording
// of CASE 2021's attack snippets the trigger lexicon missed (attack-civilians names only targets after on/at); invented sentences
const lex = loadTriggerLexicon();
function classifyText(s: string): string | null {
  const hits = findTriggers(lex, s, 0, s.length);
  return chooseSubType(scoreHits(hits), findCues(lex, s, 0, s.length))?.sub ?? null;
}

test('attack (case17): fire opened in or inside a mosque, a hospital, a teahouse, a wedding', () => {
  for (const s of [
    'A gunman opened fire inside a mosque in the city on Friday.',
    'Two gunmen opened fire today in a crowded hospital in the north.',
    'Unidentified gunmen opened fire on a teahouse in the old quarter at dawn.',
    'Masked men opened fire at a wedding in the village late on Saturday.',
  ]) assert.equal(classifyText(s), 'Attack', s);
});

test('attack (case17): fire opened at an army base or in a training exercise is no attack on civilians', () => {
  for (const s of ['Soldiers opened fire at an army base in the north.', 'Recruits opened fire in a training exercise near the border.']) assert.notEqual(classifyText(s), 'Attack', s);
});
