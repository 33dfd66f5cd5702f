import type { StageFactory } from './stage.ts';
import { segment } from '../stages/segment/index.ts';
import { eventWords } from '../stages/event-words/index.ts';
import { dates } from '../stages/dates/index.ts';
import { places } from '../stages/places/index.ts';
import { actors } from '../stages/actors/index.ts';
import { claims } from '../stages/claims/index.ts';
import { events } from '../stages/events/index.ts';
import { realis } from '../stages/realis/index.ts';
import { subevent } from '../stages/subevent/index.ts';

/** The only place stage names are bound to factories. Order matters: createPipeline checks it. */
export const STAGES: Readonly<Record<string, StageFactory>> = { segment, 'event-words': eventWords, dates, places, actors, claims, events, realis, subevent };

/**
 * Every stage after event-words serves event extraction: a whole article with no event word ends its run there
 * (src/stages/event-words). A pipeline for another purpose (geoparsing: segment, places) leaves event-words out.
 */
export const DEFAULT_ORDER = ['segment', 'event-words', 'dates', 'places', 'actors', 'claims', 'events', 'realis', 'subevent'] as const;

/** The rules alone: what the realis model is trained on, and what `--no-model` runs. */
export const RULES_ORDER = ['segment', 'event-words', 'dates', 'places', 'actors', 'claims', 'events'] as const;

export function stageFactories(names: readonly string[] = DEFAULT_ORDER): StageFactory[] {
  return names.map((n) => {
    const f = STAGES[n];
    if (!f) throw new Error(`unknown stage "${n}"; known: ${Object.keys(STAGES).join(', ')}`);
    return f;
  });
}
