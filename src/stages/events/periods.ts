import { z } from 'zod';
import { SitrepError } from '../../errors.ts';
import { loadJsonlLexicon } from '../../lexicons/load.ts';
import type { Actor } from '../../model/actor.ts';

const PERIOD = /^(\d{4})-(\d{4})?$/;
const schema = z.object({
  id: z.string().min(1),
  base: z.string().min(1),
  periods: z.array(z.string().regex(PERIOD, 'a period is YYYY-YYYY or YYYY-')).min(1),
  source: z.string().min(1),
});

interface Period {
  readonly label: string;
  readonly from: number;
  /** Exclusive: a period "2014-2018" holds events of 2014 to 2017 and yields to "2018-…" in 2018. */
  readonly to: number;
}

/** Bases of period-named actors, and their periods in order. */
export type ActorPeriods = ReadonlyMap<string, readonly Period[]>;

export function loadActorPeriods(dir?: string): ActorPeriods {
  const out = new Map<string, Period[]>();
  for (const e of loadJsonlLexicon('actor-periods.jsonl', schema, dir)) {
    if (out.has(e.base)) throw new SitrepError('E_LEXICON', `actor-periods.jsonl: "${e.base}" is listed twice`);
    out.set(
      e.base,
      e.periods.map((p) => {
        const [, from, to] = PERIOD.exec(p)!;
        return { label: p, from: +from, to: to ? +to : Infinity };
      }),
    );
  }
  return out;
}

const NAMED = /^(.*?) \((\d{4}-(?:\d{4})?)\)(.*)$/;

/** An ACLED name without its period: "Military Forces of Syria (2000-)" → "Military Forces of Syria". */
export function withoutPeriod(name: string): string {
  const m = NAMED.exec(name);
  return m ? `${m[1]}${m[3]}` : name;
}

/**
 * The actor as ACLED names it on the given date: "Military Forces of Iraq (2020-)" is "(2014-2018)" in 2017.
 * A period that does not hold the date and that no listed period replaces is dropped ("Military Forces of Lebanon
 * (2021-)" in 2017 is "Military Forces of Lebanon"): a name without its period is less precise, one with the wrong
 * period is wrong.
 */
export function actorInForce(periods: ActorPeriods, actor: Actor, isoDate: string): Actor {
  const m = NAMED.exec(actor.name);
  const year = Number(isoDate.slice(0, 4));
  if (!m || !Number.isFinite(year)) return actor;
  const holds = (p: Period) => year >= p.from && year < p.to;
  const hit = periods.get(m[1])?.find(holds);
  if (hit) return hit.label === m[2] ? actor : { ...actor, name: `${m[1]} (${hit.label})${m[3]}` };
  const [, from, to] = PERIOD.exec(m[2])!;
  if (holds({ label: m[2], from: +from, to: to ? +to : Infinity })) return actor;
  return { ...actor, name: withoutPeriod(actor.name) };
}
