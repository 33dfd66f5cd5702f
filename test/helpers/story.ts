import assert from 'node:assert/strict';
import type { Article } from '../../src/model/article.ts';
import type { EventRecord } from '../../src/model/record.ts';
import type { Extractor } from '../../src/pipeline/extractor.ts';

/**
 * An article of one invented story published on `published`, with no title, dateline or URL: what most extraction
 * tests feed the pipeline (one copy, instead of the same literal in every test file).
 */
export function storyOn(published: string | null): (text: string) => Article {
  return (text) => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
}

/** The current event an extractor is surest of in a story; fails the test when the story yields none. */
export function mainEvent(extractor: Extractor, article: Article): EventRecord {
  const rs = extractor.extract(article).records.filter((r) => !r.historical);
  assert.ok(rs.length, `no event in "${article.text}"`);
  return rs.sort((a, b) => b.confidence - a.confidence)[0];
}
