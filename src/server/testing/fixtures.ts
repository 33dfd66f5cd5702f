import type { StoredArticle, StoredEvent } from '../../store/store.ts';
import { makeStoredEvent } from '../../store/store-contract.ts';

/** The server tests' scene: a clash at Ariha, Idlib, on 2023-03-14, with no claims or evidence. */
const ARIHA_CLASH: Partial<StoredEvent> = {
  event_date: '2023-03-14',
  event_date_end: '2023-03-14',
  actor2: 'Military Forces of Syria (2000-)',
  inter2: 1,
  interaction: 12,
  actor2_mention: 'government troops',
  admin1: 'Idlib',
  location: 'Ariha',
  latitude: 35.81,
  longitude: 36.61,
  geonameid: 1,
  fatalities: 5,
  claims: [],
  evidence: [],
  notes: 'Clash.',
};

/** A complete StoredEvent (the store contract's fixture, set in the Ariha scene); tests override what they care about. */
export function makeEvent(over: Partial<StoredEvent> & { event_id: string; doc_id: string }): StoredEvent {
  return makeStoredEvent({
    ...ARIHA_CLASH,
    sources: [{ doc_id: over.doc_id, title: 'Title', publisher: 'Sitrep Wire', url: null, published: '2023-03-14' }],
    ...over,
  });
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
