/**
 * Two checkouts' pipelines in one process over the Reuters sample, batches of articles run by each in
 * turn, CPU time per article summed per side. On this shared machine a run's wall time says more about
 * the others' load than about the code; two runs taken one after the other meet different loads, while
 * batches interleaved a second apart meet the same one, so the ratio of their CPU times is what holds.
 *   node --import tsx bench/pipeline-paired.bench.ts BASE_ROOT OTHER_ROOT [--batch 50] [FILE.jsonl]
 * e.g. a worktree of main (`git worktree add --detach ../base main`, with node_modules linked) and this one.
 * Uses the packs installed in the cache in force (SITREP_CACHE_DIR).
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Article } from '../src/model/article.ts';
import type { Extractor } from '../src/pipeline/extractor.ts';

const args = process.argv.slice(2);
const batchAt = args.indexOf('--batch');
const batch = batchAt >= 0 ? Number(args[batchAt + 1]) : 50;
const rest = batchAt >= 0 ? args.filter((_, i) => i !== batchAt && i !== batchAt + 1) : args;
const [baseRoot, otherRoot] = rest.slice(0, 2).map((r) => resolve(r));
const file = rest[2] ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'news-isot-reuters-sample', 'general.jsonl');
if (!baseRoot || !otherRoot || !existsSync(file)) {
  console.error('usage: pipeline-paired.bench.ts BASE_ROOT OTHER_ROOT [--batch N] [FILE.jsonl] (the shared data folder sits beside the repository)');
  process.exit(2);
}

const { readArticles } = (await import(`${baseRoot}/src/input/index.ts`)) as typeof import('../src/input/index.ts');
const articles: Article[] = [];
for await (const o of readArticles([file])) if (o.ok) articles.push(o.article);

interface Side {
  readonly root: string;
  readonly ex: Extractor;
  cpuMs: number;
  events: number;
}
const sides: Side[] = [];
for (const root of [baseRoot, otherRoot]) {
  const { createExtractor } = (await import(`${root}/src/pipeline/extractor.ts`)) as typeof import('../src/pipeline/extractor.ts');
  const ex = createExtractor();
  // start-up apart: the gazetteer opened and the first article run
  ex.deps.gazetteer();
  ex.extract(articles[0]);
  sides.push({ root, ex, cpuMs: 0, events: 0 });
}

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
for (let i = 0; i < articles.length; i += batch) {
  const part = articles.slice(i, i + batch);
  // each side goes first in every other batch, so that neither always meets a warmer cache
  for (const s of (i / batch) % 2 ? [...sides].reverse() : sides) {
    const c0 = cpuMs();
    for (const o of s.ex.extractMany(part)) if (o.ok) s.events += o.records?.length ?? 0;
    s.cpuMs += cpuMs() - c0;
  }
}
const n = articles.length;
for (const s of sides) console.log(JSON.stringify({ root: s.root, cpu_ms_per_article: +(s.cpuMs / n).toFixed(3), articles_per_cpu_s: +((1000 * n) / s.cpuMs).toFixed(1), events: s.events }));
console.log(JSON.stringify({ cpu_ratio_base_to_other: +(sides[0].cpuMs / sides[1].cpuMs).toFixed(3), load_average: +loadavg()[0].toFixed(1) }));
