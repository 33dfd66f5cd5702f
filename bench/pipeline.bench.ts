// Articles per second on one core over the shared Reuters sample, with per-stage time and peak memory.
// usage: node --import tsx bench/pipeline.bench.ts [FILE.jsonl] [--repeat N]
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { readArticles } from '../src/input/index.ts';
import type { Article } from '../src/model/article.ts';
import { createExtractor } from '../src/pipeline/extractor.ts';

const args = process.argv.slice(2);
const repeat = args.includes('--repeat') ? Number(args[args.indexOf('--repeat') + 1]) : 1;
const file = args.find((a) => !a.startsWith('--') && a !== String(repeat)) ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'news-isot-reuters-sample', 'general.jsonl');
if (!existsSync(file)) {
  console.error(`bench: ${file} not found (the shared data folder sits beside the repository)`);
  process.exit(2);
}

const articles: Article[] = [];
for await (const o of readArticles([file])) if (o.ok) articles.push(o.article);
const bytes = articles.reduce((s, a) => s + a.text.length, 0);

const t0 = performance.now();
const extractor = createExtractor();
extractor.deps.gazetteer();
extractor.extract(articles[0]);
const startup = performance.now() - t0;
const rssAfterLoad = process.memoryUsage().rss;

const stageMs = new Map<string, number>();
let events = 0;
let failed = 0;
const t1 = performance.now();
const cpu1 = process.cpuUsage();
for (let r = 0; r < repeat; r++) {
  for (const o of extractor.extractMany(articles)) {
    if (!o.ok) {
      failed++;
      continue;
    }
    events += o.records?.length ?? 0;
    for (const t of o.doc.trace) stageMs.set(t.stage, (stageMs.get(t.stage) ?? 0) + t.ms);
  }
}
const secs = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(cpu1);
const n = articles.length * repeat;
const out = {
  file,
  articles: n,
  mean_chars: Math.round(bytes / articles.length),
  startup_ms: Math.round(startup),
  seconds: +secs.toFixed(2),
  articles_per_s: +(n / secs).toFixed(1),
  ms_per_article: +((1000 * secs) / n).toFixed(3),
  // user + system CPU time: steadier than wall time when other processes share the cores
  cpu_ms_per_article: +((cpu.user + cpu.system) / 1000 / n).toFixed(3),
  load_average: +loadavg()[0].toFixed(1),
  events,
  failed,
  rss_after_load_mb: Math.round(rssAfterLoad / 2 ** 20),
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  stage_ms_per_article: Object.fromEntries([...stageMs].map(([k, v]) => [k, +(v / n).toFixed(3)])),
};
console.log(JSON.stringify(out, null, 2));
