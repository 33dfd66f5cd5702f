import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, errorMessage } from '../../errors.ts';
import type { Article } from '../../model/article.ts';
import { readGoldNews, type GoldNews } from '../../eval/news.ts';
import { readArticles } from '../../input/read-articles.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { SUBEVENT_MODEL_FILE, serialise } from '../../models/subevent/model.ts';
import { acledTrainNotes, caseTrainSnippets, newsExamples } from '../../models/subevent/corpus.ts';
import { briefExamples, train } from '../../models/subevent/train.ts';
import { parse } from '../args.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SHARED = resolve(REPO, '..', 'shared', 'data');
const ACLED = join(SHARED, 'acled-sample-2022');
export const SUBEVENT_SOURCES = {
  notes: [join(ACLED, 'acled_old_deletion_dummy_9000.csv'), join(ACLED, 'acled_sample_2022_middle_east.csv'), join(ACLED, 'acled_old_dummy_argentina_326.csv')],
  case: join(SHARED, 'case2021-task2', 'case2021_task2_test.jsonl'),
  gold: [join(REPO, 'gold', 'news-reuters.json'), join(SHARED, 'news-gold', 'dev.json')],
  articles: [join(SHARED, 'news-isot-reuters-sample', 'conflict.jsonl'), join(SHARED, 'news-isot-reuters-sample', 'general.jsonl')],
};

/**
 * How many times a CASE 2021 snippet counts: 5 since 6 Dec (3 before). Snippets are news, the texts Sitrep reads, and
 * 662 of them stand beside 7,396 notes; at 5 the cross-validated CASE TRAIN weighted F1 (training's own fifths, two
 * shuffle seeds) rose 71.6 / 71.4 → 73.1 / 72.9, more than a reseed moves it (MODEL.md, "Training").
 */
export const CASE_WEIGHT = 5;
/** How many times a news gold event counts. */
export const NEWS_WEIGHT = 3;

/**
 * The training list: ACLED notes once, CASE snippets `caseWeight` times and news events NEWS_WEIGHT times. CASE
 * snippets and news are the texts Sitrep reads, ACLED notes the many: the few count several times (a repeat's id gets
 * "#k", so folds keep an example's copies together).
 */
export function weighExamples<E extends { id: string }>(acled: readonly E[], cases: readonly E[], news: readonly E[], caseWeight = CASE_WEIGHT): E[] {
  const repeat = (xs: readonly E[], k: number) => xs.flatMap((e) => [...Array(k)].map((_, i) => (i ? { ...e, id: `${e.id}#${i}` } : e)));
  return [...acled, ...repeat(cases, caseWeight), ...repeat(news, NEWS_WEIGHT)];
}

const USAGE = `usage: sitrep train subevent [--out FILE]
  Trains the sub-event classifier on the TRAIN split (ids whose FNV-1a hash is not 0 mod 5) of the ACLED notes,
  CASE 2021 Task 2 snippets and news gold in ../shared/data and gold/; writes models/subevent.bin.`;

/** Builds the training examples from ../shared/data (the rules run over every text). */
export async function subEventExamples() {
  const rules = createExtractor({ stages: RULES_ORDER });
  const acled = briefExamples(rules, acledTrainNotes(SUBEVENT_SOURCES.notes), 'acled');
  const cases = briefExamples(rules, caseTrainSnippets(SUBEVENT_SOURCES.case), 'case');
  const gold: Record<string, GoldNews[string]> = {};
  for (const f of SUBEVENT_SOURCES.gold) Object.assign(gold, readGoldNews(f, 'dev'));
  const articles: Article[] = [];
  for await (const r of readArticles(SUBEVENT_SOURCES.articles)) {
    if (!r.ok) throw new CliError(`cannot read training articles: ${errorMessage(r.error)}`, 1);
    if (r.article.id in gold) articles.push(r.article);
  }
  articles.sort((a, b) => (a.id < b.id ? -1 : 1));
  const news = newsExamples(rules, gold, articles);
  return { acled, cases, news, all: weighExamples(acled, cases, news) };
}

/** `sitrep train subevent`: the sub-event classifier (src/models/subevent/MODEL.md). */
export async function trainSubEventCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' } });
  if (positionals.length) throw new CliError(USAGE);
  const t0 = performance.now();
  const ex = await subEventExamples();
  const t1 = performance.now();
  const weights = train(ex.all);
  const bytes = serialise(weights);
  const out = values.out ?? SUBEVENT_MODEL_FILE;
  writeFileSync(out, bytes);
  process.stdout.write(
    `examples: ${ex.acled.length} ACLED notes, ${ex.cases.length} CASE 2021 snippets, ${ex.news.length} news gold events (TRAIN splits)\n` +
      `rules run in ${((t1 - t0) / 1000).toFixed(1)} s, fitted in ${((performance.now() - t1) / 1000).toFixed(1)} s; temperature ${weights.temperature}, rules trusted at p ≥ ${weights.trustRules}\n` +
      `${(bytes.length / 1024).toFixed(0)} KB written to ${out}\n`,
  );
  return 0;
}
