import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createExtractor } from '../../pipeline/extractor.ts';
import { loadOutOfArticleScope } from './article-scope.ts';

// A story we wrote ourselves: one deployment, told as a brief and as the lead of a whole article.
const LEAD = 'KIRKUK, Iraq — Iraqi army units deployed 500 troops to the town of Tuz Khurmatu on Monday, a military spokesman said.';
const BODY = ['The town lies south of Kirkuk.', 'Residents said shops had reopened.', 'The spokesman gave no further details.', 'Oil prices rose on the news.', 'Talks between the parties are due next week.'];

test('the shipped article scope leaves out the guideline-less change to group or activity, and only it', () => {
  assert.deepEqual([...loadOutOfArticleScope()], ['Change to group/activity']);
});

test('a brief keeps a change to group or activity; a whole article does not code it', () => {
  const x = createExtractor();
  const brief = x.extract({ id: 'brief', text: LEAD, published: '2017-10-16', title: null, publisher: null, url: null, dateline: null, origin: { file: 'invented' } }).records;
  assert.deepEqual(brief.map((e) => e.sub_event_type), ['Change to group/activity']);
  const article = x.extract({ id: 'article', text: [LEAD, ...BODY].join(' '), published: '2017-10-16', title: null, publisher: null, url: null, dateline: null, origin: { file: 'invented' } }).records;
  assert.deepEqual(article.map((e) => e.sub_event_type), []);
});

test('an article-scope entry must name an ACLED sub-event type and say why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-scope-'));
  try {
    writeFileSync(join(dir, 'article-scope.jsonl'), '{"sub_event_type":"Troop movement","why":"x"}\n');
    assert.throws(() => loadOutOfArticleScope(dir), /article-scope\.jsonl|sub_event_type/);
    writeFileSync(join(dir, 'article-scope.jsonl'), '{"sub_event_type":"Arrests"}\n');
    assert.throws(() => loadOutOfArticleScope(dir), /why/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
