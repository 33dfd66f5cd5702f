import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { mergeEvents } from '../dedup/merge.ts';
import type { EventRecord } from '../model/record.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { makeStoredArticle, makeStoredEvent } from '../store/store-contract.ts';
import type { Store, StoredEvent } from '../store/store.ts';
import { createApp } from './app.ts';

const TOKEN = 'review-token-0123456789';
const NOW = '2024-05-01T00:00:00.000Z';

/** What an extractor would code from a second report of the Hasaka clash (the contract seed's event). */
function secondReport(docId: string, over: Partial<EventRecord> = {}): EventRecord {
  const { n_sources: _n, first_seen: _f, updated_at: _u, ...e } = makeStoredEvent({ event_id: `${docId}-1`, doc_id: docId });
  return { ...e, evidence: [{ start: 0, end: 10 }], sources: [{ doc_id: docId, title: null, publisher: null, url: null, published: null }], ...over };
}

async function ingestRecords(store: Store, docId: string, records: EventRecord[]): Promise<StoredEvent[]> {
  const a = makeStoredArticle({ doc_id: docId, ingested_at: NOW });
  const events = await mergeEvents(store, a, records, { now: NOW });
  await store.saveArticle({ ...a, event_ids: events.map((e) => e.event_id) }, events);
  return events;
}

async function call(app: Hono, path: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const res = await app.request(path, init);
  return { status: res.status, body: await res.json() };
}

const post = (body: unknown, token: string | null = TOKEN, reviewer?: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(reviewer ? { 'X-Sitrep-Reviewer': reviewer } : {}) },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('review queue and actor/place pages over HTTP', () => {
  let store: Store;
  let app: Hono;
  before(async () => {
    store = await openSqliteStore(':memory:');
    await ingestRecords(store, 'doc-1', [secondReport('doc-1', { fatalities: 12 })]);
    await ingestRecords(store, 'doc-p', [secondReport('doc-p', { event_type: 'Protests', sub_event_type: 'Peaceful protest', disorder_type: 'Demonstrations', actor1: 'Protesters (Syria)', inter1: 6, actor2: null, inter2: 0, interaction: 60, geonameid: 999, event_date: '2022-03-01', event_date_end: '2022-03-01' })]);
    await ingestRecords(store, 'doc-g', [secondReport('doc-g', { event_type: 'Explosions/Remote violence', sub_event_type: 'Grenade', event_date: '2022-05-01', event_date_end: '2022-05-01', actor2: null, inter2: 0, interaction: 20 })]);
    app = createApp(store, { token: TOKEN, makeExtractor: () => { throw new Error('no extraction in these tests'); } });
  });
  after(async () => store.close());

  const clash = async () => (await store.queryEvents({ event_type: 'Battles' })).events[0]!;

  test('POST /api/events/:id/review needs the token (401 without it, or with a wrong one)', async () => {
    const id = (await clash()).event_id;
    for (const token of [null, 'wrong-token-000000']) {
      const r = await call(app, `/api/events/${id}/review`, post({ action: 'accept' }, token));
      assert.equal(r.status, 401, JSON.stringify(r.body));
    }
    assert.equal((await store.reviews()).length, 0);
    const off = createApp(store, {});
    assert.equal((await call(off, `/api/events/${id}/review`, post({ action: 'accept' }))).status, 401, 'a server without a token takes no reviews');
  });

  test('refuses malformed reviews, naming what is wrong', async () => {
    const id = (await clash()).event_id;
    const cases: [unknown, RegExp][] = [
      [{ action: 'approve' }, /action/],
      [{ action: 'edit' }, /needs "changes"/],
      [{ action: 'edit', changes: { colour: 'red' } }, /colour/],
      [{ action: 'edit', changes: { sub_event_type: 'Picnic' } }, /not an ACLED sub-event type/],
      [{ action: 'edit', changes: { event_type: 'Battles', sub_event_type: 'Grenade' } }, /belongs to "Explosions\/Remote violence"/],
      [{ action: 'edit', changes: { latitude: 36 } }, /both latitude and longitude/],
      [{ action: 'edit', changes: { fatalities: -1 } }, /fatalities/],
      [{ action: 'edit', changes: { event_date: '2022-02-30' } }, /event_date/],
      [{ action: 'reject' }, /needs a "reason"/],
      [{ action: 'accept', changes: { fatalities: 1 } }, /"changes" go with "action": "edit"/],
      ['{not json', /not valid JSON/],
    ];
    for (const [body, message] of cases) {
      const r = await call(app, `/api/events/${id}/review`, post(body));
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.match(r.body.error.message, message);
    }
    assert.equal((await call(app, '/api/events/no-such-event/review', post({ action: 'accept' }))).status, 404);
    assert.equal((await store.reviews()).length, 0);
  });

  test('accept, then edit (type, actors, place re-pinned, date, fatalities): recorded with who, when and why', async () => {
    const id = (await clash()).event_id;
    const accepted = await call(app, `/api/events/${id}/review`, post({ action: 'accept', reason: 'matches the wire' }, TOKEN, 'amina'));
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.equal(accepted.body.event.review_status, 'accepted');
    assert.equal(accepted.body.review.reviewer, 'amina');
    const changes = { sub_event_type: 'Armed clash', actor1: 'Islamic State', actor2: 'Military Forces of Syria (2000-)', inter2: 1, latitude: 36.55, longitude: 40.8, location: 'Ghweran', event_date: '2022-01-19', fatalities: 3 };
    const edited = await call(app, `/api/events/${id}/review`, post({ action: 'edit', changes, reason: 'the army, not the SDF', reviewer: 'li' }));
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    const e = edited.body.event;
    assert.deepEqual([e.review_status, e.actor2, e.inter2, e.interaction, e.latitude, e.longitude, e.geo_precision, e.geonameid, e.event_date, e.event_date_end, e.time_precision, e.fatalities],
      ['edited', 'Military Forces of Syria (2000-)', 1, 12, 36.55, 40.8, 1, null, '2022-01-19', '2022-01-19', 1, 3]);
    const history = await call(app, `/api/events/${id}/reviews`);
    assert.deepEqual(history.body.reviews.map((r: { action: string; reviewer: string; reason: string }) => [r.action, r.reviewer, r.reason]), [['accept', 'amina', 'matches the wire'], ['edit', 'li', 'the army, not the SDF']]);
    assert.match(history.body.reviews[1].at, /^\d{4}-\d{2}-\d{2}T/);
    assert.equal(history.body.reviews[1].before.fatalities, 12);
  });

  test('edits survive a later report merged by deduplication', async () => {
    const id = (await clash()).event_id;
    // A third report of the same clash, with its own (unreviewed) figures.
    const merged = await ingestRecords(store, 'doc-3', [secondReport('doc-3', { fatalities: 30, actor2: 'Military Forces of Syria (2000-)', inter2: 1, latitude: 36.55, longitude: 40.8, event_date: '2022-01-19', event_date_end: '2022-01-19', notes: 'A later account.' })]);
    assert.deepEqual(merged.map((e) => e.event_id), [id], 'deduplication merged the report into the reviewed event');
    const e = (await store.getEvent(id))!;
    assert.equal(e.n_sources, 2);
    assert.deepEqual([e.review_status, e.fatalities, e.location, e.latitude, e.event_date, e.actor2], ['edited', 3, 'Ghweran', 36.55, '2022-01-19', 'Military Forces of Syria (2000-)']);
  });

  test('a rejected event is hidden from default listings and exports, shown with review=rejected, and stays rejected', async () => {
    const protest = (await store.queryEvents({ event_type: 'Protests' })).events[0]!;
    const r = await call(app, `/api/events/${protest.event_id}/review`, post({ action: 'reject', reason: 'a rally announced, not held' }));
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const listed = await call(app, '/api/events?historical=true');
    assert.ok(!listed.body.events.some((e: StoredEvent) => e.event_id === protest.event_id));
    const rejected = await call(app, '/api/events?review=rejected');
    assert.deepEqual(rejected.body.events.map((e: StoredEvent) => e.event_id), [protest.event_id]);
    const csv = await (await app.request('/api/export.csv')).text();
    assert.ok(!csv.includes(protest.event_id));
    assert.ok(!csv.includes('review_status'));
    const reviewed = await call(app, '/api/events?review=reviewed');
    assert.deepEqual(reviewed.body.events.map((e: StoredEvent) => e.review_status), ['edited']);
    await ingestRecords(store, 'doc-p2', [secondReport('doc-p2', { event_type: 'Protests', sub_event_type: 'Peaceful protest', disorder_type: 'Demonstrations', actor1: 'Protesters (Syria)', inter1: 6, actor2: null, inter2: 0, interaction: 60, geonameid: 999, event_date: '2022-03-01', event_date_end: '2022-03-01' })]);
    assert.equal((await store.getEvent(protest.event_id))?.review_status, 'rejected');
    assert.equal((await store.getEvent(protest.event_id))?.n_sources, 2, 'the new report merged into the rejected event, which stays rejected');
  });

  test('actor page: aliases and inter codes from the lexicon, the actor\'s events and mentions', async () => {
    const r = await call(app, `/api/actors/${encodeURIComponent('Islamic State')}`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.inter, 2);
    assert.ok(r.body.aliases.includes('ISIS'), JSON.stringify(r.body.aliases));
    assert.deepEqual(r.body.events.map((e: StoredEvent) => e.sub_event_type).sort(), ['Armed clash', 'Grenade']);
    assert.deepEqual(r.body.mentions, ['the jihadists']);
    assert.equal((await call(app, `/api/actors/${encodeURIComponent('Nobody at all')}`)).status, 404);
  });

  test('place page: the events at a GeoNames place, with its names and coordinates', async () => {
    const r = await call(app, '/api/places/173?x=1');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.country, 'Syria');
    assert.deepEqual(r.body.events.map((e: StoredEvent) => e.sub_event_type), ['Grenade'], 'the clash was re-pinned by hand: no longer at this GeoNames place');
    assert.equal((await call(app, '/api/places/42')).status, 404);
    assert.equal((await call(app, '/api/places/abc')).status, 400);
  });
});
