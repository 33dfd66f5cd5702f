/**
 * The sub-event benches' shared reading of the rules' documents that bench/subevent-case-cv.ts --cache writes (ACLED
 * notes, CASE TRAIN and TEST snippets, matched news events): each as a training example, and the training list weighted
 * as `sitrep train subevent` weighs it. No side effects: the benches import it.
 */
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import type { Document } from '../src/model/document.ts';
import { isArticle } from '../src/models/event-realis/features.ts';
import { subEventFeatures } from '../src/models/subevent/features.ts';
import { CLASS_INDEX, mainEvent, NO_EVENT, type Example } from '../src/models/subevent/train.ts';
import { CASE_WEIGHT, weighExamples } from '../src/cli/commands/train-subevent.ts';

export interface Coded {
  readonly id: string;
  /** ACLED sub-event type, null for CASE's five unseen types. */
  readonly gold: string | null;
  readonly doc: Document;
}
export interface NewsCoded extends Coded {
  /** Which of the document's events the gold event matched. */
  readonly event: number;
}
export interface Cache {
  acled: Coded[];
  news: NewsCoded[];
  dev: Coded[];
  test: Coded[];
}

export const readCache = (file: string): Cache => deserialize(readFileSync(file)) as Cache;

/** A note or snippet as training sees it: its main event's features, labelled with its gold type (or no event). */
export function briefExample(c: Coded, source: string): Example {
  const main = mainEvent(c.doc);
  return { id: c.id, features: subEventFeatures(c.doc, main, true), label: c.gold ? CLASS_INDEX.get(c.gold as never)! : NO_EVENT, source, rules: main ? CLASS_INDEX.get(main.subEventType)! : -1 };
}

/** A rules' event in a news gold article, labelled with the gold event it matched. */
export function newsExample(c: NewsCoded): Example {
  const ev = c.doc.events[c.event];
  return { id: c.id, features: subEventFeatures(c.doc, ev, !isArticle(c.doc)), label: CLASS_INDEX.get(c.gold as never)!, source: 'news', rules: CLASS_INDEX.get(ev.subEventType)! };
}

/** The whole training list of a cache, as `sitrep train subevent` builds it (CASE snippets `caseWeight` times). */
export function trainingList(data: Cache, caseWeight = CASE_WEIGHT): Example[] {
  return weighExamples(data.acled.map((c) => briefExample(c, 'acled')), data.dev.map((c) => briefExample(c, 'case')), data.news.map(newsExample), caseWeight);
}
