import type { Article } from '../../src/model/article.ts';
import { createExtractor, type Extractor } from '../../src/pipeline/extractor.ts';

let extractor: Extractor | undefined;

/**
 * What the event-place tests compare: "sub-event type@location" of each event a one-story Reuters article codes,
 * published on `published` under `dateline` (background events left out unless `withBackground`).
 */
export function placesFor(published: string, { withBackground = false } = {}): (text: string, dateline: string | null) => string[] {
  return (text, dateline) => {
    extractor ??= createExtractor();
    const article: Article = { id: 't', text, title: null, published, publisher: 'Reuters', url: null, dateline, origin: { file: 'test' } };
    return extractor.extract(article).records.filter((r) => withBackground || !r.historical).map((r) => `${r.sub_event_type}@${r.location}`);
  };
}
