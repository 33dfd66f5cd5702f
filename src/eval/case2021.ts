import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SitrepError } from '../errors.ts';
import { loadJsonlLexicon } from '../lexicons/load.ts';
import { inSplit, type Split } from '../model/ids.ts';
import type { Extractor } from '../pipeline/extractor.ts';
import { bestPerDoc } from './notes.ts';
import { classify, NONE, type Classification } from './metrics.ts';

const codeSchema = z.object({ code: z.string(), acled: z.string().nullable() });

export interface CaseResult {
  readonly rows: number;
  /** Over the 25 ACLED sub-event types (snippets of the five unseen types left out). */
  readonly seen: Classification;
  /** Over all 30 labels; the five non-ACLED types are correct only when no event is predicted. */
  readonly all: Classification;
}

export function evalCase2021(extractor: Extractor, file: string, split: Split, lexiconDir?: string): CaseResult {
  const codes = new Map(loadJsonlLexicon('case2021-codes.jsonl', codeSchema, lexiconDir).map((c) => [c.code, c.acled]));
  const rows: { id: string; text: string; label: string }[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    let r: { id: unknown; text: unknown; label: unknown };
    try {
      r = JSON.parse(lines[i]);
    } catch (e) {
      throw new SitrepError('E_INPUT_JSON', `invalid JSON: ${(e as Error).message}`, { file, line: i + 1 });
    }
    if (typeof r.text !== 'string' || typeof r.label !== 'string') throw new SitrepError('E_INPUT_JSON', 'each line needs "id", "text" and "label"', { file, line: i + 1 });
    if (!codes.has(r.label)) throw new SitrepError('E_INPUT_JSON', `unknown CASE label "${r.label}"`, { file, line: i + 1 });
    const id = String(r.id);
    if (inSplit(id, split)) rows.push({ id, text: r.text, label: r.label });
  }
  const articles = rows.map((r) => ({ id: r.id, text: r.text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file } }));
  const records = [];
  for (const o of extractor.extractMany(articles)) if (o.ok) records.push(...(o.records ?? []));
  const preds = bestPerDoc(records);
  const pairsAll = rows.map((r) => {
    const gold = codes.get(r.label) ?? `(${r.label})`;
    const pred = preds.get(r.id)?.sub_event_type ?? null;
    return { gold, pred: pred ?? (codes.get(r.label) === null ? gold : NONE) };
  });
  const seenRows = rows.filter((r) => codes.get(r.label));
  const pairsSeen = seenRows.map((r) => ({ gold: codes.get(r.label)!, pred: preds.get(r.id)?.sub_event_type ?? null }));
  return { rows: rows.length, seen: classify(pairsSeen), all: classify(pairsAll) };
}
