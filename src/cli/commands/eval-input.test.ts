import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../../errors.ts';
import type { Article } from '../../model/article.ts';
import type { Extractor } from '../../pipeline/extractor.ts';
import { extractCoded, reportFailures, splitOption } from './eval-input.ts';

test('splitOption takes test, dev and all, falls back when absent, and refuses anything else', () => {
  assert.equal(splitOption(undefined, 'all'), 'all');
  assert.equal(splitOption('dev', 'test'), 'dev');
  assert.throws(() => splitOption('train', 'test'), (e: unknown) => e instanceof CliError && /--split must be test, dev or all, got "train"/.test(e.message));
});

test('extractCoded extracts only the coded articles, reports a failing one and the missing ones, and writes --pred-out', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-input-'));
  const input = join(dir, 'a.jsonl');
  const rows = ['a', 'b', 'c'].map((id) => JSON.stringify({ id, text: `Story ${id}.`, published: '2017-01-02' }));
  writeFileSync(input, `${rows.join('\n')}\n`);
  const seen: string[] = [];
  const extractor = {
    extract(article: Article) {
      seen.push(article.id);
      if (article.id === 'b') throw new Error('boom');
      return { records: [{ doc_id: article.id }] };
    },
  } as unknown as Extractor;
  const predOut = join(dir, 'pred.jsonl');
  const errors: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((s: string) => (errors.push(s), true)) as typeof process.stderr.write;
  try {
    const r = await extractCoded(extractor, [input], new Set(['a', 'b', 'z']), 'sitrep eval test', { what: 'coded article(s) absent', counted: 'they count as empty' }, predOut);
    assert.deepEqual(seen, ['a', 'b']);
    assert.deepEqual(r.records.map((x) => x.doc_id), ['a']);
    assert.deepEqual(r.failures, ['b: boom']);
    assert.equal(readFileSync(predOut, 'utf8'), '{"doc_id":"a"}\n');
    assert.match(errors.join(''), /sitrep eval test: 1 coded article\(s\) absent \(first: z\); they count as empty/);
    assert.equal(reportFailures('sitrep eval test', r.failures), 1);
    assert.match(errors.join(''), /1 input\(s\) failed:\n {2}b: boom/);
    assert.equal(reportFailures('sitrep eval test', []), 0);
  } finally {
    process.stderr.write = write;
  }
});
