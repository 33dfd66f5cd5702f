import { z } from 'zod';
import { loadJsonlLexicon, readShippedOnce } from '../../lexicons/load.ts';
import { SUB_EVENT_TYPES, type SubEventType } from '../../model/taxonomy.ts';
import type { Document, EventMention } from '../../model/document.ts';
import { toldInPassing } from '../../models/event-realis/features.ts';

const entry = z.object({
  sub_event_type: z.enum(SUB_EVENT_TYPES as [SubEventType, ...SubEventType[]]),
  why: z.string().min(1),
});

/**
 * The sub-event types a whole article is not coded for (lexicons/article-scope.jsonl): the news guideline's scope is
 * narrower than ACLED's notes. Briefs keep every type; the realis stage and its training leave these out of articles.
 */
export const loadOutOfArticleScope = readShippedOnce((dir: string): ReadonlySet<SubEventType> => new Set(loadJsonlLexicon('article-scope.jsonl', entry, dir).map((r) => r.sub_event_type)));

/**
 * Whether a rule drops a current event of a whole article before the realis model weighs it: told only in passing, or
 * of a kind the news guideline does not code from articles ("the deployment has led to tension"). The realis stage and
 * the model's training (which leaves these out) ask the same question here.
 */
export function ruledOutBeforeModel(doc: Document, ev: EventMention, outOfScope: ReadonlySet<SubEventType> = loadOutOfArticleScope()): boolean {
  return toldInPassing(doc, ev) || outOfScope.has(ev.subEventType);
}
