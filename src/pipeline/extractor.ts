import type { Article } from '../model/article.ts';
import type { Document } from '../model/document.ts';
import type { EventRecord } from '../model/record.ts';
import { documentToRecords } from '../output/records.ts';
import { createPipeline, runMany, type Outcome, type Pipeline } from './pipeline.ts';
import { stageFactories } from './registry.ts';
import type { Deps, RunContext } from './stage.ts';
import { createDeps, type DepsOptions } from './deps.ts';

export interface Extractor {
  readonly pipeline: Pipeline;
  readonly deps: Deps;
  /** Runs one article; throws SitrepError when a stage fails. */
  extract(article: Article): { doc: Document; records: EventRecord[] };
  /** Runs many; a failing article becomes an error outcome and the batch goes on. */
  extractMany(articles: Iterable<Article>, ctx?: RunContext): Generator<Outcome & { records?: EventRecord[] }>;
}

export interface ExtractorOptions extends DepsOptions {
  readonly stages?: readonly string[];
  readonly deps?: Deps;
}

export function createExtractor(opts: ExtractorOptions = {}): Extractor {
  const deps = opts.deps ?? createDeps(opts);
  const pipeline = createPipeline(stageFactories(opts.stages), deps);
  return {
    pipeline,
    deps,
    extract(article) {
      const doc = pipeline.run(article);
      return { doc, records: documentToRecords(doc) };
    },
    *extractMany(articles, ctx) {
      for (const o of runMany(pipeline, articles, ctx)) {
        yield o.ok ? { ...o, records: documentToRecords(o.doc) } : o;
      }
    },
  };
}
