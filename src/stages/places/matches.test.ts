import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesOf } from './matches.ts';

// Invented strings: the same matches as matchAll, and the pattern left ready for the next text.
const same = (re: RegExp, s: string) => assert.deepEqual(matchesOf(re, s).map((m) => [m.index, m[0], ...m.slice(1)]), [...s.matchAll(re)].map((m) => [m.index, m[0], ...m.slice(1)]), `${re} on ${s}`);

test('matchesOf gives what matchAll gives', () => {
  same(/\p{Lu}\p{Ll}+(?: (\p{Lu}\p{Ll}+))?/gu, 'Near Old Town and New Harbour lies Smallville.');
  same(/x*/g, 'axxb');
  same(/(?:)/gu, 'a𝐀b');
  same(/\d+/g, 'no digits');
});

test('matchesOf leaves lastIndex at 0', () => {
  const re = /\d+/g;
  matchesOf(re, 'a 12 b 345');
  assert.equal(re.lastIndex, 0);
  assert.deepEqual(matchesOf(re, '7 8').map((m) => m[0]), ['7', '8']);
});
