import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventRecord } from '../model/record.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { makeStoredArticle } from '../store/store-contract.ts';
import type { Store, StoredArticle } from '../store/store.ts';
import { mergeEvents, mergeInto, toStoredEvent } from './merge.ts';
import { compatible, similarity } from './similarity.ts';

const NOW = '2024-05-01T00:00:00.000Z';

/** A fresh extractor-style record: an air strike on a town in Idlib. */
function rec(over: Partial<EventRecord> & { event_id: string; doc_id: string }): EventRecord {
  return {
    event_date: '2023-03-14', event_date_end: '2023-03-14', time_precision: 1, historical: false,
    disorder_type: 'Political violence', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
    actor1: 'Military Forces of Russia (2000-)', assoc_actor_1: null, inter1: 8, actor2: 'HTS: Hayat Tahrir al Sham', assoc_actor_2: null, inter2: 2, interaction: 28,
    actor1_mention: 'Russian jets', actor2_mention: 'the militants',
    country: 'Syria', iso3: 'SYR', admin1: 'Idlib', admin2: null, location: 'Ariha', latitude: 35.8137, longitude: 36.6084, geo_precision: 1, geonameid: 1,
    fatalities: 6, claims: [{ what: 'killed', low: 6, high: 6, qualifier: 'exact', claimant: 'a war monitor', start: 10, end: 20 }],
    evidence: [{ start: 0, end: 50 }], notes: 'Russian jets struck Ariha.', confidence: 0.7,
    sources: [{ doc_id: over.doc_id, title: null, publisher: null, url: null, published: null }],
    ...over,
  };
}

function art(docId: string, published: string | null = '2023-03-15'): StoredArticle {
  return makeStoredArticle({ doc_id: docId, published, ingested_at: NOW });
}

async function ingestOne(store: Store, docId: string, records: EventRecord[], published?: string | null) {
  const a = art(docId, published);
  const events = await mergeEvents(store, a, records, { now: NOW });
  await store.saveArticle({ ...a, event_ids: events.map((e) => e.event_id) }, events);
  return events;
}

describe('similarity and blocking', () => {
  const a = rec({ event_id: 'a', doc_id: 'd1' });
  const table: { name: string; b: Partial<EventRecord>; compatible: boolean; above?: number; below?: number }[] = [
    { name: 'identical', b: {}, compatible: true, above: 0.95 },
    { name: 'actors swapped', b: { actor1: a.actor2, actor2: a.actor1 }, compatible: true, above: 0.8 },
    { name: 'one day apart', b: { event_date: '2023-03-15', event_date_end: '2023-03-15' }, compatible: true, above: 0.75 },
    { name: 'three days apart', b: { event_date: '2023-03-17', event_date_end: '2023-03-17' }, compatible: false },
    { name: 'same week, precision 2', b: { event_date: '2023-03-10', event_date_end: '2023-03-16', time_precision: 2 }, compatible: true },
    { name: 'other event type', b: { event_type: 'Battles' }, compatible: false },
    { name: '40 km away', b: { latitude: 35.93, longitude: 36.2, location: 'Elsewhere', geonameid: 2 }, compatible: false },
    { name: 'other country, no point', b: { latitude: null, longitude: null, country: 'Iraq', location: null }, compatible: false },
    { name: 'same country, no point', b: { latitude: null, longitude: null, location: null, geo_precision: null }, compatible: true },
    { name: 'different actors', b: { actor1: 'Military Forces of Syria (2000-)', actor2: 'Civilians (Syria)' }, compatible: true, below: 0.7 },
    { name: 'conflicting death tolls', b: { fatalities: 60 }, compatible: true, above: 0.85 },
  ];
  for (const t of table) {
    it(t.name, () => {
      const b = rec({ event_id: 'b', doc_id: 'd2', ...t.b });
      assert.equal(compatible(a, b), t.compatible);
      const s = similarity(a, b).score;
      if (t.above !== undefined) assert.ok(s >= t.above, `score ${s} < ${t.above}`);
      if (t.below !== undefined) assert.ok(s < t.below, `score ${s} >= ${t.below}`);
    });
  }
  it('a country centroid is no point: it neither matches nor blocks towns by distance', () => {
    const country = rec({ event_id: 'c', doc_id: 'd3', location: 'Syria', latitude: 35, longitude: 38, geo_precision: 3 });
    assert.equal(compatible(a, country), true);
    assert.ok(similarity(a, country).parts.place < 1);
  });
});

describe('mergeEvents', () => {
  it('merges a second report into the first event: stable id, sources, claims with claimant and doc, evidence, conservative fatalities', async () => {
    const store = await openSqliteStore(':memory:');
    const [first] = await ingestOne(store, 'd1', [rec({ event_id: 'ev-1', doc_id: 'd1', event_date: '2023-03-13', event_date_end: '2023-03-14', time_precision: 2 })]);
    const second = rec({
      event_id: 'ev-2', doc_id: 'd2', fatalities: 4, location: 'Ariha countryside', geo_precision: 2,
      claims: [{ what: 'killed', low: 4, high: 4, qualifier: 'exact', claimant: 'civil defence', start: 3, end: 9 }],
      evidence: [{ start: 100, end: 140 }], actor2: null, inter2: 0, interaction: 80,
    });
    const out = await ingestOne(store, 'd2', [second]);
    assert.equal(out.length, 1);
    const e = (await store.getEvent('ev-1'))!;
    assert.equal(out[0].event_id, 'ev-1');
    assert.equal(await store.getEvent('ev-2'), null);
    assert.equal(e.n_sources, 2);
    assert.deepEqual(e.sources.map((s) => s.doc_id), ['d1', 'd2']);
    assert.deepEqual(e.claims.map((c) => [(c as { doc_id?: string }).doc_id, c.claimant, c.low]), [['d1', 'a war monitor', 6], ['d2', 'civil defence', 4]]);
    assert.deepEqual(e.evidence, [{ doc_id: 'd1', start: 0, end: 50 }, { doc_id: 'd2', start: 100, end: 140 }]);
    assert.equal(e.fatalities, 4, 'the smaller of 6 and 4');
    assert.deepEqual([e.event_date, e.event_date_end, e.time_precision], ['2023-03-14', '2023-03-14', 1], 'narrowed to the intersection');
    assert.equal(e.location, 'Ariha', 'the town beats "near"');
    assert.equal(e.actor2, first.actor2, 'the known target is kept');
    assert.equal(e.first_seen, NOW);
    assert.ok(e.confidence > first.confidence);
    assert.deepEqual((await store.getArticle('d2'))?.event_ids, ['ev-1']);
    assert.deepEqual(await store.stats(), { articles: 2, events: 1, failures: 0 });
  });

  it('keeps a distinct but similar event apart (other town, other day)', async () => {
    const store = await openSqliteStore(':memory:');
    await ingestOne(store, 'd1', [rec({ event_id: 'ev-1', doc_id: 'd1' })]);
    await ingestOne(store, 'd2', [rec({ event_id: 'ev-2', doc_id: 'd2', location: 'Saraqib', latitude: 35.8645, longitude: 36.8006, geonameid: 3 })]);
    await ingestOne(store, 'd3', [rec({ event_id: 'ev-3', doc_id: 'd3', event_date: '2023-03-20', event_date_end: '2023-03-20' })]);
    assert.equal((await store.stats()).events, 3);
  });

  it('merges duplicates within one article', async () => {
    const store = await openSqliteStore(':memory:');
    const out = await ingestOne(store, 'd1', [
      rec({ event_id: 'ev-1', doc_id: 'd1', fatalities: null, claims: [] }),
      rec({ event_id: 'ev-2', doc_id: 'd1', evidence: [{ start: 60, end: 90 }] }),
    ]);
    assert.equal(out.length, 1);
    assert.equal(out[0].n_sources, 1, 'one article is one source');
    assert.equal(out[0].fatalities, 6);
    assert.equal(out[0].evidence.length, 2);
  });

  it('links a later background mention to the stored event instead of creating one', async () => {
    const store = await openSqliteStore(':memory:');
    await ingestOne(store, 'd1', [rec({ event_id: 'ev-1', doc_id: 'd1', event_date: '2022-06-02', event_date_end: '2022-06-02' })], '2022-06-03');
    const history = rec({
      event_id: 'ev-h', doc_id: 'd9', historical: true, event_date: '2022-01-01', event_date_end: '2022-12-31', time_precision: 4,
      latitude: null, longitude: null, location: null, geo_precision: null, geonameid: null, fatalities: null, claims: [],
      notes: 'Their base was hit in a Russian air strike last year.',
    });
    const out = await ingestOne(store, 'd9', [history], '2023-04-01');
    assert.deepEqual(out.map((e) => e.event_id), ['ev-1']);
    const e = (await store.getEvent('ev-1'))!;
    assert.equal(e.historical, false);
    assert.equal(e.n_sources, 2);
    assert.deepEqual([e.event_date, e.time_precision, e.location], ['2022-06-02', 1, 'Ariha']);
    assert.equal(e.notes, 'Russian jets struck Ariha.');
  });

  it('does not link a background mention whose actors differ', async () => {
    const store = await openSqliteStore(':memory:');
    await ingestOne(store, 'd1', [rec({ event_id: 'ev-1', doc_id: 'd1', event_date: '2022-06-02', event_date_end: '2022-06-02' })]);
    const other = rec({
      event_id: 'ev-h', doc_id: 'd9', historical: true, event_date: '2022-01-01', event_date_end: '2022-12-31', time_precision: 4,
      actor1: 'Military Forces of Syria (2000-)', inter1: 1, latitude: null, longitude: null, location: null,
    });
    await ingestOne(store, 'd9', [other]);
    assert.equal((await store.stats()).events, 2);
  });

  it('is idempotent: the same article merged again adds no source, claim or evidence', async () => {
    const store = await openSqliteStore(':memory:');
    await ingestOne(store, 'd1', [rec({ event_id: 'ev-1', doc_id: 'd1' })]);
    await ingestOne(store, 'd2', [rec({ event_id: 'ev-2', doc_id: 'd2' })]);
    const before = await store.getEvent('ev-1');
    await ingestOne(store, 'd2', [rec({ event_id: 'ev-2', doc_id: 'd2' })]);
    const after = await store.getEvent('ev-1');
    assert.deepEqual({ ...after, updated_at: '' }, { ...before, updated_at: '' });
  });
});

describe('undated reports (no date in the article, no --date)', () => {
  const undated = { event_date: null, event_date_end: null, time_precision: 4 as const };

  it('are compatible with nothing, dated or not, whatever else agrees', () => {
    const a = rec({ event_id: 'a', doc_id: 'd1', ...undated });
    assert.equal(compatible(a, rec({ event_id: 'b', doc_id: 'd2', ...undated })), false);
    assert.equal(compatible(a, rec({ event_id: 'c', doc_id: 'd3' })), false);
    assert.equal(compatible(rec({ event_id: 'c', doc_id: 'd3' }), a), false);
    assert.equal(similarity(a, rec({ event_id: 'b', doc_id: 'd2', ...undated })).parts.date, 0);
  });

  it('are stored as events of their own, without crashing, and merge with no stored event', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await ingestOne(store, 'dated', [rec({ event_id: 'ev-dated', doc_id: 'dated' })]);
      const first = await ingestOne(store, 'u1', [rec({ event_id: 'ev-u1', doc_id: 'u1', ...undated })], null);
      const second = await ingestOne(store, 'u2', [rec({ event_id: 'ev-u2', doc_id: 'u2', ...undated })], null);
      assert.deepEqual([first, second].map((es) => es.map((e) => [e.event_id, e.event_date, e.n_sources])), [[['ev-u1', null, 1]], [['ev-u2', null, 1]]]);
      assert.equal((await store.stats()).events, 3);
      assert.equal((await store.getEvent('ev-dated'))?.n_sources, 1, 'the dated event gained no undated source');
    } finally {
      await store.close();
    }
  });

  it('re-ingesting a changed article folds its undated record into itself, and a date wins over none', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await ingestOne(store, 'u1', [rec({ event_id: 'ev-u1', doc_id: 'u1', ...undated })]);
      const again = await ingestOne(store, 'u1', [rec({ event_id: 'ev-u1', doc_id: 'u1' })]);
      assert.deepEqual(again.map((e) => [e.event_id, e.event_date, e.event_date_end, e.time_precision]), [['ev-u1', '2023-03-14', '2023-03-14', 1]]);
    } finally {
      await store.close();
    }
  });
});

describe('merging the fields that apply only sometimes (decided_by, crowd_size, fatalities_flag)', () => {
  const stored = (over: Partial<EventRecord>, docId = 'd1') => toStoredEvent(rec({ event_id: docId, doc_id: docId, ...over }), art(docId), NOW);
  const merge = (a: Partial<EventRecord>, b: Partial<EventRecord>) => mergeInto(stored(a, 'd1'), stored(b, 'd2'), NOW);
  const protest = { event_type: 'Protests', sub_event_type: 'Peaceful protest', disorder_type: 'Demonstrations' };
  const noReport = { text: 'no report', low: null, high: null, qualifier: 'no_report' } as const;
  const around50 = { text: 'around 50', low: 50, high: 50, qualifier: 'about' } as const;
  const dozens = { text: 'dozens', low: 12, high: null, qualifier: 'vague' } as const;
  const party = { kind: 'party_claim', reason: 'reported only by Amaq, a party to the fighting; the lowest figure is taken' } as const;

  it('decided_by is that of the report whose sub-event type the event keeps', () => {
    assert.equal(merge({ decided_by: 'rules' }, { decided_by: 'model' }).decided_by, 'rules');
    assert.equal(merge({ decided_by: 'rules', historical: true }, { decided_by: 'model' }).decided_by, 'model', 'a current report outranks a background mention');
    assert.ok(!('decided_by' in merge({}, { decided_by: 'model', historical: true })), 'unknown stays unknown, not undefined');
  });

  it('crowd_size: a figure beats none, a stated figure beats a vague one, else the first report\'s', () => {
    assert.deepEqual(merge({ ...protest, crowd_size: noReport }, { ...protest, crowd_size: around50 }).crowd_size, around50);
    assert.deepEqual(merge({ ...protest, crowd_size: dozens }, { ...protest, crowd_size: around50 }).crowd_size, around50);
    assert.deepEqual(merge({ ...protest, crowd_size: around50 }, { ...protest, crowd_size: { ...around50, text: '60', low: 60, high: 60, qualifier: 'exact' } }).crowd_size, around50);
    assert.deepEqual(merge({ ...protest }, { ...protest, crowd_size: dozens }).crowd_size, dozens);
    assert.ok(!('crowd_size' in merge({ ...protest }, { ...protest })));
  });

  it('fatalities_flag stays only while the figure it explains is the merged one and no unflagged report gives it too', () => {
    assert.deepEqual(merge({ fatalities: 10, fatalities_flag: party }, { fatalities: 12 }).fatalities_flag, party, 'the flagged, lower figure stands');
    assert.deepEqual(merge({ fatalities: 12 }, { fatalities: 10, fatalities_flag: party }).fatalities_flag, party);
    const lower = merge({ fatalities: 10, fatalities_flag: party }, { fatalities: 4 });
    assert.equal(lower.fatalities, 4);
    assert.ok(!('fatalities_flag' in lower), 'another report\'s lower figure stands: the flag no longer applies');
    assert.ok(!('fatalities_flag' in merge({ fatalities: 10, fatalities_flag: party }, { fatalities: 10 })), 'an independent source for the same figure');
    assert.deepEqual(merge({ fatalities: 10, fatalities_flag: party }, { fatalities: null }).fatalities_flag, party);
    const zero = { kind: 'coded_as_zero', reason: 'Fatalities coded as 0 as only the group reported them.' } as const;
    assert.deepEqual(merge({ fatalities: 0, fatalities_flag: zero }, { fatalities: 0, fatalities_flag: zero }).fatalities_flag, zero, 'the same report again');
  });
});
