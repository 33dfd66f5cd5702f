import { errorMessage, isSitrepError } from '../errors.ts';
import { API_DATE_REMEDY, dateWarning } from '../input/date-warning.ts';
import type { Article } from '../model/article.ts';
import type { Extractor } from '../pipeline/extractor.ts';
import type { Store } from '../store/store.ts';

export interface IngestSummary {
  /** Articles newly stored. */
  articles: number;
  /** Articles whose text was already stored: nothing changed. */
  unchanged: number;
  /** Events the new articles contributed to, after deduplication. */
  events: number;
  failed: { doc_id: string; message: string }[];
  /** Articles whose doc_id already held other text: stored under a new version's id, nothing overwritten. */
  versions: { doc_id: string; stored_as: string }[];
  /** Stored articles whose date is missing (their events are undated) or partly guessed. */
  warnings: { doc_id: string; message: string }[];
}

/**
 * Runs articles through src/ingest (extract, deduplicate, save atomically) one at a time; a failing
 * article is recorded as a store failure and the rest go on. The ingest module and the extractor
 * load on first use, so a read-only server never pays for the NLP models.
 */
export function createIngester(store: Store, makeExtractor: () => Extractor): (articles: readonly Article[], origin: string) => Promise<IngestSummary> {
  let extractor: Extractor | null = null;
  return async (articles, origin) => {
    const { ingestArticle } = await import('../ingest/ingest.ts');
    extractor ??= makeExtractor();
    const summary: IngestSummary = { articles: 0, unchanged: 0, events: 0, failed: [], versions: [], warnings: [] };
    for (const article of articles) {
      try {
        const r = await ingestArticle(store, article, { extractor, origin });
        if (r.skipped) summary.unchanged++;
        else summary.articles++;
        if (r.versionOf !== null) summary.versions.push({ doc_id: r.versionOf, stored_as: r.doc_id });
        const warning = r.skipped ? null : dateWarning(article, API_DATE_REMEDY);
        if (warning) summary.warnings.push({ doc_id: article.id, message: warning });
        summary.events += r.events;
      } catch (e) {
        const message = errorMessage(e);
        summary.failed.push({ doc_id: article.id, message });
        await store.recordFailure({ origin, line: null, doc_id: article.id, code: isSitrepError(e) ? e.code : 'E_INTERNAL', message, at: new Date().toISOString() });
      }
    }
    return summary;
  };
}
