import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SitrepError } from '../../errors.ts';

/** The committed weights: models/event-realis.json (see src/models/event-realis/MODEL.md). */
export const EVENT_REALIS_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'event-realis.json');

/** What the realis stage needs of a model; tests pass fakes. */
export interface EventRealisModel {
  /** Probability that the event is a current event the article reports as having happened. */
  probability(features: readonly string[]): number;
  /** Events below this probability are dropped. */
  readonly threshold: number;
}

const fileSchema = z.object({
  model: z.literal('event-realis'),
  version: z.number().int(),
  threshold: z.number().min(0).max(1),
  weights: z.record(z.string(), z.number()),
});
export type EventRealisWeights = z.infer<typeof fileSchema>;

export function logisticModel(w: EventRealisWeights): EventRealisModel {
  const weights = new Map(Object.entries(w.weights));
  return {
    threshold: w.threshold,
    probability(features) {
      let z = 0;
      for (const f of features) z += weights.get(f) ?? 0;
      return 1 / (1 + Math.exp(-z));
    },
  };
}

/** For experiments: SITREP_REALIS_MODEL names another weights file (one written by `sitrep train events --out F`). */
export function realisModelFile(): string {
  return process.env.SITREP_REALIS_MODEL || EVENT_REALIS_FILE;
}

export function loadEventRealisModel(file = realisModelFile()): EventRealisModel {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SitrepError('E_MODEL', `cannot read the event realis model: ${(e as Error).message}; rebuild it with "npx sitrep train events"`, { file });
  }
  const r = fileSchema.safeParse(raw);
  if (!r.success) throw new SitrepError('E_MODEL', `the event realis model does not fit its schema: ${r.error.issues[0]?.message}`, { file });
  return logisticModel(r.data);
}
