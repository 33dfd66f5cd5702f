import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../model/article.ts';
import type { SitrepError } from '../errors.ts';
import { readArticles } from './read-articles.ts';

const repoRoot = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
const shared = path.resolve(repoRoot, '..', 'shared');

/** True when the shared data folder is present; otherwise skips (or fails under CI). */
function sharedAvailable(t: TestContext, sub: string): boolean {
  const where = path.join(shared, sub);
  if (existsSync(where)) return true;
  assert.notEqual(process.env.CI, 'true', `${where} is missing; shared data is required when CI=true`);
  console.log(`skipping: ${where} not found`);
  t.skip(`${where} not found`);
  return false;
}

async function readAll(inputs: string[]): Promise<{ articles: Article[]; errors: SitrepError[] }> {
  const articles: Article[] = [];
  const errors: SitrepError[] = [];
  for await (const o of readArticles(inputs)) {
    if (o.ok) articles.push(o.article);
    else errors.push(o.error);
  }
  return { articles, errors };
}

test('shared examples/*.txt: title, dateline and publisher', async (t) => {
  if (!sharedAvailable(t, 'examples')) return;
  const dir = path.join(shared, 'examples');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  assert.ok(files.length > 0, 'expected .txt examples');
  const { articles, errors } = await readAll(files);
  assert.deepEqual(errors.map((e) => e.describe()), []);
  const first = articles.find((a) => a.id === '000_d1b2bd05794ba603');
  assert.ok(first, 'example 000 read');
  assert.equal(first.title, 'Islamic State forces Syria rebels to retreat from border area');
  assert.equal(first.dateline, 'AMMAN/BEIRUT');
  assert.equal(first.publisher, 'Reuters');
  assert.ok(first.text.startsWith(first.title), 'text is the whole file, title included');
  for (const a of articles) {
    assert.ok(a.title && a.title.length > 0, `${a.id}: title`);
    assert.equal(a.publisher, 'Reuters', `${a.id}: publisher`);
    assert.ok(a.dateline, `${a.id}: dateline`);
  }
});

test('shared ISOT Reuters general.jsonl: 2,446 articles, no errors', async (t) => {
  if (!sharedAvailable(t, 'data/news-isot-reuters-sample/general.jsonl')) return;
  const started = performance.now();
  const { articles, errors } = await readAll([path.join(shared, 'data/news-isot-reuters-sample/general.jsonl')]);
  const ms = performance.now() - started;
  assert.deepEqual(errors.map((e) => e.describe()), []);
  assert.equal(articles.length, 2446);
  assert.equal(new Set(articles.map((a) => a.id)).size, 2446, 'ids are the records’ own ids');
  assert.ok(articles.every((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.published ?? '')), 'every article dated');
  const withDateline = articles.filter((a) => a.dateline !== null).length;
  assert.ok(withDateline / articles.length > 0.8, `datelines found in ${withDateline} of ${articles.length}`);
  console.log(`read ${articles.length} articles in ${ms.toFixed(0)} ms; ${withDateline} with a dateline`);
});
