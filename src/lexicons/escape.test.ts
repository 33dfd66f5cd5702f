import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeRegExp, escapeWords } from './escape.ts';

test('escapeRegExp makes every metacharacter literal', () => {
  const s = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o/p';
  assert.ok(new RegExp(`^${escapeRegExp(s)}$`).test(s));
  assert.ok(!new RegExp(`^${escapeRegExp('a.c')}$`).test('abc'));
  assert.ok(new RegExp(`^${escapeRegExp('U.S.-led')}$`, 'u').test('U.S.-led'));
});

test('escapeWords lets a space match any white-space run, and nothing else', () => {
  const re = new RegExp(`^${escapeWords('Deir ez-Zor (city)')}$`);
  assert.ok(re.test('Deir  ez-Zor (city)'));
  assert.ok(re.test('Deir\nez-Zor (city)'));
  assert.ok(!re.test('Deirez-Zor (city)'));
});
