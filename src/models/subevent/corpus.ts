import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { loadJsonlLexicon } from '../../lexicons/load.ts';
import type { Article } from '../../model/article.ts';
import { inSplit } from '../../model/ids.ts';
import { isSubEventType, type SubEventType } from '../../model/taxonomy.ts';
import type { Extractor } from '../../pipeline/extractor.ts';
import { readGoldNotes, noteArticle, type GoldNote } from '../../eval/notes.ts';
import { matchEvents, type GoldNews } from '../../eval/news.ts';
import { documentToRecords } from '../../output/records.ts';
import { isArticle } from '../event-realis/features.ts';
import { subEventFeatures } from './features.ts';
import { briefExamples, CLASSES, type Example } from './train.ts';

/** A text and its coder's sub-event type; null: the coders gave it none (the model's no-event class). */
export type LabelledText = { article: Article; label: SubEventType | null };

/** ACLED notes of the TRAIN split (FNV-1a(id) % 5 ≠ 0) of the given files, each id once, in id order. */
export function acledTrainNotes(files: readonly string[], keep: (g: GoldNote) => boolean = () => true): LabelledText[] {
  const seen = new Map<string, LabelledText>();
  for (const file of files)
    for (const g of readGoldNotes(file, 'dev')) {
      if (seen.has(g.event_id_cnty) || !isSubEventType(g.sub_event_type) || !keep(g)) continue;
      seen.set(g.event_id_cnty, { article: noteArticle(g, file), label: g.sub_event_type });
    }
  return [...seen.values()].sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
}

const codeSchema = z.object({ code: z.string(), acled: z.string().nullable() });

/**
 * CASE 2021 Task 2 snippets outside the TEST split, labelled with the ACLED sub-event type their code names, or null
 * for CASE's five codes outside ACLED (disasters, organised crime, diplomacy, claims of responsibility): news that
 * reads like an event report but is none, which teaches the model's no-event class.
 */
export function caseTrainSnippets(file: string, lexiconDir?: string): LabelledText[] {
  const codes = new Map(loadJsonlLexicon('case2021-codes.jsonl', codeSchema, lexiconDir).map((c) => [c.code, c.acled]));
  const out: LabelledText[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: unknown; text: string; label: string };
    const id = String(r.id);
    const acled = codes.get(r.label);
    if (acled === undefined || (acled !== null && !isSubEventType(acled)) || !inSplit(id, 'dev')) continue;
    out.push({ article: { id: `case-${id}`, text: r.text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file } }, label: acled as SubEventType | null });
  }
  return out;
}

/**
 * Events the rules code in the news gold's TRAIN articles that match a gold event (loosely, as score-news.mjs
 * matches: date and place), labelled with the gold's sub-event type.
 */
export function newsExamples(rules: Extractor, gold: GoldNews, articles: readonly Article[]): Example[] {
  const index = new Map(CLASSES.map((c, i) => [c, i]));
  const out: Example[] = [];
  for (const a of articles) {
    const g = gold[a.id];
    if (!g) continue;
    const { doc } = rules.extract(a);
    const records = documentToRecords(doc);
    const byRecord = new Map(records.map((r, i) => [r, doc.events[i]]));
    for (const [ge, rec] of matchEvents(g.events, records, false)) {
      const ev = byRecord.get(rec)!;
      if (!isSubEventType(ge.sub_event_type)) continue;
      out.push({ id: `${a.id}:${ev.id}`, features: subEventFeatures(doc, ev, !isArticle(doc)), label: index.get(ge.sub_event_type)!, source: 'news', rules: index.get(ev.subEventType)! });
    }
  }
  return out;
}

export { briefExamples };
