import type { EventTallies, StoredEvent } from './store.ts';

type Tally = { events: number; fatalities: number };

function add<K>(map: Map<K, Tally>, key: K, fatalities: number | null): void {
  const t = map.get(key) ?? { events: 0, fatalities: 0 };
  t.events += 1;
  t.fatalities += fatalities ?? 0;
  map.set(key, t);
}

const byCount = <K>(a: [K, Tally], b: [K, Tally]) => b[1].events - a[1].events || b[1].fatalities - a[1].fatalities || (String(a[0]) < String(b[0]) ? -1 : 1);

/** EventTallies of events already filtered, counted in memory: what the SQL of each store computes. */
export function tallyEvents(events: Iterable<StoredEvent>, actorLimit = 25): EventTallies {
  const days = new Map<string, Tally>();
  const NO_DATE = '';
  const actors = new Map<string, Tally>();
  const countries = new Map<string | null, Tally>();
  let total = 0;
  let undated = 0;
  for (const e of events) {
    total++;
    add(days, `${e.event_date ?? NO_DATE}\u0000${e.event_type}`, e.fatalities);
    if (!e.event_date) undated++;
    for (const a of new Set([e.actor1, e.actor2].filter((x): x is string => !!x))) add(actors, a, e.fatalities);
    add(countries, e.country, e.fatalities);
  }
  return {
    total,
    undated,
    days: [...days].map(([k, t]) => {
      const [date, event_type] = k.split('\u0000') as [string, string];
      return { date: date === NO_DATE ? null : date, event_type, ...t };
    }),
    actors: [...actors].sort(byCount).slice(0, actorLimit).map(([actor, t]) => ({ actor, ...t })),
    countries: [...countries].sort(byCount).map(([country, t]) => ({ country, ...t })),
  };
}
