import { EVENT_TYPES } from '../model/taxonomy.ts';
import type { EventQuery, EventTallies, Store } from '../store/store.ts';

const TOP = 25;

export interface Summary {
  /** Events counted (under every filter). */
  total: number;
  undated: number;
  /** One row per day and event type (date null: undated): the UI bins them by day, week, month or year. */
  days: EventTallies['days'];
  by_type: { event_type: string; events: number; fatalities: number }[];
  by_actor: EventTallies['actors'];
  by_country: { country: string; events: number; fatalities: number }[];
  /**
   * Every country under the other filters (the country filter itself set aside), so the Country
   * dropdown offers the others while one is chosen, and learns of new ones as data arrives.
   */
  countries: string[];
  /** ACLED's event types and their sub-event types, for the sub-event filter. */
  taxonomy: Record<string, readonly string[]>;
}

/** The timeline's and charts' figures for the events matching q, counted by the store. */
export async function summarise(store: Store, q: EventQuery): Promise<Summary> {
  const { limit: _l, offset: _o, sort: _s, ...filters } = q;
  const { country, ...others } = filters;
  const [t, all] = await Promise.all([store.tallies(filters, TOP), country ? store.tallies(others, 0) : null]);
  const types = new Map<string, { events: number; fatalities: number }>();
  for (const d of t.days) {
    const x = types.get(d.event_type) ?? { events: 0, fatalities: 0 };
    x.events += d.events;
    x.fatalities += d.fatalities;
    types.set(d.event_type, x);
  }
  return {
    total: t.total,
    undated: t.undated,
    days: t.days,
    by_type: [...types].map(([event_type, x]) => ({ event_type, ...x })).sort((a, b) => b.events - a.events || b.fatalities - a.fatalities),
    by_actor: t.actors,
    by_country: t.countries.slice(0, TOP).map((c) => ({ ...c, country: c.country ?? 'Unknown' })),
    countries: (all ?? t).countries.map((c) => c.country).filter((c): c is string => !!c).sort((a, b) => a.localeCompare(b)),
    taxonomy: EVENT_TYPES,
  };
}
