import type { Document, EventMention } from '../../model/document.ts';
import type { Stage, StageFactory } from '../../pipeline/stage.ts';
import { combinedProbability, eventFeatures, evidenceSentences, isArticle, sentenceFeatures } from '../../models/event-realis/features.ts';
import { loadEventRealisModel, type EventRealisModel } from '../../models/event-realis/model.ts';
import type { SubEventType } from '../../model/taxonomy.ts';
import { loadOutOfArticleScope, ruledOutBeforeModel } from './article-scope.ts';
import { wholeArticle } from '../events/tellings.ts';

/**
 * The learned half of the realis decision. The events stage's rules drop what grammar shows is no event
 * (threats, plans, denials, court cases, weapons talk); this stage weighs what is left with a model trained on
 * hand-coded whole articles (models/event-realis.json: an event model and a sentence model, averaged) and keeps a current event only when the article reports
 * it as having happened. Its probability becomes the event's confidence. Background events pass untouched:
 * they are flagged, not counted as news. So do briefs (ACLED notes, headlines): the model knows whole articles; a
 * short wire story with a dateline meets the rules only.
 */
export function createRealisStage(model: EventRealisModel, outOfScope: ReadonlySet<SubEventType> = loadOutOfArticleScope()): Stage {
  return {
    name: 'realis',
    version: '1',
    requires: ['events'],
    assigns: ['events'],
    run(doc: Document): Document {
      // A wire story too short for the model ("BERLIN (Reuters) - …" in five sentences) is still an article: the
      // rules for the clearest classes hold for it (a drug bust's arrests, a trial's old crimes); a brief is left alone.
      if (!isArticle(doc)) return wholeArticle(doc) ? { ...doc, events: doc.events.filter((ev) => ev.historical || !ruledOutBeforeModel(doc, ev, outOfScope)) } : doc;
      const kept: EventMention[] = [];
      for (const ev of doc.events) {
        if (ev.historical) {
          kept.push(ev);
          continue;
        }
        // the rules for the clearest classes go first: talk deep in the body, kinds the guideline does not code
        if (ruledOutBeforeModel(doc, ev, outOfScope)) continue;
        const p = combinedProbability(model, eventFeatures(doc, ev, doc.events), evidenceSentences(doc, ev).map((i) => sentenceFeatures(doc, i)));
        if (p >= model.threshold) kept.push({ ...ev, confidence: +p.toFixed(3), decidedBy: 'model' });
      }
      return { ...doc, events: kept };
    },
  };
}

export const realis: StageFactory = {
  name: 'realis',
  create: () => createRealisStage(loadEventRealisModel()),
};
