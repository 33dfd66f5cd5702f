import type { Document } from '../../model/document.ts';
import type { Stage, StageFactory } from '../../pipeline/stage.ts';
import { isArticle } from '../../models/event-realis/features.ts';
import { findTriggers, loadTriggerLexicon, type TriggerLexicon } from '../events/triggers.ts';

/**
 * Finds the sentences in which the trigger lexicon names an event ("killed", "air strike", "protesters").
 *
 * Half the general news a user feeds in has no such word at all, and in a whole article the events stage codes events
 * only where one is (every event starts from a trigger hit). Such an article ends the pipeline here: the stages after
 * this one (places with its entity tagger, dates, actors, claims, events and the models) would work out mentions from
 * which no record could come. The trace names every skipped stage and why. Briefs (ACLED notes, snippets: fewer than 6
 * sentences) always run on, because the sub-event model may code the event of a brief that has no event word.
 * The events stage reads the sentences found here instead of scanning every sentence again.
 */
export function createEventWordsStage(lex: TriggerLexicon): Stage {
  return {
    name: 'event-words',
    version: '1',
    requires: ['sentences'],
    assigns: ['eventWords'],
    run(doc: Document): Document {
      const eventWords: number[] = [];
      for (const s of doc.sentences) if (findTriggers(lex, doc.text, s.start, s.end).length) eventWords.push(s.index);
      return { ...doc, eventWords };
    },
    endsRun(doc: Document): string | null {
      return doc.eventWords?.length === 0 && isArticle(doc) ? 'a whole article with no event word: no later stage can code an event' : null;
    },
  };
}

export const eventWords: StageFactory = {
  name: 'event-words',
  create(deps) {
    return createEventWordsStage(loadTriggerLexicon(deps.lexicons.dir));
  },
};
