import type { Document, EventMention } from '../../model/document.ts';
import { disorderTypeOf, eventTypeOf } from '../../model/taxonomy.ts';
import type { Stage, StageFactory } from '../../pipeline/stage.ts';
import { isArticle } from '../../models/event-realis/features.ts';
import { subEventFeatures } from '../../models/subevent/features.ts';
import { isHeadline } from '../../models/subevent/headline.ts';
import { loadSubEventModel, type SubEventModel } from '../../models/subevent/model.ts';
import { choose, mainEvent } from '../../models/subevent/train.ts';
import { refineByActors } from '../events/classify.ts';
import { composeNote } from '../events/notes.ts';

/**
 * The learned half of the sub-event decision. The rules' choice (their sub-event guess, trigger, actors and
 * casualties) is one set of features among the words and character n-grams of the text the event is told in;
 * a model trained on coded notes, CASE 2021 snippets and hand-coded news (models/subevent.bin) weighs them all.
 * Where it agrees with the rules, the rules decided; where it overrules them, the model did (`decidedBy`).
 * It overrules them only in briefs (notes, snippets, texts of fewer than 6 sentences) that are not bare headlines;
 * in whole articles and headlines it only weighs the rules' choice.
 * `confidence` becomes the model's calibrated probability that the sub-event type is right; for a current
 * event in a whole article, times the realis model's probability that the event happened.
 */
export function createSubEventStage(model: SubEventModel): Stage {
  return {
    name: 'subevent',
    version: '1',
    requires: ['events'],
    assigns: ['events'],
    run(doc: Document): Document {
      if (!doc.events.length) return doc;
      const brief = !isArticle(doc);
      const main = brief ? mainEvent(doc) : null;
      const mayOverrule = brief && !isHeadline(doc);
      return { ...doc, events: doc.events.map((ev) => decide(model, doc, ev, brief, mayOverrule, main)) };
    },
  };
}

/**
 * A brief (an ACLED note, a snippet) reports one event; a second event the rules find in it is as often a detail
 * of the first, so its probability of being the brief's event is taken as one half.
 */
export const SECONDARY_EVENT = 0.5;

function decide(model: SubEventModel, doc: Document, ev: EventMention, brief: boolean, mayOverrule: boolean, main: EventMention | null): EventMention {
  const p = model.probabilities(subEventFeatures(doc, ev, brief));
  const rules = model.classes.indexOf(ev.subEventType);
  // In a whole article the rules' type stands: the model learned from notes and snippets, and from only 64 events
  // of articles, and there it changed types for the worse (news gold TEST strict F1 41.7 → 39.6). In a headline too
  // (see isHeadline).
  const best = mayOverrule ? choose(p, rules, model.trustRules) : rules;
  // ACLED's two territory types are defined by who took the territory: the model's guess never makes Islamic State a government
  const guess = model.classes[best];
  const sub = TERRITORY.has(guess) && ev.actor1 ? refineByActors(guess, ev.actor1.actor, null, new Set()) : guess;
  const realisP = !brief && !ev.historical && ev.decidedBy === 'model' ? ev.confidence : 1;
  const confidence = +(p[best] * realisP * (brief && ev !== main ? SECONDARY_EVENT : 1)).toFixed(3);
  if (sub === ev.subEventType) return { ...ev, confidence, decidedBy: 'rules' };
  const typed = { ...ev, subEventType: sub, eventType: eventTypeOf(sub), disorderType: disorderTypeOf(sub), confidence, decidedBy: 'model' as const };
  return { ...typed, notes: composeNote(doc, typed) };
}

const TERRITORY: ReadonlySet<string> = new Set(['Government regains territory', 'Non-state actor overtakes territory']);

export const subevent: StageFactory = {
  name: 'subevent',
  create: () => createSubEventStage(loadSubEventModel()),
};
