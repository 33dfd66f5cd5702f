import { SitrepError, isSitrepError } from '../errors.ts';
import type { Article } from '../model/article.ts';
import { newDocument, type Document } from '../model/document.ts';
import type { Deps, Field, RunContext, Stage, StageFactory } from './stage.ts';
import { silentLogger } from './stage.ts';

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs every stage; throws SitrepError(E_STAGE) naming the stage that failed. */
  run(article: Article, ctx?: RunContext): Document;
}

/** Result of running one article: a document, or the error that stopped it. Nothing is dropped silently. */
export type Outcome = { ok: true; doc: Document } | { ok: false; article: Article; error: SitrepError };

/** Builds a pipeline, refusing an order in which a stage needs a field no earlier stage assigns. */
export function createPipeline(factories: readonly StageFactory[], deps: Deps): Pipeline {
  const stages = factories.map((f) => f.create(deps));
  const have = new Set<Field>();
  for (const s of stages) {
    const missing = s.requires.filter((r) => !have.has(r));
    if (missing.length) {
      throw new SitrepError('E_PIPELINE', `stage "${s.name}" requires ${missing.join(', ')}, which no earlier stage assigns; put a stage that assigns it first`);
    }
    for (const a of s.assigns) have.add(a);
  }
  return {
    stages,
    run(article, ctx = { log: silentLogger }) {
      let doc = newDocument(article);
      for (let k = 0; k < stages.length; k++) {
        const stage = stages[k];
        const t0 = performance.now();
        let next: unknown;
        try {
          next = stage.run(doc, ctx);
        } catch (e) {
          const err = isSitrepError(e) ? e : new SitrepError('E_STAGE', `stage "${stage.name}" failed: ${e instanceof Error ? e.message : String(e)}`, article.origin, { cause: e });
          throw err;
        }
        if (!next || typeof next !== 'object' || typeof (next as Document).text !== 'string') {
          throw new SitrepError('E_STAGE_RETURN', `stage "${stage.name}" returned no Document (a bug in the stage)`);
        }
        doc = next as Document;
        doc = { ...doc, trace: [...doc.trace, { stage: stage.name, version: stage.version, ms: performance.now() - t0 }] };
        const reason = stage.endsRun?.(doc);
        if (reason) {
          const skipped = stages.slice(k + 1).map((s) => ({ stage: s.name, version: s.version, ms: 0, skipped: reason }));
          return { ...doc, trace: [...doc.trace, ...skipped] };
        }
      }
      return doc;
    },
  };
}

/** Runs many articles with the skip-doc policy: a failing article is reported and the batch goes on. */
export function* runMany(pipeline: Pipeline, articles: Iterable<Article>, ctx?: RunContext): Generator<Outcome> {
  for (const article of articles) {
    try {
      yield { ok: true, doc: pipeline.run(article, ctx) };
    } catch (e) {
      if (isSitrepError(e) && e.code === 'E_STAGE_RETURN') throw e;
      const error = isSitrepError(e) ? e : new SitrepError('E_INTERNAL', e instanceof Error ? e.message : String(e), article.origin, { cause: e });
      yield { ok: false, article, error };
    }
  }
}
