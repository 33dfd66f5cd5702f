import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, errorMessage } from '../../errors.ts';
import type { Article } from '../../model/article.ts';
import { readGoldNews, type GoldNews } from '../../eval/news.ts';
import { readArticles } from '../../input/read-articles.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { EVENT_REALIS_FILE } from '../../models/event-realis/model.ts';
import { collectExamples, trainEventRealis } from '../../models/event-realis/train.ts';
import { parse } from '../args.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SHARED = resolve(REPO, '..', 'shared', 'data');
const DEFAULT_GOLD = [join(REPO, 'gold', 'news-reuters.json'), join(SHARED, 'news-gold', 'dev.json')];
const DEFAULT_ARTICLES = [join(SHARED, 'news-isot-reuters-sample', 'conflict.jsonl'), join(SHARED, 'news-isot-reuters-sample', 'general.jsonl')];

const USAGE = `usage: sitrep train events [--gold GOLD.json]… [--articles FILE]… [--out FILE]
  Trains the event realis model on the TRAIN split (ids whose FNV-1a hash is not 0 mod 5) of the news gold.
  Defaults: --gold gold/news-reuters.json and ../shared/data/news-gold/dev.json; --articles the Reuters
  sample in ../shared/data/news-isot-reuters-sample; --out models/event-realis.json.`;

/** `sitrep train events`: the realis model of whole articles (src/models/event-realis/MODEL.md). */
export async function trainEventsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    gold: { type: 'string', multiple: true },
    articles: { type: 'string', multiple: true },
    out: { type: 'string' },
  });
  if (positionals.length) throw new CliError(USAGE);
  const gold: Record<string, GoldNews[string]> = {};
  for (const f of values.gold ?? DEFAULT_GOLD) Object.assign(gold, readGoldNews(f, 'dev'));
  const articles: Article[] = [];
  for await (const r of readArticles(values.articles ?? DEFAULT_ARTICLES)) {
    if (!r.ok) throw new CliError(`cannot read training articles: ${errorMessage(r.error)}`, 1);
    if (r.article.id in gold) articles.push(r.article);
  }
  articles.sort((a, b) => (a.id < b.id ? -1 : 1));
  if (!articles.length) throw new CliError('none of the gold articles was found in the --articles files', 1);
  const t0 = performance.now();
  const { examples, sentences, goldEvents } = collectExamples(createExtractor({ stages: RULES_ORDER }), gold, articles);
  const report = trainEventRealis(examples, goldEvents, {}, sentences);
  const out = values.out ?? EVENT_REALIS_FILE;
  writeFileSync(out, `${JSON.stringify(report.weights, null, 1)}\n`);
  const cv = report.crossValidated;
  process.stdout.write(
    `trained on ${articles.length} articles (TRAIN split): ${report.examples} rule-coded current events, ${report.positives} real; ${goldEvents} gold current events; ${report.sentences} sentences with an event word, ${report.sentencePositives} telling a gold current event\n` +
      `5-fold cross-validated on TRAIN: threshold ${cv.threshold}, precision ${(100 * cv.precision).toFixed(1)}, recall ${(100 * cv.recall).toFixed(1)}, F1 ${(100 * cv.f1).toFixed(1)}, AUC ${report.auc.toFixed(3)}\n` +
      `${Object.keys(report.weights.weights).length} weights written to ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  return 0;
}
