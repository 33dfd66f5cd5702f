/**
 * Cross-validation of the sub-event classifier on CASE 2021's non-TEST snippets: the rules run once over every
 * training text, then for each of 5 folds of the CASE TRAIN rows a model is fitted on the ACLED notes, the news gold
 * and the other 4 folds, and codes the held-out fold as the subevent stage does (every event the rules found,
 * secondary events halved, the most confident wins). Tuning reads these figures, never TEST's.
 *
 *   node --import tsx bench/subevent-case-cv.ts [--verbose] [--test] [--cache FILE]
 *
 * --test also trains on all TRAIN rows and scores CASE TEST (as `sitrep eval case --split test` would).
 * --cache keeps the rules' documents in FILE (v8 serialised) so that feature or policy changes rerun in seconds;
 * delete it after changing the rules. --dump FILE writes each snippet coded wrong (JSON lines) for error analysis.
 * Environment: CV_FAST=1 fits once per fold (fixed temperature and trust); CV_NONE=0 leaves out the no-event examples
 * (CASE's non-ACLED snippets); CV_DROP=p drops a rules' event the model gives no event p or more (an experiment).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { z } from 'zod';
import { CASE_WEIGHT, SUBEVENT_SOURCES, weighExamples } from '../src/cli/commands/train-subevent.ts';
import { briefExample, newsExample, type Cache, type Coded, type NewsCoded } from './subevent-examples.ts';
import { classify, formatClassTable, formatConfusion } from '../src/eval/metrics.ts';
import { readGoldNews, matchEvents, type GoldNews } from '../src/eval/news.ts';
import { readArticles } from '../src/input/read-articles.ts';
import { loadJsonlLexicon } from '../src/lexicons/load.ts';
import type { Article } from '../src/model/article.ts';
import { fnv1a32, inSplit } from '../src/model/ids.ts';
import { isSubEventType } from '../src/model/taxonomy.ts';
import { documentToRecords } from '../src/output/records.ts';
import { createExtractor } from '../src/pipeline/extractor.ts';
import { RULES_ORDER } from '../src/pipeline/registry.ts';
import { subEventFeatures } from '../src/models/subevent/features.ts';
import { acledTrainNotes } from '../src/models/subevent/corpus.ts';
import { denseModel, type SubEventModel } from '../src/models/subevent/model.ts';
import { CLASSES, fit, TRUSTS, mainEvent, NO_EVENT, train as fullTrain, type Example } from '../src/models/subevent/train.ts';
import { decideEvents, MODEL_EVENT_MIN_P } from '../src/stages/subevent/index.ts';

const FOLDS = 5;
/** CV_FAST=1: one fit per fold, with the temperature and trust the full training chose in earlier runs (half the time). */
const train = process.env.CV_FAST === '1' ? (ex: readonly Example[]) => ({ ...fit(ex), temperature: 1.7, trustRules: 0.2 }) : fullTrain;
const UPWEIGHT = Number(process.env.CV_CASE_WEIGHT ?? CASE_WEIGHT);
const codeSchema = z.object({ code: z.string(), acled: z.string().nullable() });
const codes = new Map(loadJsonlLexicon('case2021-codes.jsonl', codeSchema).map((c) => [c.code, c.acled]));


async function build(): Promise<Cache> {
  const rules = createExtractor({ stages: RULES_ORDER });
  const acled = acledTrainNotes(SUBEVENT_SOURCES.notes).map(({ article, label }) => ({ id: article.id, gold: label as string, doc: rules.extract(article).doc }));
  const snippets = (split: 'dev' | 'test') => {
    const out: Coded[] = [];
    for (const line of readFileSync(SUBEVENT_SOURCES.case, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: unknown; text: string; label: string };
      const id = String(r.id);
      if (!inSplit(id, split)) continue;
      const { doc } = rules.extract({ id: `case-${id}`, text: r.text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: SUBEVENT_SOURCES.case } });
      out.push({ id: `case-${id}`, gold: codes.get(r.label) ?? null, doc });
    }
    return out;
  };
  const gold: GoldNews = {};
  for (const f of SUBEVENT_SOURCES.gold) Object.assign(gold, readGoldNews(f, 'dev'));
  const articles: Article[] = [];
  for await (const r of readArticles(SUBEVENT_SOURCES.articles)) if (r.ok && r.article.id in gold) articles.push(r.article);
  articles.sort((a, b) => (a.id < b.id ? -1 : 1));
  const news: NewsCoded[] = [];
  for (const a of articles) {
    const { doc } = rules.extract(a);
    const records = documentToRecords(doc);
    for (const [ge, rec] of matchEvents(gold[a.id].events, records, false)) {
      const event = records.indexOf(rec);
      if (isSubEventType(ge.sub_event_type)) news.push({ id: `${a.id}:${doc.events[event].id}`, gold: ge.sub_event_type, doc, event });
    }
  }
  return { acled, news, dev: snippets('dev'), test: snippets('test') };
}

/** What the pipeline answers for a snippet: the subevent stage's events, the most confident one. */
function predict(model: SubEventModel, c: Coded, createAt = MODEL_EVENT_MIN_P): string | null {
  let best: { sub: string; p: number } | null = null;
  for (const ev of decideEvents(model, c.doc, createAt)) if (!best || ev.confidence > best.p) best = { sub: ev.subEventType, p: ev.confidence };
  return best?.sub ?? null;
}

/** The model's no-event probability for a snippet, read as the stage reads its main event. */
const noEventP = (model: SubEventModel, c: Coded) => model.probabilities(subEventFeatures(c.doc, mainEvent(c.doc), true))[NO_EVENT];

const pct = (x: number) => (100 * x).toFixed(1);
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

const t0 = performance.now();
const cacheFile = arg('--cache');
let data: Cache;
if (cacheFile && existsSync(cacheFile)) data = deserialize(readFileSync(cacheFile)) as Cache;
else {
  data = await build();
  if (cacheFile) writeFileSync(cacheFile, serialize(data));
}
console.log(`documents ready in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
const acled = data.acled.map((c) => briefExample(c, 'acled'));
const news = data.news.map(newsExample);
const seenDev = data.dev.filter((c) => c.gold);
const fold = (id: string) => fnv1a32(`cv:${id}`) % FOLDS;

/** Thresholds for the model's own event (MODEL_EVENT_MIN_P) compared in one run; above 1 = never. */
const AT = [1.01, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
/** Experiment: a rules' event in a snippet is dropped when the model's no-event probability is at least this. */
const DROP = Number(process.env.CV_DROP ?? 2);
/** CV_NONE=0 trains without the no-event examples (CASE's unseen types), as before the abstain class. */
const WITH_NONE = process.env.CV_NONE !== '0';
const dump: string[] = [];
const pairsAt = AT.map(() => [] as { gold: string; pred: string | null }[]);
/** As `sitrep eval case` scores all 30 labels: a snippet of an unseen type is right when it gets no event. */
const allAt = AT.map(() => [] as { gold: string; pred: string | null }[]);
const unseenAt = AT.map(() => 0);
const rulesPairs: { gold: string; pred: string | null }[] = [];
/** Weighted F1 over the seen snippets at each candidate trust (the fold's model with its trust replaced). */
const trustPairs = TRUSTS.map(() => [] as { gold: string; pred: string | null }[]);
for (let k = 0; k < FOLDS; k++) {
  const cases = data.dev.filter((c) => fold(c.id) !== k && (c.gold || WITH_NONE)).map((c) => briefExample(c, 'case'));
  const weights = train(weighExamples(acled, cases, news, UPWEIGHT));
  const model = denseModel(weights);
  for (const c of data.dev.filter((r) => fold(r.id) === k)) {
    const pn = noEventP(model, c);
    AT.forEach((at, i) => {
      const pred = c.doc.events.length && pn >= DROP ? null : predict(model, c, at);
      if (at === MODEL_EVENT_MIN_P && (c.gold ?? null) !== pred) dump.push(JSON.stringify({ id: c.id, gold: c.gold, pred, rules: mainEvent(c.doc)?.subEventType ?? null, pNone: +pn.toFixed(3), text: c.doc.text.slice(0, 300) }));
      allAt[i].push(c.gold ? { gold: c.gold, pred } : { gold: '(unseen)', pred: pred ?? '(unseen)' });
      if (!c.gold) unseenAt[i] += pred ? 1 : 0;
      else pairsAt[i].push({ gold: c.gold, pred });
    });
    if (c.gold) rulesPairs.push({ gold: c.gold, pred: mainEvent(c.doc)?.subEventType ?? null });
    if (c.gold) TRUSTS.forEach((t, i) => trustPairs[i].push({ gold: c.gold!, pred: predict({ ...model, trustRules: t }, c) }));
  }
  console.log(`fold ${k}: T ${weights.temperature}, trust ${weights.trustRules}`);
}
const r = classify(rulesPairs);
const unseen = data.dev.length - seenDev.length;
console.log(`CASE TRAIN ${FOLDS}-fold CV (${rulesPairs.length} seen snippets, ${unseen} of unseen types); rules alone weighted F1 ${pct(r.weightedF1)}`);
AT.forEach((at, i) => {
  const cv = classify(pairsAt[i]);
  console.log(`  model event at p ≥ ${at}: weighted F1 ${pct(cv.weightedF1)} macro ${pct(cv.macroF1)} acc ${pct(cv.accuracy)}; no event ${pairsAt[i].filter((p) => !p.pred).length}; unseen-type snippets given an event ${unseenAt[i]}; weighted F1 all ${pct(classify(allAt[i]).weightedF1)}`);
});
console.log(`  by trust: ${TRUSTS.map((t, i) => `${t} ${pct(classify(trustPairs[i]).weightedF1)}`).join(', ')}`);
const cv = classify(pairsAt[AT.indexOf(MODEL_EVENT_MIN_P)]);
if (process.argv.includes('--verbose')) {
  console.log(formatClassTable(cv));
  console.log(formatConfusion(cv));
}
if (arg('--dump')) writeFileSync(arg('--dump')!, dump.join('\n') + '\n');
if (process.argv.includes('--test')) {
  const model = denseModel(train(weighExamples(acled, data.dev.filter((c) => c.gold || WITH_NONE).map((c) => briefExample(c, 'case')), news, UPWEIGHT)));
  const t = classify(data.test.filter((c) => c.gold).map((c) => ({ gold: c.gold!, pred: predict(model, c) })));
  console.log(`CASE TEST: weighted F1 ${pct(t.weightedF1)} macro ${pct(t.macroF1)} acc ${pct(t.accuracy)}`);
}
void CLASSES;
