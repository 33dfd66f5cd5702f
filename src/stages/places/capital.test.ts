import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CAPITAL, CAPITAL_OR_ARTICLE_AHEAD } from './capital.ts';

test('CAPITAL matches exactly the code points \\p{Lu} matches, each whole', () => {
  const capital = new RegExp(`^${CAPITAL}$`, 'u');
  const lu = /^\p{Lu}$/u;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (capital.test(ch) !== lu.test(ch)) assert.fail(`U+${cp.toString(16)}`);
  }
  // a lone surrogate is no capital either way
  assert.equal(capital.test('\ud835'), false);
});

test('CAPITAL_OR_ARTICLE_AHEAD lets through capitals, articles and any other script, and not lower-case ASCII', () => {
  const ahead = new RegExp(`^${CAPITAL_OR_ARTICLE_AHEAD}`, 'u');
  for (const s of ['Kabul', 'al-Bab', 'el Arish', 'Ölüdeniz', 'Ñuble', '𝐀x']) assert.ok(ahead.test(s), s);
  for (const s of ['town', 'bab', '9 km', ' Kabul']) assert.ok(!ahead.test(s), s);
});
