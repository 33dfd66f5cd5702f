// The events a run emits that the news gold does not have, each with its evidence, for sorting false events into
// classes by why they are false (prints article sentences to the terminal only; never commit its output):
//   node --import tsx bench/false-events.ts gold GOLD.json ARTICLES.jsonl… [--split dev]
//     the strict scorer's FALSE events of the split, each with its trigger sentence and the doc's gold events
//   node --import tsx bench/false-events.ts general ARTICLES.jsonl [--split dev] [--n 200]
//     every current event emitted from the first N articles of the split (for non-conflict news, where any event is suspect)
import { createExtractor } from '../src/pipeline/extractor.ts';
import { readArticles } from '../src/input/read-articles.ts';
import { inSplit, type Split } from '../src/model/ids.ts';
import type { Article } from '../src/model/article.ts';
import type { EventRecord } from '../src/model/record.ts';
import { matchEvents, readGoldNews } from '../src/eval/news.ts';
import { takeOption } from './cli-options.ts';

const args = process.argv.slice(2);
const opt = (name: string, d: string): string => takeOption(args, name, d);
const split = opt('split', 'dev') as Split;
const n = Number(opt('n', '200'));
const [cmd, ...files] = args;
const x = createExtractor();
const show = (a: Article, e: EventRecord): string => {
  const ev = e.evidence.map((s) => a.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 400)).join(' | ');
  return `${e.doc_id} ${e.sub_event_type} @ ${e.location} ${e.event_date} a1=${e.actor1} a2=${e.actor2} by=${e.decided_by ?? ''}\n    ${ev}`;
};

if (cmd === 'gold') {
  const [goldFile, ...arts] = files;
  const gold = readGoldNews(goldFile, split);
  for await (const r of readArticles(arts)) {
    if (!r.ok || !(r.article.id in gold)) continue;
    const recs = x.extract(r.article).records.filter((e) => !e.historical);
    const gs = gold[r.article.id].events.filter((e) => !e.historical);
    const used = new Set(matchEvents(gs, recs, true).map(([, p]) => p));
    const falses = recs.filter((p) => !used.has(p));
    if (!falses.length) continue;
    console.log(`== ${r.article.id} gold: ${gs.map((g) => `${g.sub_event_type}@${g.location} ${g.event_date}`).join('; ') || '(none)'}`);
    for (const p of falses) console.log(`  FALSE ${show(r.article, p)}`);
  }
} else if (cmd === 'general') {
  let seen = 0;
  for await (const r of readArticles(files)) {
    if (!r.ok || !inSplit(r.article.id, split)) continue;
    if (++seen > n) break;
    for (const e of x.extract(r.article).records.filter((e) => !e.historical)) console.log(`  EMIT ${show(r.article, e)}`);
  }
  console.log(`${Math.min(seen, n)} articles`);
} else {
  console.error('usage: bench/false-events.ts gold GOLD.json ARTICLES.jsonl… [--split dev] | general ARTICLES.jsonl [--split dev] [--n 200]');
  process.exit(2);
}
