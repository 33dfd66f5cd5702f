import type { DateMention, Document } from '../../model/document.ts';
import { sentenceAt } from '../../model/document.ts';
import { stableId } from '../../model/ids.ts';
import type { Stage, StageFactory } from '../../pipeline/stage.ts';
import { parseDateline } from '../../input/dateline.ts';
import { createDateResolver } from './resolve.ts';

export { createDateResolver, resolveDates } from './resolve.ts';
export type { DateResolver, DateResolverOptions, ResolvedDate } from './resolve.ts';

/**
 * DATE mentions resolved against the article's publication date. Articles without one get
 * only dates that carry their own year (see DateResolver.resolve).
 */
export const dates: StageFactory = {
  name: 'dates',
  create(deps): Stage {
    const resolver = createDateResolver({ lexiconDir: deps.lexicons.dir });
    return {
      name: 'dates',
      version: '2',
      requires: ['sentences', 'tokens'],
      assigns: ['mentions:DATE'],
      run(doc: Document): Document {
        const found: DateMention[] = [];
        const dateline = parseDateline(doc.text)?.span ?? null;
        for (const r of resolver.resolve(doc.text, doc.article.published)) {
          const sentence = sentenceAt(doc.sentences, r.start);
          if (sentence < 0) continue;
          found.push({
            kind: 'DATE',
            id: stableId('date-', doc.id, r.start, r.end),
            start: r.start,
            end: r.end,
            sentence,
            text: r.text,
            confidence: r.confidence,
            by: 'dates',
            value: r.value,
            past: r.past,
            ...(((dateline && r.start >= dateline.start && r.end <= dateline.end) || isDateLine(doc, sentence, r)) && { dateline: true }),
          });
        }
        return { ...doc, mentions: [...doc.mentions, ...found] };
      },
    };
  },
};

/** A line near the top that holds nothing but a date ("March 15, 2023") gives the story's date, not an event's. */
function isDateLine(doc: Document, sentence: number, r: { start: number; end: number }): boolean {
  if (sentence > 3) return false;
  const s = doc.sentences[sentence];
  return doc.text.slice(s.start, s.end).trim().replace(/[.\s]+$/, '') === doc.text.slice(r.start, r.end).trim();
}
