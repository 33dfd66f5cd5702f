import type { EventRecord } from '../../src/model/record.ts';

/** One Armed clash at Mosul coded from article docId on date: the record concurrency and fault tests store by the hundred. */
export function clashRecord(docId: string, date: string, i: number): EventRecord {
  return {
    event_id: `ev-${docId}`, doc_id: docId, event_date: date, event_date_end: date, time_precision: 1, historical: false,
    disorder_type: 'Political violence', event_type: 'Battles', sub_event_type: 'Armed clash',
    actor1: 'Islamic State', assoc_actor_1: null, inter1: 2, actor2: null, assoc_actor_2: null, inter2: 0, interaction: 20,
    actor1_mention: null, actor2_mention: null, country: 'Iraq', iso3: 'IRQ', admin1: 'Nineveh', admin2: null, location: 'Mosul',
    latitude: 36.335, longitude: 43.119, geo_precision: 1, geonameid: 99072, fatalities: 1, claims: [], evidence: [{ start: 0, end: 5 }],
    notes: `Clash ${i}.`, confidence: 0.8, sources: [],
  };
}
