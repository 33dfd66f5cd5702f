import type { Article } from '../../src/model/article.ts';

/**
 * An article of one invented story published on `published`, with no title, dateline or URL: what most extraction
 * tests feed the pipeline (one copy, instead of the same literal in every test file).
 */
export function storyOn(published: string | null): (text: string) => Article {
  return (text) => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
}
