import { EVENT_TYPES } from '../model/taxonomy.ts';
import type { EventQuery, Store, StoredEvent } from '../store/store.ts';

/** Aggregates stop here; the reply says so (truncated), and the UI tells the analyst. */
export const MAX_SUMMARY_EVENTS = 200_000;
const PAGE = 1000;
const TOP = 25;

export interface Tally {
  events: number;
  fatalities: number;
}

export interface Summary {
  /** Events counted (under every filter). */
  total: number;
  undated: number;
  truncated: boolean;
  /** One row per day and event type: the UI bins them by day, week, month or year. */
  days: ({ date: string; event_type: string } & Tally)[];
  by_type: ({ event_type: string } & Tally)[];
  by_actor: ({ actor: string } & Tally)[];
  by_country: ({ country: string } & Tally)[];
  /**
   * Every country under the other filters (the country filter itself set aside), so the Country
   * dropdown offers the others while one is chosen, and learns of new ones as data arrives.
   */
  countries: string[];
  /** ACLED's event types and their sub-event types, for the sub-event filter. */
  taxonomy: Record<string, readonly string[]>;
}

function add(map: Map<string, Tally>, key: string, fatalities: number | null): void {
  const t = map.get(key) ?? { events: 0, fatalities: 0 };
  t.events += 1;
  t.fatalities += fatalities ?? 0;
  map.set(key, t);
}

function ranked<K extends string>(map: Map<string, Tally>, name: K, limit = Infinity): ({ [P in K]: string } & Tally)[] {
  return [...map]
    .sort((a, b) => b[1].events - a[1].events || b[1].fatalities - a[1].fatalities || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([k, t]) => ({ [name]: k, ...t }) as { [P in K]: string } & Tally);
}

/** Same test as the stores' country filter: the name or the ISO3 code, case aside. */
function inCountry(e: StoredEvent, wanted: string): boolean {
  const w = wanted.toLowerCase();
  return e.country?.toLowerCase() === w || e.iso3?.toLowerCase() === w;
}

/** Counts of the events matching q, by day and type, actor and country, read page by page from the store. */
export async function summarise(store: Store, q: EventQuery): Promise<Summary> {
  const { country, limit: _l, offset: _o, sort: _s, ...rest } = q;
  const days = new Map<string, Tally>();
  const types = new Map<string, Tally>();
  const actors = new Map<string, Tally>();
  const countryTally = new Map<string, Tally>();
  const countries = new Set<string>();
  let total = 0;
  let undated = 0;
  let seen = 0;
  let truncated = false;
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.queryEvents({ ...rest, sort: 'date', limit: PAGE, offset });
    for (const e of page.events) {
      if (e.country) countries.add(e.country);
      if (country && !inCountry(e, country)) continue;
      total++;
      if (e.event_date) add(days, `${e.event_date}\u0000${e.event_type}`, e.fatalities);
      else undated++;
      add(types, e.event_type, e.fatalities);
      for (const a of new Set([e.actor1, e.actor2].filter((x): x is string => !!x))) add(actors, a, e.fatalities);
      add(countryTally, e.country ?? 'Unknown', e.fatalities);
    }
    seen += page.events.length;
    if (page.events.length < PAGE || seen >= page.total) break;
    if (seen >= MAX_SUMMARY_EVENTS) {
      truncated = true;
      break;
    }
  }
  return {
    total,
    undated,
    truncated,
    days: [...days].map(([k, t]) => {
      const [date, event_type] = k.split('\u0000') as [string, string];
      return { date, event_type, ...t };
    }),
    by_type: ranked(types, 'event_type'),
    by_actor: ranked(actors, 'actor', TOP),
    by_country: ranked(countryTally, 'country', TOP),
    countries: [...countries].sort((a, b) => a.localeCompare(b)),
    taxonomy: EVENT_TYPES,
  };
}
