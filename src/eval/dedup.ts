import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { SitrepError } from '../errors.ts';
import { ingestArticle } from '../ingest/ingest.ts';
import { readArticles } from '../input/index.ts';
import type { Article } from '../model/article.ts';
import { inSplit, stableId, type Split } from '../model/ids.ts';
import type { Extractor } from '../pipeline/extractor.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';

/** Pairwise merge quality: a pair of reports is positive when they describe (gold) / were merged into (pred) the same event. */
export interface PairwiseScore {
  articles: number;
  /** Articles the extractor found at least one event in (only those can be merged). */
  articles_with_events: number;
  gold_pairs: number;
  pred_pairs: number;
  true_pairs: number;
  precision: number;
  recall: number;
  f1: number;
  /** Recall over gold pairs whose two articles both yielded events: the dedup step's own share. */
  recall_when_extracted: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Pairwise precision/recall of two groupings of the same articles; each article may be in several groups. */
export function pairwiseScore(gold: ReadonlyMap<string, ReadonlySet<string>>, pred: ReadonlyMap<string, ReadonlySet<string>>): PairwiseScore {
  const ids = [...gold.keys()].sort();
  const shares = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined) => !!a && !!b && [...a].some((x) => b.has(x));
  let goldPairs = 0, predPairs = 0, truePairs = 0, goldExtracted = 0, trueExtracted = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const g = shares(gold.get(ids[i]), gold.get(ids[j]));
      const p = shares(pred.get(ids[i]), pred.get(ids[j]));
      const extracted = (pred.get(ids[i])?.size ?? 0) > 0 && (pred.get(ids[j])?.size ?? 0) > 0;
      if (g) goldPairs++;
      if (p) predPairs++;
      if (g && p) truePairs++;
      if (g && extracted) goldExtracted++, trueExtracted += p ? 1 : 0;
    }
  }
  const precision = predPairs ? truePairs / predPairs : 0;
  const recall = goldPairs ? truePairs / goldPairs : 0;
  return {
    articles: ids.length,
    articles_with_events: ids.filter((id) => (pred.get(id)?.size ?? 0) > 0).length,
    gold_pairs: goldPairs,
    pred_pairs: predPairs,
    true_pairs: truePairs,
    precision: round(precision),
    recall: round(recall),
    f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    recall_when_extracted: round(goldExtracted ? trueExtracted / goldExtracted : 0),
  };
}

export interface DedupEvalOptions {
  readonly threshold?: number;
}

/** Ingests the articles in publication order into a fresh in-memory store; returns each article's event ids. */
export async function ingestForEval(extractor: Extractor, articles: readonly Article[], opts: DedupEvalOptions = {}): Promise<Map<string, Set<string>>> {
  const store = await openSqliteStore(':memory:');
  const ordered = [...articles].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id));
  const pred = new Map<string, Set<string>>();
  try {
    for (const a of ordered) {
      await ingestArticle(store, a, { extractor, dedup: { threshold: opts.threshold } });
    }
    // Ids are read back at the end: a later report can only add to an event, never move an earlier article off it.
    for (const a of ordered) pred.set(a.id, new Set((await store.getArticle(a.id))?.event_ids ?? []));
  } finally {
    await store.close();
  }
  return pred;
}

/** The invented paired reports of test/fixtures/dedup: JSONL articles with a gold `event` label each. */
export async function evalDedupFixtures(extractor: Extractor, file: string, opts: DedupEvalOptions = {}): Promise<PairwiseScore> {
  const gold = new Map<string, Set<string>>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; event: string };
    gold.set(row.id, new Set([row.event]));
  }
  const articles: Article[] = [];
  for await (const item of readArticles([file])) {
    if (!item.ok) throw item.error;
    articles.push(item.article);
  }
  return pairwiseScore(gold, await ingestForEval(extractor, articles, opts));
}

/** A headline cited by more UCDP events than this is a digest or a periodic report, not one story. */
export const MAX_EVENTS_PER_HEADLINE = 5;

export interface UcdpHeadlines {
  readonly articles: Article[];
  /** article id → UCDP event ids (of the chosen split) it is a source of */
  readonly gold: Map<string, Set<string>>;
  readonly events: number;
}

/**
 * UCDP GED rows → one tiny article per distinct source (office, date, headline), dated by the
 * source date. The split hashes the UCDP event `id`: a TEST event brings all its headlines.
 * URLs and digest headlines (cited by more than MAX_EVENTS_PER_HEADLINE events) are left out.
 */
export function readUcdpHeadlines(file: string, split: Split): UcdpHeadlines {
  let rows: Record<string, string>[];
  try {
    rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, relax_column_count: true });
  } catch (e) {
    throw new SitrepError('E_INPUT_CSV', `cannot read UCDP GED file: ${(e as Error).message}`, { file });
  }
  if (rows.length && !('source_headline' in rows[0] && 'id' in rows[0])) throw new SitrepError('E_INPUT_CSV', 'UCDP GED file needs columns id, source_headline, source_date, source_office', { file });
  const byKey = new Map<string, { article: Article; events: Set<string>; allEvents: Set<string> }>();
  let events = 0;
  for (const r of rows) {
    if (!/^\d/.test(r.id ?? '')) continue; // the HXL tag row of the original export
    const heads = (r.source_headline ?? '').split(';');
    const dates = (r.source_date ?? '').split(';');
    const offices = (r.source_office ?? '').split(';');
    if (!r.source_headline || heads.length !== dates.length) continue; // a ';' inside a headline: alignment unknown
    const chosen = inSplit(r.id, split);
    if (chosen) events++;
    for (let i = 0; i < heads.length; i++) {
      const headline = heads[i].trim();
      const date = dates[i].trim();
      if (!headline || /^https?:/i.test(headline) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
      const office = (offices[i] ?? '').trim() || null;
      const id = stableId('ucdp-h-', office, date, headline);
      let entry = byKey.get(id);
      if (!entry) {
        entry = { article: { id, text: headline, title: headline, published: date, publisher: office, url: null, dateline: null, origin: { file } }, events: new Set(), allEvents: new Set() };
        byKey.set(id, entry);
      }
      entry.allEvents.add(r.id);
      if (chosen) entry.events.add(r.id);
    }
  }
  const kept = [...byKey.values()].filter((e) => e.events.size > 0 && e.allEvents.size <= MAX_EVENTS_PER_HEADLINE);
  return { articles: kept.map((e) => e.article), gold: new Map(kept.map((e) => [e.article.id, e.events])), events };
}

export async function evalDedupUcdp(extractor: Extractor, file: string, split: Split, opts: DedupEvalOptions = {}): Promise<PairwiseScore & { ucdp_events: number; split: Split }> {
  const { articles, gold, events } = readUcdpHeadlines(file, split);
  const pred = await ingestForEval(extractor, articles, opts);
  return { split, ucdp_events: events, ...pairwiseScore(gold, pred) };
}
