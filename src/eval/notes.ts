import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { SitrepError } from '../errors.ts';
import type { Article } from '../model/article.ts';
import { inSplit, type Split } from '../model/ids.ts';
import type { EventRecord } from '../model/record.ts';
import type { Extractor } from '../pipeline/extractor.ts';
import { classify, type Classification } from './metrics.ts';

export interface GoldNote {
  readonly event_id_cnty: string;
  readonly event_date: string;
  readonly event_type: string;
  readonly sub_event_type: string;
  readonly actor1: string;
  readonly actor2: string;
  readonly latitude: string;
  readonly longitude: string;
  readonly fatalities: string;
  readonly notes: string;
  readonly country?: string;
}

export function readGoldNotes(file: string, split: Split): GoldNote[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, relax_column_count: true });
  } catch (e) {
    throw new SitrepError('E_INPUT_CSV', `cannot read gold notes: ${(e as Error).message}`, { file });
  }
  if (rows.length && !('notes' in rows[0] && 'event_id_cnty' in rows[0])) {
    throw new SitrepError('E_INPUT_CSV', 'gold file needs ACLED columns event_id_cnty, event_date, notes, event_type, sub_event_type, actor1, actor2, latitude, longitude, fatalities', { file });
  }
  return rows.filter((r) => inSplit(r.event_id_cnty, split)) as unknown as GoldNote[];
}

export function noteArticle(g: GoldNote, file: string): Article {
  return { id: g.event_id_cnty, text: g.notes, title: null, published: g.event_date || null, publisher: 'ACLED', url: null, dateline: null, origin: { file } };
}

/** The figures of ../shared/tools/score-notes.mjs, computed the same way. */
export interface NotesScore {
  split: Split;
  rows: number;
  coverage: number;
  event_type_acc: number;
  sub_event_macro_f1: number;
  actor1: number;
  actor2: number;
  location_25km: number;
  fatalities_exact: number;
  fatalities_exact_when_killed: number;
}

/** The shared scorer's actor-name normalisation: lower case, no parentheses, single spaces. */
export const normName = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function actorMatch(g: string | null, p: string | null): boolean {
  const a = normName(g);
  const b = normName(p);
  if (!a) return !b;
  if (!b) return false;
  if (a === b) return true;
  const ta = new Set(a.split(' '));
  const tb = new Set(b.split(' '));
  const inter = [...ta].filter((t) => tb.has(t)).length;
  return inter / new Set([...ta, ...tb]).size >= 0.5;
}

/** Great-circle km exactly as ../shared/tools/score-notes.mjs and score-geoparse.mjs compute it, so scores agree to the last digit. */
export function scorerKm(la1: number, lo1: number, la2: number, lo2: number): number {
  const r = Math.PI / 180;
  const dLa = (la2 - la1) * r;
  const dLo = (lo2 - lo1) * r;
  const h = Math.sin(dLa / 2) ** 2 + Math.cos(la1 * r) * Math.cos(la2 * r) * Math.sin(dLo / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** The prediction per note: the most confident event (as the shared scorer picks). */
export function bestPerDoc(records: Iterable<EventRecord>): Map<string, EventRecord> {
  const preds = new Map<string, EventRecord>();
  for (const e of records) {
    const prev = preds.get(e.doc_id);
    if (!prev || (e.confidence ?? 0) > (prev.confidence ?? 0)) preds.set(e.doc_id, e);
  }
  return preds;
}

export function scoreNotes(gold: readonly GoldNote[], preds: ReadonlyMap<string, EventRecord>, split: Split): { score: NotesScore; subEvents: Classification; eventTypes: Classification } {
  let covered = 0, typeOk = 0, a1 = 0, a2 = 0, loc = 0, fat = 0, nz = 0, fatNz = 0;
  const sub = new Map<string, { tp: number; fp: number; fn: number }>();
  const cls = (k: string) => sub.get(k) ?? (sub.set(k, { tp: 0, fp: 0, fn: 0 }), sub.get(k)!);
  for (const g of gold) {
    const p = preds.get(g.event_id_cnty);
    if (p) covered++;
    if (p && p.event_type === g.event_type) typeOk++;
    if (p && p.sub_event_type === g.sub_event_type) cls(g.sub_event_type).tp++;
    else {
      cls(g.sub_event_type).fn++;
      if (p?.sub_event_type) cls(p.sub_event_type).fp++;
    }
    if (p && actorMatch(g.actor1, p.actor1)) a1++;
    if (p && actorMatch(g.actor2, p.actor2)) a2++;
    if (p && Number.isFinite(p.latitude) && Number.isFinite(p.longitude) && scorerKm(+g.latitude, +g.longitude, p.latitude!, p.longitude!) <= 25) loc++;
    if (p && Number(p.fatalities ?? 0) === Number(g.fatalities || 0)) fat++;
    if (Number(g.fatalities || 0) > 0) {
      nz++;
      if (p && Number(p.fatalities ?? 0) === Number(g.fatalities)) fatNz++;
    }
  }
  const goldClasses = new Set(gold.map((g) => g.sub_event_type));
  const f1s = [...sub.entries()]
    .filter(([k]) => goldClasses.has(k))
    .map(([, c]) => {
      const pr = c.tp / (c.tp + c.fp || 1);
      const rc = c.tp / (c.tp + c.fn || 1);
      return pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
    });
  const n = gold.length;
  const pct = (x: number) => +((100 * x) / (n || 1)).toFixed(1);
  const score: NotesScore = {
    split,
    rows: n,
    coverage: pct(covered),
    event_type_acc: pct(typeOk),
    sub_event_macro_f1: +((100 * f1s.reduce((s, x) => s + x, 0)) / (f1s.length || 1)).toFixed(1),
    actor1: pct(a1),
    actor2: pct(a2),
    location_25km: pct(loc),
    fatalities_exact: pct(fat),
    fatalities_exact_when_killed: +((100 * fatNz) / (nz || 1)).toFixed(1),
  };
  const pairs = gold.map((g) => ({ gold: g.sub_event_type, pred: preds.get(g.event_id_cnty)?.sub_event_type ?? null }));
  const typePairs = gold.map((g) => ({ gold: g.event_type, pred: preds.get(g.event_id_cnty)?.event_type ?? null }));
  return { score, subEvents: classify(pairs), eventTypes: classify(typePairs) };
}

/** Runs extraction over every gold note; returns all records (for a PRED.jsonl) and failures. */
export function extractNotes(extractor: Extractor, gold: readonly GoldNote[], file: string): { records: EventRecord[]; failures: string[] } {
  const records: EventRecord[] = [];
  const failures: string[] = [];
  for (const o of extractor.extractMany(gold.map((g) => noteArticle(g, file)))) {
    if (o.ok) records.push(...(o.records ?? []));
    else failures.push(`${o.article.id}: ${o.error.message}`);
  }
  return { records, failures };
}
