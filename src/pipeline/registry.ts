import type { StageFactory } from './stage.ts';
import { segment } from '../stages/segment/index.ts';
import { dates } from '../stages/dates/index.ts';
import { places } from '../stages/places/index.ts';
import { actors } from '../stages/actors/index.ts';
import { claims } from '../stages/claims/index.ts';
import { events } from '../stages/events/index.ts';
import { realis } from '../stages/realis/index.ts';
import { subevent } from '../stages/subevent/index.ts';

/** The only place stage names are bound to factories. Order matters: createPipeline checks it. */
export const STAGES: Readonly<Record<string, StageFactory>> = { segment, dates, places, actors, claims, events, realis, subevent };

export const DEFAULT_ORDER = ['segment', 'dates', 'places', 'actors', 'claims', 'events', 'realis', 'subevent'] as const;

/** The rules alone: what the realis model is trained on, and what `--no-model` runs. */
export const RULES_ORDER = ['segment', 'dates', 'places', 'actors', 'claims', 'events'] as const;

export function stageFactories(names: readonly string[] = DEFAULT_ORDER): StageFactory[] {
  return names.map((n) => {
    const f = STAGES[n];
    if (!f) throw new Error(`unknown stage "${n}"; known: ${Object.keys(STAGES).join(', ')}`);
    return f;
  });
}
