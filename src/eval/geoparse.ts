import { readFileSync } from 'node:fs';
import { SitrepError } from '../errors.ts';
import { parseDateline } from '../input/index.ts';
import type { Article } from '../model/article.ts';
import { mentionsOf } from '../model/document.ts';
import { inSplit, type Split } from '../model/ids.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import { stageFactories } from '../pipeline/registry.ts';
import type { Deps } from '../pipeline/stage.ts';
import { createSpanResolver } from '../stages/places/index.ts';
import { scorerKm } from './notes.ts';

/** One gold toponym: a span of the document's text and, when the corpus has one, its point. */
export interface GoldToponym {
  readonly start: number;
  readonly end: number;
  readonly lat?: number | null;
  readonly lon?: number | null;
}

export interface GoldGeoDoc {
  readonly docid: string;
  readonly title: string;
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
  /** The story's web address (or the paper's domain, LGL's "domain"), as a news feed gives it. */
  readonly url?: string | null;
}

/** A predicted mention, as `sitrep geoparse` prints it. */
export interface GeoPrediction {
  readonly doc_id: string;
  readonly start: number;
  readonly end: number;
  readonly latitude: number | null;
  readonly longitude: number | null;
}

export interface GeoparseScore {
  readonly split: Split;
  readonly docs: number;
  readonly toponyms: number;
  readonly recall: number;
  readonly acc161_of_found: number;
  readonly acc161_end_to_end: number;
  readonly mean_km: number | null;
  readonly median_km: number | null;
  readonly predicted_mentions: number;
}

/** Reads a geoparsing gold file (one {docid, text, toponyms} per line) and keeps the split's documents. */
export function readGeoGold(file: string, split: Split): GoldGeoDoc[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new SitrepError('E_INPUT_NOT_FOUND', `cannot read gold file: ${(e as Error).message}`, { file });
  }
  const out: GoldGeoDoc[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let d: { docid?: unknown; title?: unknown; text?: unknown; toponyms?: unknown; url?: unknown; domain?: unknown };
    try {
      d = JSON.parse(line);
    } catch (e) {
      throw new SitrepError('E_INPUT_JSON', `gold line is not JSON: ${(e as Error).message}`, { file, line: i + 1 });
    }
    if (d.docid === undefined || typeof d.text !== 'string') throw new SitrepError('E_INPUT_FORMAT', 'gold line wants "docid" and "text"', { file, line: i + 1 });
    const docid = String(d.docid);
    if (!inSplit(docid, split)) return;
    const url = typeof d.url === 'string' && d.url.trim() ? d.url : typeof d.domain === 'string' && d.domain.trim() ? d.domain : null;
    out.push({ docid, title: typeof d.title === 'string' ? d.title : '', text: d.text, toponyms: Array.isArray(d.toponyms) ? (d.toponyms as GoldToponym[]) : [], url });
  });
  return out;
}


const pct = (a: number, b: number) => +((100 * a) / (b || 1)).toFixed(1);
const hasPoint = (t: GoldToponym) => Number.isFinite(t.lat);

function summarise(split: Split, docs: number, total: number, found: number, within: number, errs: number[], predicted: number): GeoparseScore {
  errs.sort((a, b) => a - b);
  return {
    split,
    docs,
    toponyms: total,
    recall: pct(found, total),
    acc161_of_found: pct(within, found),
    acc161_end_to_end: pct(within, total),
    mean_km: errs.length ? +(errs.reduce((s, e) => s + e, 0) / errs.length).toFixed(1) : null,
    median_km: errs.length ? +errs[errs.length >> 1].toFixed(1) : null,
    predicted_mentions: predicted,
  };
}

/**
 * End-to-end score with score-geoparse.mjs's rules: a gold toponym with a point is found when the
 * first prediction of its document overlapping its span exists, and correct within 161 km.
 */
export function scoreGeoparse(gold: readonly GoldGeoDoc[], predictions: readonly GeoPrediction[], split: Split): GeoparseScore {
  const byDoc = new Map<string, GeoPrediction[]>();
  for (const p of predictions) {
    const k = String(p.doc_id);
    const list = byDoc.get(k);
    if (list) list.push(p);
    else byDoc.set(k, [p]);
  }
  let total = 0;
  let found = 0;
  let within = 0;
  let predicted = 0;
  const errs: number[] = [];
  for (const d of gold) {
    const ps = byDoc.get(d.docid) ?? [];
    predicted += ps.length;
    for (const t of d.toponyms) {
      if (!hasPoint(t)) continue;
      total++;
      const p = ps.find((q) => q.start < t.end && q.end > t.start);
      if (!p) continue;
      found++;
      if (Number.isFinite(p.latitude) && p.latitude !== null && p.longitude !== null) {
        const e = scorerKm(t.lat!, t.lon!, p.latitude, p.longitude);
        errs.push(e);
        if (e <= 161) within++;
      }
    }
  }
  return summarise(split, gold.length, total, found, within, errs, predicted);
}

/** The Article `sitrep geoparse` builds from a `score-geoparse.mjs --input` line. */
export function goldArticle(d: GoldGeoDoc): Article {
  return {
    id: d.docid,
    text: d.text,
    title: d.title.replace(/\s+/g, ' ').trim() || null,
    published: null,
    publisher: null,
    url: d.url ?? null,
    dateline: parseDateline(d.text)?.dateline ?? null,
    origin: { file: 'gold' },
  };
}

/** What `sitrep geoparse` would print for the gold documents. */
export function predictEndToEnd(deps: Deps, gold: readonly GoldGeoDoc[]): GeoPrediction[] {
  const pipeline = createPipeline(stageFactories(['segment', 'places']), deps);
  const out: GeoPrediction[] = [];
  for (const d of gold) {
    const doc = pipeline.run(goldArticle(d));
    for (const m of mentionsOf(doc, 'PLACE')) {
      if (m.place && !m.seat) out.push({ doc_id: doc.id, start: m.start, end: m.end, latitude: m.place.latitude, longitude: m.place.longitude });
    }
  }
  return out;
}

/**
 * Resolution of exactly the gold spans (with the detector's other names as context). Recall is
 * the share of spans that got any place; accuracy@161 counts over all gold toponyms with a point,
 * so an unresolved span is an error; mean and median are over the resolved ones.
 */
export function scoreGoldSpans(deps: Deps, gold: readonly GoldGeoDoc[], split: Split): GeoparseScore {
  const pipeline = createPipeline(stageFactories(['segment']), deps);
  const resolveSpans = createSpanResolver(deps);
  let total = 0;
  let found = 0;
  let within = 0;
  let predicted = 0;
  const errs: number[] = [];
  for (const d of gold) {
    const spans = d.toponyms.filter(hasPoint);
    if (!spans.length) continue;
    const doc = pipeline.run(goldArticle(d));
    const places = resolveSpans(doc, spans);
    spans.forEach((t, k) => {
      total++;
      const p = places[k];
      if (!p) return;
      found++;
      predicted++;
      const e = scorerKm(t.lat!, t.lon!, p.latitude, p.longitude);
      errs.push(e);
      if (e <= 161) within++;
    });
  }
  return summarise(split, gold.length, total, found, within, errs, predicted);
}
