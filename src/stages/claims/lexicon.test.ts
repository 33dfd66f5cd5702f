import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SitrepError } from '../../errors.ts';
import { LEXICON_DIR } from '../../lexicons/load.ts';
import { CLAIM_LEXICON_FILES, loadClaimLexicon } from './lexicon.ts';
import { parseNumber } from './numbers.ts';

test('claim lexicons load, with provenance comments and the entries the stage needs', () => {
  const lex = loadClaimLexicon();
  for (const f of CLAIM_LEXICON_FILES) assert.match(readFileSync(join(LEXICON_DIR, f), 'utf8'), /^\/\/ /, `${f} states its provenance`);
  assert.equal(lex.numberValues.get('ninety')?.value, 90);
  assert.equal(lex.qualifiers.get('at least'), 'at_least');
  assert.ok(lex.speechVerbs.has('said'));
  assert.ok(lex.notVictims.has('km'));
  assert.ok(lex.persons.has('civilian'));
  for (const what of ['killed', 'wounded', 'captured', 'displaced'] as const) {
    assert.ok(lex.outcomes.some((o) => o.what === what && o.role === 'before'), `${what} has before-cues`);
  }
});

test('parseNumber reads digits, number words and phrases', () => {
  const lex = loadClaimLexicon();
  const table: [string, number | null][] = [
    ['1,200', 1200], ['2.5 million', 2500000], ['twenty-five', 25], ['ninety nine', 99], ['one hundred and twenty', 120],
    ['a dozen', 12], ['three thousand', 3000], ['two and three', null], ['five six', null],
  ];
  for (const [raw, want] of table) assert.equal(parseNumber(raw, lex), want, raw);
});

test('a bad lexicon line fails with file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claims-lex-'));
  for (const f of CLAIM_LEXICON_FILES) writeFileSync(join(dir, f), readFileSync(join(LEXICON_DIR, f)));
  writeFileSync(join(dir, 'claim-outcomes.jsonl'), '// test\n{"what":"killed","role":"before","pattern":"("}\n');
  assert.throws(() => loadClaimLexicon(dir), (e: unknown) => e instanceof SitrepError && e.code === 'E_LEXICON' && /claim-outcomes/.test(e.describe()));
  writeFileSync(join(dir, 'claim-outcomes.jsonl'), '// test\n{"what":"slain","role":"before","pattern":"x"}\n');
  assert.throws(() => loadClaimLexicon(dir), (e: unknown) => e instanceof SitrepError && e.location.line === 2);
});
