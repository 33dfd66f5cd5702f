import { z } from 'zod';
import { loadJsonlLexicon, readShippedOnce } from '../../lexicons/load.ts';
import { SUB_EVENT_TYPES, type SubEventType } from '../../model/taxonomy.ts';

const entry = z.object({
  sub_event_type: z.enum(SUB_EVENT_TYPES as [SubEventType, ...SubEventType[]]),
  why: z.string().min(1),
});

/**
 * The sub-event types a whole article is not coded for (lexicons/article-scope.jsonl): the news guideline's scope is
 * narrower than ACLED's notes. Briefs keep every type; the realis stage and its training leave these out of articles.
 */
export const loadOutOfArticleScope = readShippedOnce((dir: string): ReadonlySet<SubEventType> => new Set(loadJsonlLexicon('article-scope.jsonl', entry, dir).map((r) => r.sub_event_type)));
