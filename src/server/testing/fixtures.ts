import type { StoredArticle, StoredEvent } from '../../store/store.ts';

/** A complete StoredEvent with plain defaults; tests override what they care about. */
export function makeEvent(over: Partial<StoredEvent> & { event_id: string; doc_id: string }): StoredEvent {
  return {
    event_date: '2023-03-14',
    event_date_end: '2023-03-14',
    time_precision: 1,
    historical: false,
    disorder_type: 'Political violence',
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Islamic State',
    assoc_actor_1: null,
    inter1: 2,
    actor2: 'Military Forces of Syria (2000-)',
    assoc_actor_2: null,
    inter2: 1,
    interaction: 12,
    actor1_mention: 'the jihadists',
    actor2_mention: 'government troops',
    country: 'Syria',
    iso3: 'SYR',
    admin1: 'Idlib',
    admin2: null,
    location: 'Ariha',
    latitude: 35.81,
    longitude: 36.61,
    geo_precision: 1,
    geonameid: 1,
    fatalities: 5,
    claims: [],
    evidence: [],
    notes: 'Clash.',
    confidence: 0.8,
    sources: [{ doc_id: over.doc_id, title: 'Title', publisher: 'Sitrep Wire', url: null, published: '2023-03-14' }],
    n_sources: 1,
    first_seen: '2024-01-01T00:00:00.000Z',
    updated_at: '2024-01-01T00:00:00.000Z',
    ...over,
  };
}

export function makeArticle(over: Partial<StoredArticle> & { doc_id: string; text: string }): StoredArticle {
  return {
    content_hash: `hash-${over.doc_id}`,
    title: 'Title',
    publisher: 'Sitrep Wire',
    url: null,
    published: '2023-03-14',
    origin: 'test',
    ingested_at: '2024-01-01T00:00:00.000Z',
    event_ids: [],
    ...over,
  };
}
