import { readFileSync } from 'node:fs';
import { SitrepError } from '../errors.ts';
import { inSplit, type Split } from '../model/ids.ts';
import { actorMatch, normName, scorerKm } from './notes.ts';

/**
 * Scoring of events from whole news articles against hand-coded gold, exactly as
 * ../shared/tools/score-news.mjs scores them (test/eval-news.test.ts checks the two agree):
 * a predicted current event matches a gold current event when the dates overlap (±2 days) and the point
 * lies within 50 km (or in the same country where the gold names only a region); "strict" also needs the
 * same event_type; one-to-one greedy matching by distance.
 */

export interface GoldNewsEvent {
  readonly event_type: string;
  readonly sub_event_type: string;
  readonly actor1: string;
  readonly actor2?: string;
  readonly location?: string;
  readonly country?: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly geo_precision?: number;
  readonly event_date: string;
  readonly event_date_end?: string;
  readonly fatalities: number | null;
  readonly historical: boolean;
  readonly evidence?: unknown;
}

export interface GoldNewsDoc {
  readonly date: string;
  readonly set?: 'conflict' | 'general';
  readonly events: readonly GoldNewsEvent[];
}

export type GoldNews = Readonly<Record<string, GoldNewsDoc>>;

/** The fields of a predicted event record the scorer reads. */
export interface PredictedNewsEvent {
  readonly doc_id: string;
  readonly event_type: string;
  readonly sub_event_type: string;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly country: string | null;
  readonly event_date: string | null;
  readonly event_date_end: string | null;
  readonly fatalities: number | null;
  readonly historical: boolean;
  readonly location?: string | null;
}

export function readGoldNews(file: string, split: Split = 'all'): GoldNews {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SitrepError('E_INPUT_NOT_FOUND', `cannot read news gold: ${(e as Error).message}`, { file });
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new SitrepError('E_INPUT_FORMAT', 'news gold must be an object keyed by doc_id', { file });
  const out: Record<string, GoldNewsDoc> = {};
  for (const [id, doc] of Object.entries(raw as Record<string, GoldNewsDoc>)) {
    if (!Array.isArray(doc?.events)) throw new SitrepError('E_INPUT_FORMAT', `news gold "${id}" has no events array`, { file });
    if (inSplit(id, split)) out[id] = doc;
  }
  return out;
}

const day = (s: unknown): number => Date.parse(String(s).slice(0, 10) + 'T00:00:00Z') / 864e5;
const cc = (s: unknown): string => normName(s).replace(/^the /, '');

/** Distance used for matching, Infinity when the two cannot match. */
export function matchDistance(g: GoldNewsEvent, p: PredictedNewsEvent): number {
  const gs = day(g.event_date) - 2;
  const ge = day(g.event_date_end || g.event_date) + 2;
  const ps = day(p.event_date);
  const pe = day(p.event_date_end || p.event_date);
  if (!(ps <= ge && pe >= gs)) return Infinity;
  if (!Number.isFinite(p.latitude) || !Number.isFinite(g.latitude)) return Infinity;
  const d = scorerKm(g.latitude, g.longitude, p.latitude as number, p.longitude as number);
  if (d <= 50) return d;
  if ((g.geo_precision ?? 1) >= 3 && cc(g.country) === cc(p.country)) return 50;
  return Infinity;
}

/** One-to-one greedy matching by distance; strict also needs the same event_type. */
export function matchEvents<G extends GoldNewsEvent, P extends PredictedNewsEvent>(gs: readonly G[], ps: readonly P[], strict: boolean): [G, P][] {
  const pairs: [number, number, number][] = [];
  gs.forEach((g, i) =>
    ps.forEach((p, j) => {
      if (strict && g.event_type !== p.event_type) return;
      const d = matchDistance(g, p);
      if (d < Infinity) pairs.push([d, i, j]);
    }),
  );
  pairs.sort((a, b) => a[0] - b[0]);
  const ug = new Set<number>();
  const up = new Set<number>();
  const out: [G, P][] = [];
  for (const [, i, j] of pairs) {
    if (ug.has(i) || up.has(j)) continue;
    ug.add(i);
    up.add(j);
    out.push([gs[i], ps[j]]);
  }
  return out;
}

export interface NewsSetScore {
  docs: number;
  gold_events: number;
  pred_events: number;
  strict_p: number | null;
  strict_r: number | null;
  strict_f1: number;
  loose_p: number | null;
  loose_r: number | null;
  loose_f1: number;
  subtype_acc_on_match: number | null;
  actor1_on_match: number | null;
  fatalities_exact_on_match: number | null;
  pred_events_per_doc: number;
  false_events_per_doc: number;
  gold_historical: number;
  historical_leaked_as_current: number;
  historical_flagged: number;
}

const pct = (a: number, b: number): number | null => (b ? +((100 * a) / b).toFixed(1) : null);
const f1 = (p: number | null, r: number | null): number => (p && r ? +((2 * p * r) / (p + r)).toFixed(1) : 0);

export interface NewsScore {
  readonly report: Record<string, NewsSetScore>;
  /** "<doc> MISS …" and "<doc> FALSE …" lines, as the shared scorer prints them with --verbose. */
  readonly misses: string[];
}

export function scoreNews(gold: GoldNews, predictions: readonly PredictedNewsEvent[]): NewsScore {
  const preds = predictions.filter((e) => e.doc_id in gold);
  const sets: Record<string, string[]> = { conflict: [], general: [] };
  for (const [id, g] of Object.entries(gold)) (g.set === 'general' ? sets.general : sets.conflict).push(id);
  const report: Record<string, NewsSetScore> = {};
  const misses: string[] = [];
  for (const [name, ids] of Object.entries(sets)) {
    if (!ids.length) continue;
    let G = 0, P = 0, mL = 0, mS = 0, sub = 0, a1 = 0, fat = 0, fatN = 0, histLeak = 0, histG = 0, histTagged = 0;
    for (const id of ids) {
      const gs = gold[id].events.filter((e) => !e.historical);
      const gh = gold[id].events.filter((e) => e.historical);
      const all = preds.filter((e) => e.doc_id === id);
      const ps = all.filter((e) => !e.historical);
      const ph = all.filter((e) => e.historical);
      G += gs.length;
      P += ps.length;
      histG += gh.length;
      const loose = matchEvents(gs, ps, false);
      const strict = matchEvents(gs, ps, true);
      mL += loose.length;
      mS += strict.length;
      for (const [g, p] of strict) {
        if (g.sub_event_type === p.sub_event_type) sub++;
        if (actorMatch(g.actor1, p.actor1) || (actorMatch(g.actor1, p.actor2) && actorMatch(g.actor2 ?? null, p.actor1))) a1++;
        if (g.fatalities != null) {
          fatN++;
          if (Number(p.fatalities ?? 0) === Number(g.fatalities)) fat++;
        }
      }
      histLeak += matchEvents(gh, ps, false).length;
      histTagged += matchEvents(gh, ph, false).length;
      const hit = new Set(strict.map(([g]) => g));
      for (const g of gs) if (!hit.has(g)) misses.push(`${id} MISS ${g.sub_event_type} @ ${g.location} ${g.event_date}`);
      const used = new Set(strict.map(([, p]) => p));
      for (const p of ps) if (!used.has(p)) misses.push(`${id} FALSE ${p.sub_event_type} @ ${p.location} ${p.event_date}`);
    }
    const pL = pct(mL, P), rL = pct(mL, G), pS = pct(mS, P), rS = pct(mS, G);
    report[name] = {
      docs: ids.length,
      gold_events: G,
      pred_events: P,
      strict_p: pS,
      strict_r: rS,
      strict_f1: f1(pS, rS),
      loose_p: pL,
      loose_r: rL,
      loose_f1: f1(pL, rL),
      subtype_acc_on_match: pct(sub, mS),
      actor1_on_match: pct(a1, mS),
      fatalities_exact_on_match: pct(fat, fatN),
      pred_events_per_doc: +(P / ids.length).toFixed(2),
      false_events_per_doc: +((P - mL) / ids.length).toFixed(2),
      gold_historical: histG,
      historical_leaked_as_current: histLeak,
      historical_flagged: histTagged,
    };
  }
  return { report, misses };
}

/** The report as the shared scorer prints it: one line per set, or one JSON object with --json. */
export function formatNewsScore(score: NewsScore, json: boolean): string {
  if (json) return `${JSON.stringify(score.report)}\n`;
  return Object.entries(score.report)
    .map(([k, v]) => `${k} ${JSON.stringify(v)}\n`)
    .join('');
}
