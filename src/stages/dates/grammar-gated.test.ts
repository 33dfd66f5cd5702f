import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileGrammar } from './grammar.ts';
import { loadDateCues } from './cues.ts';
import { LEXICON_DIR } from '../../lexicons/load.ts';

const rules = compileGrammar(loadDateCues(LEXICON_DIR));

const SENTENCES = [
  'Gunmen attacked a checkpoint early today, and overnight the army shelled two villages.',
  'The talks collapsed last week; a second round is due next month, officials said on Tuesday.',
  'Protests have spread in recent weeks, three days after the election, and again over the weekend.',
  'The rebels held the town from 3 to 5 March 2021 and in the 1990s, yesterday and tomorrow.',
  'A lorry with no date at all passed the border post while farmers watched.',
];

function matches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${m[0]}`);
  return out;
}

test('every date rule runs gated by the words its matches start with (none is a plain RegExp scanning each text whole)', () => {
  const plain = rules.filter((r) => Object.getPrototypeOf(r.re) === RegExp.prototype).map((r) => r.name);
  assert.deepEqual(plain, []);
});

test('a gated date rule finds what the plain pattern finds, also after its warm-up', () => {
  // a pattern runs plain for its first 200 uses, then by its start table: 60 rounds of five sentences cross that
  for (let round = 0; round < 60; round++) {
    for (const rule of rules) {
      for (const s of SENTENCES) assert.deepEqual(matches(rule.re, s), matches(new RegExp(rule.re.source, rule.re.flags), s), `${rule.name} on "${s}"`);
    }
  }
});
