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
  /** Articles that could not be stored, each with its error code (E_STORE, E_INTERNAL …) and message. */
  failed: { doc_id: string; code: string; message: string }[];
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
        const code = isSitrepError(e) ? e.code : 'E_INTERNAL';
        summary.failed.push({ doc_id: article.id, code, message });
        // A store that cannot save the article may not save its failure either; the reply still names it.
        await store.recordFailure({ origin, line: null, doc_id: article.id, code, message, at: new Date().toISOString() }).catch(() => undefined);
      }
    }
    return summary;
  };
}

/**
 * The HTTP status of an ingest reply, so that a client which looks only at the status still sees a
 * failure: 200 when every article was stored (or already was), 207 when some were and some failed
 * (the reply lists both), and an error status when none was stored: 503 when every failure is the
 * store's (busy or unreachable: send again later), otherwise 500. The reply then also carries the
 * usual `error` object beside the per-article `failed` list.
 */
export function ingestReply(summary: IngestSummary): { status: 200 | 207 | 500 | 503; body: IngestSummary & { error?: { code: string; message: string } } } {
  if (summary.failed.length === 0) return { status: 200, body: summary };
  if (summary.articles + summary.unchanged > 0) return { status: 207, body: summary };
  const retryable = summary.failed.every((f) => f.code === 'E_STORE' || f.code === 'E_BUSY');
  const n = summary.failed.length;
  const message = `${n === 1 ? 'the article could not be stored' : `none of the ${n} articles could be stored`}; see "failed" for each article's error`;
  return { status: retryable ? 503 : 500, body: { error: { code: retryable ? 'E_STORE' : 'E_INGEST_FAILED', message }, ...summary } };
}
