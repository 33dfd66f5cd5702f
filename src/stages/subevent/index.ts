import { addDays } from '../../model/date-value.ts';
import { mentionsOf, type Document, type EventMention } from '../../model/document.ts';
import { stableId } from '../../model/ids.ts';
import { disorderTypeOf, eventTypeOf } from '../../model/taxonomy.ts';
import type { Stage, StageFactory } from '../../pipeline/stage.ts';
import { isArticle } from '../../models/event-realis/features.ts';
import { subEventFeatures } from '../../models/subevent/features.ts';
import { isHeadline } from '../../models/subevent/headline.ts';
import { loadSubEventModel, type SubEventModel } from '../../models/subevent/model.ts';
import { choose, mainEvent, MODEL_EVENT_MIN_P, modelEventType } from '../../models/subevent/train.ts';

// the model's own event in a brief is decided where training simulates it (models/subevent/train.ts)
export { MODEL_EVENT_MIN_P, modelEventType };
import { refineByActors } from '../events/classify.ts';
import { composeNote } from '../events/notes.ts';
import { neverScene } from '../events/place.ts';
import { parseDateline } from '../../input/dateline.ts';

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
      const events = decideEvents(model, doc);
      return events.length || doc.events.length ? { ...doc, events } : doc;
    },
  };
}

/**
 * The document's events with the model's sub-event decision (the stage's work; the CASE bench calls it too). A
 * brief in which the rules coded nothing gets the model's event when the model is sure enough (see fallbackEvent).
 */
export function decideEvents(model: SubEventModel, doc: Document, createAt = MODEL_EVENT_MIN_P): EventMention[] {
  const brief = !isArticle(doc);
  // A story opening with a dateline or an agency's credit ("WASHINGTON (Reuters) -", "(Reuters) -") is a news story, however
  // short: the model neither codes an event of its own in it nor retypes the rules' events, as in any article. Its lack of a
  // coded event is an answer, not a gap (short political stories got "Reuters protested in Washington"), and its background
  // sentences are not the event's words (a sticky bomb became a suicide bombing from a background "suicide bomber").
  const mayOverrule = brief && !isHeadline(doc) && !parseDateline(doc.text);
  if (!doc.events.length) {
    const ev = mayOverrule ? fallbackEvent(model, doc, createAt) : null;
    return ev ? [ev] : [];
  }
  const main = brief ? mainEvent(doc) : null;
  return doc.events.map((ev) => decide(model, doc, ev, brief, mayOverrule, main));
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


/**
 * The model's event for a brief the rules coded nothing in: its most probable sub-event type, told by the whole
 * brief; the first actor named is actor1, the first place the geocoder resolved its place, the first current date
 * (else publication) its date. `decidedBy: 'model'`, confidence the model's probability.
 */
export function fallbackEvent(model: SubEventModel, doc: Document, createAt: number): EventMention | null {
  if (!doc.sentences.length || !tellsSomething(doc)) return null;
  const p = model.probabilities(subEventFeatures(doc, null, true));
  const best = modelEventType(p, createAt);
  if (best < 0) return null;
  const sub = model.classes[best];
  const actor = mentionsOf(doc, 'ACTOR').find((m) => m.actor);
  const actor1 = actor?.actor ? { actor: actor.actor, mention: actor } : null;
  const subType = TERRITORY.has(sub) && actor1 ? refineByActors(sub, actor1.actor, null, new Set()) : sub;
  // ("a London-trained surgeon", "ministers meeting in Brussels condemned …": where someone is from or spoke is no scene)
  const place = mentionsOf(doc, 'PLACE').find((m) => m.place && !m.demonym && !m.seat && !neverScene(doc, m)) ?? null;
  const dated = mentionsOf(doc, 'DATE').find((m) => !m.past && !m.dateline);
  const published = doc.article.published;
  const date = dated?.value ?? (published ? { earliest: addDays(published, -1), latest: published, precision: 2 as const, anchor: 'published' as const } : null);
  const first = doc.sentences[0];
  const ev: EventMention = {
    id: stableId('ev-', doc.id, subType, 'model'),
    subEventType: subType,
    eventType: eventTypeOf(subType),
    disorderType: disorderTypeOf(subType),
    trigger: { start: first.start, end: first.end },
    actor1,
    actor2: null,
    assocActor1: [],
    assocActor2: [],
    place,
    date,
    historical: false,
    fatalities: null,
    claims: [],
    evidence: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    notes: '',
    confidence: +p[best].toFixed(3),
    decidedBy: 'model',
  };
  return { ...ev, notes: composeNote(doc, ev) };
}

/** Words for a kind of place: "Nineveh province", "Farms neighbourhood" name where, not what happened. */
const PLACE_KIND = /^(?:province|governorate|district|sub-?district|neighbou?rhoods?|quarters?|areas?|village|town|city|region|county|state)$/i;

/**
 * Whether a brief tells anything: a verb, or a noun other than a kind of place. A line of a date and places ("April 3rd,
 * 2015: Al Waeliyah, Mosul, Nineveh province, Iraq", an index entry of a casualty list) tells no event, and the model's
 * guess there had no words to stand on (it coded abductions, and merged a month of Mosul's entries into one event).
 */
function tellsSomething(doc: Document): boolean {
  return doc.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'NOUN' && !PLACE_KIND.test(t.norm)));
}


const TERRITORY: ReadonlySet<string> = new Set(['Government regains territory', 'Non-state actor overtakes territory']);

export const subevent: StageFactory = {
  name: 'subevent',
  create: () => createSubEventStage(loadSubEventModel()),
};
