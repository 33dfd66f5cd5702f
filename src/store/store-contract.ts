import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EventTallies, Store, StoredArticle, StoredEvent } from './store.ts';
import { tallyEvents } from './tally.ts';
import { decideReview, reviewEvent } from './review.ts';
import { keyOf } from './keyset.ts';

/** A stored event with plausible defaults; tests override what they look at. */
export function makeStoredEvent(over: Partial<StoredEvent> & { event_id: string }): StoredEvent {
  const doc = over.doc_id ?? 'doc-a';
  return {
    doc_id: doc,
    event_date: '2022-01-20',
    event_date_end: '2022-01-20',
    time_precision: 1,
    historical: false,
    disorder_type: 'Political violence',
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Islamic State',
    assoc_actor_1: null,
    inter1: 2,
    actor2: 'QSD: Syrian Democratic Forces',
    assoc_actor_2: null,
    inter2: 2,
    interaction: 22,
    actor1_mention: 'the jihadists',
    actor2_mention: 'the SDF',
    country: 'Syria',
    iso3: 'SYR',
    admin1: 'Al-Hasakeh',
    admin2: null,
    location: 'Al Hasakah',
    latitude: 36.50237,
    longitude: 40.74772,
    geo_precision: 1,
    geonameid: 173,
    fatalities: 12,
    claims: [{ what: 'killed', low: 12, high: 12, qualifier: 'exact', claimant: 'SDF', start: 10, end: 20 }],
    evidence: [{ doc_id: doc, start: 0, end: 40 }],
    mentions: [],
    notes: 'Islamic State fighters clashed with the SDF at the Ghweran prison.',
    confidence: 0.8,
    sources: [{ doc_id: doc, title: 'Prison break in Hasaka', publisher: 'Sitrep Wire', url: null, published: '2022-01-21' }],
    n_sources: 1,
    first_seen: '2024-01-01T00:00:00.000Z',
    updated_at: '2024-01-01T00:00:00.000Z',
    ...over,
  };
}

export function makeStoredArticle(over: Partial<StoredArticle> & { doc_id: string }): StoredArticle {
  return {
    content_hash: `hash-${over.doc_id}`,
    title: `Title of ${over.doc_id}`,
    publisher: 'Sitrep Wire',
    url: null,
    published: '2022-01-21',
    text: `Text of ${over.doc_id}. Islamic State fighters clashed with the SDF.`,
    origin: 'contract-test',
    ingested_at: '2024-01-01T00:00:00.000Z',
    event_ids: [],
    ...over,
  };
}

/** A small, varied data set: places in Syria, Iraq and Fiji (for the antimeridian), one historical event. */
function seedEvents(): StoredEvent[] {
  return [
    makeStoredEvent({ event_id: 'ev-hasaka', doc_id: 'doc-a', fatalities: 12 }),
    makeStoredEvent({
      event_id: 'ev-idlib', doc_id: 'doc-a', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack',
      event_date: '2023-03-14', event_date_end: '2023-03-14', actor1: 'Military Forces of Syria (2000-)', inter1: 1, actor2: 'Civilians (Syria)', inter2: 7, interaction: 17,
      location: 'Ariha', admin1: 'Idlib', latitude: 35.81374, longitude: 36.61, fatalities: 5, confidence: 0.9,
      notes: 'Government shelling of the market town killed five civilians.', decided_by: 'rules',
      fatalities_flag: { kind: 'party_claim', reason: 'reported only by the Syrian Observatory, a party to the fighting' },
      sources: [{ doc_id: 'doc-a', title: 'Shelling hits market', publisher: 'Sitrep Wire', url: null, published: '2023-03-14' }],
    }),
    makeStoredEvent({
      event_id: 'ev-kirkuk', doc_id: 'doc-b', event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED',
      event_date: '2022-09-05', event_date_end: '2022-09-06', time_precision: 2, actor1: 'Unidentified Armed Group (Iraq)', inter1: 3, actor2: 'Military Forces of Iraq (2020-)', inter2: 1, interaction: 13,
      assoc_actor_2: 'Police Forces of Iraq (2020-)', country: 'Iraq', iso3: 'IRQ', admin1: 'Kirkuk', location: 'Kirkuk', latitude: 35.46806, longitude: 44.39222, fatalities: null, confidence: 0.5,
      notes: 'A roadside bomb struck an army patrol near Kirkuk.', claims: [], decided_by: 'model',
      mentions: [{ doc_id: 'doc-b', role: 'actor2', start: 27, end: 39 }, { doc_id: 'doc-b', role: 'location', start: 45, end: 51 }],
      sources: [{ doc_id: 'doc-b', title: 'Roadside bomb near Kirkuk', publisher: 'Sitrep Wire', url: 'https://example.org/kirkuk', published: '2022-09-06' }],
    }),
    makeStoredEvent({
      event_id: 'ev-history', doc_id: 'doc-b', historical: true, event_type: 'Strategic developments', sub_event_type: 'Non-state actor overtakes territory',
      disorder_type: 'Strategic developments', event_date: '2014-01-01', event_date_end: '2014-12-31', time_precision: 4, actor2: null, inter2: 0, interaction: 20,
      country: 'Iraq', iso3: 'IRQ', location: 'Mosul', latitude: 36.335, longitude: 43.119, fatalities: null, notes: 'Islamic State captured Mosul in 2014.', claims: [],
    }),
    makeStoredEvent({
      event_id: 'ev-fiji', doc_id: 'doc-c', event_type: 'Protests', sub_event_type: 'Peaceful protest', disorder_type: 'Demonstrations',
      event_date: '2021-05-01', event_date_end: '2021-05-01', actor1: 'Protesters (Fiji)', inter1: 6, actor2: null, inter2: 0, interaction: 60,
      country: 'Fiji', iso3: 'FJI', admin1: null, location: 'Labasa', latitude: -16.43, longitude: 179.38, fatalities: 0, claims: [], confidence: 0.3,
      notes: 'Sugar cane growers marched through Labasa.', decided_by: 'rules',
      crowd_size: { text: 'around 50', low: 50, high: 50, qualifier: 'about' },
      sources: [{ doc_id: 'doc-c', title: 'Growers march', publisher: 'Pacific Wire', url: null, published: '2021-05-01' }],
    }),
    makeStoredEvent({
      event_id: 'ev-nowhere', doc_id: 'doc-c', event_date: '2022-01-21', event_date_end: '2022-01-21', country: 'Syria', admin1: null, location: null,
      latitude: null, longitude: null, geo_precision: null, geonameid: null, fatalities: null, claims: [], notes: 'Clashes were reported somewhere in Syria.',
    }),
  ];
}

async function seed(store: Store): Promise<void> {
  const events = seedEvents();
  for (const doc of ['doc-a', 'doc-b', 'doc-c']) {
    const mine = events.filter((e) => e.doc_id === doc);
    await store.saveArticle(makeStoredArticle({ doc_id: doc, event_ids: mine.map((e) => e.event_id) }), mine);
  }
}

const ids = (r: { events: StoredEvent[] }) => r.events.map((e) => e.event_id).sort();

/**
 * The one behavioural contract every Store backend must pass. Each block opens a fresh store,
 * so `open` must return an empty, migrated store every time it is called.
 */
export interface ContractOptions {
  /** Rewrites the store's files as its maintenance would (SQLite VACUUM, PostgreSQL VACUUM FULL); tests needing it skip without. */
  compact?: (store: Store) => Promise<void>;
}

export function storeContract(name: string, open: () => Promise<Store>, opts: ContractOptions = {}): void {
  describe(`Store contract: ${name}`, () => {
    describe('articles and events', () => {
      let store: Store;
      before(async () => {
        store = await open();
        await seed(store);
      });
      after(async () => store.close());

      it('round-trips an article with its event ids', async () => {
        const a = await store.getArticle('doc-b');
        assert.deepEqual(a, makeStoredArticle({ doc_id: 'doc-b', event_ids: ['ev-kirkuk', 'ev-history'] }));
        assert.equal(await store.getArticle('no-such-doc'), null);
      });

      it('round-trips an event exactly (JSON columns, booleans, nulls, numbers)', async () => {
        const want = seedEvents().find((e) => e.event_id === 'ev-kirkuk');
        assert.deepEqual(await store.getEvent('ev-kirkuk'), want);
        assert.deepEqual(await store.getEvent('ev-history'), seedEvents().find((e) => e.event_id === 'ev-history'));
        assert.equal(await store.getEvent('ev-missing'), null);
      });

      it('round-trips decided_by, crowd_size and fatalities_flag, and leaves them out of an event that has none', async () => {
        const want = new Map(seedEvents().map((e) => [e.event_id, e]));
        for (const id of ['ev-idlib', 'ev-fiji', 'ev-hasaka']) assert.deepEqual(await store.getEvent(id), want.get(id));
        const { events } = await store.queryEvents({ limit: 50 });
        const optional = (e: StoredEvent | undefined) => e && [e.decided_by, e.crowd_size, e.fatalities_flag];
        for (const e of events) assert.deepEqual(optional(e), optional(want.get(e.event_id)), e.event_id);
        const none = await store.getEvent('ev-hasaka');
        assert.deepEqual(['decided_by', 'crowd_size', 'fatalities_flag'].filter((k) => k in none!), [], 'absent, not null');
      });

      it('tallies events and fatalities by day and type, actor and country, under the filters', async () => {
        const sorted = (t: EventTallies) => ({ ...t, days: [...t.days].sort((a, b) => `${a.date} ${a.event_type}`.localeCompare(`${b.date} ${b.event_type}`)) });
        const current = seedEvents().filter((e) => !e.historical);
        assert.deepEqual(sorted(await store.tallies({})), sorted(tallyEvents(current)));
        assert.deepEqual(sorted(await store.tallies({ historical: true }, 2)), sorted(tallyEvents(seedEvents(), 2)));
        const iraq = await store.tallies({ country: 'irq' });
        assert.deepEqual([iraq.total, iraq.countries], [1, [{ country: 'Iraq', events: 1, fatalities: 0 }]]);
        assert.deepEqual(iraq.actors.map((a) => a.actor), ['Military Forces of Iraq (2020-)', 'Unidentified Armed Group (Iraq)']);
      });

      it('knows content hashes', async () => {
        assert.equal(await store.hasContent('hash-doc-a'), true);
        assert.equal(await store.hasContent('hash-unknown'), false);
      });

      it('counts articles, events and failures', async () => {
        assert.deepEqual(await store.stats(), { articles: 3, events: 6, failures: 0 });
      });

      it('is idempotent: saving the same article and events again changes nothing', async () => {
        await seed(store);
        assert.deepEqual(await store.stats(), { articles: 3, events: 6, failures: 0 });
        assert.equal((await store.queryEvents({ text: 'roadside' })).total, 1);
      });

      it('migrate() is safe to call again', async () => {
        await store.migrate();
        assert.equal((await store.stats()).events, 6);
      });

      const filters: { name: string; q: Parameters<Store['queryEvents']>[0]; want: string[] }[] = [
        { name: 'no filter hides historical events', q: {}, want: ['ev-fiji', 'ev-hasaka', 'ev-idlib', 'ev-kirkuk', 'ev-nowhere'] },
        { name: 'historical: true includes them', q: { historical: true }, want: ['ev-fiji', 'ev-hasaka', 'ev-history', 'ev-idlib', 'ev-kirkuk', 'ev-nowhere'] },
        { name: 'from (inclusive, against the end date)', q: { from: '2022-09-06' }, want: ['ev-idlib', 'ev-kirkuk'] },
        { name: 'to (inclusive, against the start date)', q: { to: '2022-01-20' }, want: ['ev-fiji', 'ev-hasaka'] },
        { name: 'from and to', q: { from: '2022-01-01', to: '2022-12-31' }, want: ['ev-hasaka', 'ev-kirkuk', 'ev-nowhere'] },
        { name: 'bbox', q: { bbox: [35, 35, 42, 37] }, want: ['ev-hasaka', 'ev-idlib'] },
        { name: 'bbox across the antimeridian', q: { bbox: [170, -20, -170, -10] }, want: ['ev-fiji'] },
        { name: 'country by name, any case', q: { country: 'iraq' }, want: ['ev-kirkuk'] },
        { name: 'country by ISO3', q: { country: 'SYR' }, want: ['ev-hasaka', 'ev-idlib', 'ev-nowhere'] },
        { name: 'actor substring, any case', q: { actor: 'islamic' }, want: ['ev-hasaka', 'ev-nowhere'] },
        { name: 'actor matches associated actors', q: { actor: 'Police Forces' }, want: ['ev-kirkuk'] },
        { name: 'actor with LIKE wildcards is literal', q: { actor: '%' }, want: [] },
        { name: 'event type', q: { event_type: 'Explosions/Remote violence' }, want: ['ev-idlib', 'ev-kirkuk'] },
        { name: 'sub-event type', q: { sub_event_type: 'Remote explosive/landmine/IED' }, want: ['ev-kirkuk'] },
        { name: 'text in notes', q: { text: 'market town' }, want: ['ev-idlib'] },
        { name: 'text in source titles', q: { text: 'growers' }, want: ['ev-fiji'] },
        { name: 'text in location, prefix', q: { text: 'Kirk' }, want: ['ev-kirkuk'] },
        { name: 'text in actors', q: { text: 'Unidentified' }, want: ['ev-kirkuk'] },
        { name: 'text with FTS operators is inert', q: { text: 'roadside OR "market' }, want: [] },
        { name: 'min_fatalities', q: { min_fatalities: 5 }, want: ['ev-hasaka', 'ev-idlib'] },
        { name: 'combined', q: { country: 'Syria', event_type: 'Battles', from: '2022-01-21' }, want: ['ev-nowhere'] },
      ];
      for (const f of filters) {
        it(`filters: ${f.name}`, async () => {
          const r = await store.queryEvents({ ...f.q, limit: 50 });
          assert.deepEqual(ids(r), [...f.want].sort());
          assert.equal(r.total, f.want.length);
        });
      }

      it('queryEventsJson, where a store has it, gives queryEvents\' page as text: same keys in order, same values, the last key', async (t) => {
        if (!store.queryEventsJson) return t.skip(`${name} has no queryEventsJson`);
        const queries: Parameters<Store['queryEvents']>[0][] = [
          ...filters.map((f) => f.q), { historical: true, sort: 'date' }, { historical: true, sort: '-fatalities', limit: 3 },
          { sort: 'confidence', offset: 2, limit: 2 }, { limit: 0 }, { sort: 'fatalities', after: { value: 3, id: 'ev-a' } },
        ];
        for (const q of queries) {
          const want = await store.queryEvents(q);
          const got = await store.queryEventsJson(q);
          const parsed = got.events.map((text) => JSON.parse(text) as StoredEvent);
          assert.deepEqual(parsed, want.events, JSON.stringify(q));
          assert.deepEqual(parsed.map((e) => Object.keys(e)), want.events.map((e) => Object.keys(e)), 'keys in the same order');
          assert.equal(got.total, want.total);
          const last = want.events.at(-1);
          assert.deepEqual(got.last, last ? keyOf(last, q.sort) : null);
        }
      });

      it('sorts by date, fatalities and confidence in both directions', async () => {
        const order = async (sort: NonNullable<Parameters<Store['queryEvents']>[0]['sort']>) => (await store.queryEvents({ sort })).events.map((e) => e.event_id);
        assert.deepEqual(await order('date'), ['ev-fiji', 'ev-hasaka', 'ev-nowhere', 'ev-kirkuk', 'ev-idlib']);
        assert.deepEqual(await order('-date'), ['ev-idlib', 'ev-kirkuk', 'ev-nowhere', 'ev-hasaka', 'ev-fiji']);
        assert.deepEqual(await order('-fatalities'), ['ev-hasaka', 'ev-idlib', 'ev-fiji', 'ev-kirkuk', 'ev-nowhere']);
        assert.deepEqual(await order('fatalities'), ['ev-fiji', 'ev-idlib', 'ev-hasaka', 'ev-kirkuk', 'ev-nowhere']);
        assert.deepEqual((await order('-confidence'))[0], 'ev-idlib');
        assert.deepEqual((await order('confidence'))[0], 'ev-fiji');
      });

      it('pages with limit and offset; total counts every match', async () => {
        const all = (await store.queryEvents({ sort: 'date' })).events.map((e) => e.event_id);
        const p1 = await store.queryEvents({ sort: 'date', limit: 2, offset: 0 });
        const p2 = await store.queryEvents({ sort: 'date', limit: 2, offset: 2 });
        const p3 = await store.queryEvents({ sort: 'date', limit: 2, offset: 4 });
        assert.equal(p1.total, 5);
        assert.deepEqual([...p1.events, ...p2.events, ...p3.events].map((e) => e.event_id), all);
        assert.equal(p3.events.length, 1);
        assert.equal((await store.queryEvents({ limit: 0 })).events.length, 0);
      });

      it('rejects a malformed query clearly', async () => {
        await assert.rejects(store.queryEvents({ limit: -1 }), /limit/);
        await assert.rejects(store.queryEvents({ bbox: [0, 10, 5, 1] }), /bbox/);
        // PostgreSQL text cannot hold NUL and SQLite cuts LIKE patterns at it: refused everywhere.
        for (const q of [{ actor: 'a\u0000' }, { text: '\u0000x' }, { country: '\u0000' }]) {
          await assert.rejects(store.queryEvents(q), (e: Error & { code?: string }) => e.code === 'E_USAGE' && /NUL/.test(e.message));
        }
        await assert.rejects(store.actors({ text: 'x\u0000' }), /NUL/);
        assert.equal(await store.getEvent('ev-\u0000'), null);
        assert.equal(await store.getArticle('doc-\u0000'), null);
      });

      it('finds dedup candidates: same type, dates within days, within km or without a point', async () => {
        const probe = { event_type: 'Battles', event_date: '2022-01-21', event_date_end: '2022-01-21', latitude: 36.55, longitude: 40.75, country: 'Syria' };
        assert.deepEqual((await store.candidates(probe, 1, 25)).map((e) => e.event_id).sort(), ['ev-hasaka', 'ev-nowhere']);
        assert.deepEqual((await store.candidates(probe, 0, 25)).map((e) => e.event_id).sort(), ['ev-nowhere']);
        assert.deepEqual((await store.candidates({ ...probe, latitude: 35.0, longitude: 40.75 }, 1, 25)).map((e) => e.event_id), ['ev-nowhere']);
        assert.deepEqual((await store.candidates({ ...probe, latitude: null, longitude: null }, 1, 25)).map((e) => e.event_id).sort(), ['ev-hasaka', 'ev-nowhere']);
        assert.deepEqual(await store.candidates({ ...probe, event_type: 'Protests' }, 1, 25), []);
        const history = await store.candidates({ ...probe, event_type: 'Strategic developments', event_date: '2014-06-10', event_date_end: '2014-06-10', latitude: null, longitude: null }, 1, 25);
        assert.deepEqual(history.map((e) => e.event_id), ['ev-history'], 'historical events are candidates too');
      });

      it('summarises actors (both sides, no background history), filtered by text', async () => {
        const all = await store.actors();
        const is = all.find((a) => a.name === 'Islamic State');
        assert.deepEqual(is, { name: 'Islamic State', inter: 2, events: 2, fatalities: 12, first_date: '2022-01-20', last_date: '2022-01-21' });
        assert.equal(all[0].name, 'Islamic State', 'most active first');
        const sdf = await store.actors({ text: 'syrian democratic' });
        assert.deepEqual(sdf.map((a) => a.name), ['QSD: Syrian Democratic Forces']);
        assert.equal(sdf[0].events, 2);
        assert.equal((await store.actors({ limit: 1 })).length, 1);
      });
    });

    describe('undated events (an article with no date anywhere)', () => {
      let store: Store;
      const undated = makeStoredEvent({
        event_id: 'ev-undated', doc_id: 'doc-u', event_date: null, event_date_end: null, time_precision: 4, actor1: 'Undated Militia', actor2: null,
        inter2: 0, interaction: 20, notes: 'On an unknown date, a militia clashed near Hasaka.',
        sources: [{ doc_id: 'doc-u', title: 'Undated report', publisher: null, url: null, published: null }],
      });
      before(async () => {
        store = await open();
        await seed(store);
        await store.saveArticle(makeStoredArticle({ doc_id: 'doc-u', published: null, event_ids: ['ev-undated'] }), [undated]);
      });
      after(async () => store.close());

      it('are stored and read back with null dates', async () => {
        assert.deepEqual(await store.getEvent('ev-undated'), undated);
        assert.equal((await store.getArticle('doc-u'))?.published, null);
        assert.deepEqual(ids(await store.queryEvents({ text: 'undated' })), ['ev-undated']);
      });

      it('match no date filter, and sort last in either direction', async () => {
        assert.ok(!ids(await store.queryEvents({ from: '1900-01-01' })).includes('ev-undated'));
        assert.ok(!ids(await store.queryEvents({ to: '2999-12-31' })).includes('ev-undated'));
        const order = async (sort: 'date' | '-date') => (await store.queryEvents({ sort })).events.map((e) => e.event_id);
        assert.deepEqual(await order('date'), ['ev-fiji', 'ev-hasaka', 'ev-nowhere', 'ev-kirkuk', 'ev-idlib', 'ev-undated']);
        assert.deepEqual(await order('-date'), ['ev-idlib', 'ev-kirkuk', 'ev-nowhere', 'ev-hasaka', 'ev-fiji', 'ev-undated']);
      });

      it('are nobody\'s dedup candidate, and an undated probe has none', async () => {
        const probe = { event_type: 'Battles', event_date: '2022-01-20', event_date_end: '2022-01-20', latitude: 36.5, longitude: 40.75, country: 'Syria' };
        assert.ok(!(await store.candidates(probe, 31, 150)).some((e) => e.event_id === 'ev-undated'));
        assert.deepEqual(await store.candidates({ ...probe, event_date: null, event_date_end: null }, 31, 150), []);
      });

      it('count for their actors without giving them dates', async () => {
        const militia = (await store.actors({ text: 'Undated Militia' }))[0];
        assert.deepEqual(militia, { name: 'Undated Militia', inter: 2, events: 1, fatalities: 12, first_date: null, last_date: null });
      });
    });

    describe('search: article bodies and actor aliases (issue 13, item 12)', () => {
      let store: Store;
      before(async () => {
        store = await open();
        await seed(store);
        // The word is in the body only: no event's notes, actors, place or titles hold it.
        await store.saveArticle(
          makeStoredArticle({ doc_id: 'doc-g', text: 'Guards at the Sinaa prison in Hasaka fought the attackers for hours.', event_ids: ['ev-g'] }),
          [makeStoredEvent({ event_id: 'ev-g', doc_id: 'doc-g', notes: 'A clash at a prison.', actor1_mention: 'the attackers', actor2_mention: 'guards' })],
        );
      });
      after(async () => store.close());

      it('text= finds words in article bodies, by prefix, alone or with event fields', async () => {
        assert.deepEqual(ids(await store.queryEvents({ text: 'Sinaa' })), ['ev-g']);
        assert.deepEqual(ids(await store.queryEvents({ text: 'sina' })), ['ev-g']);
        assert.deepEqual(ids(await store.queryEvents({ text: 'hours Sinaa' })), ['ev-g']);
        assert.deepEqual(ids(await store.queryEvents({ text: 'Sinaa OR "x' })), []);
        // An article's words find every event coded from it (the seed's bodies say "clashed with the SDF").
        assert.ok(ids(await store.queryEvents({ text: 'clashed' })).includes('ev-idlib'));
      });

      it('actor= matches mention text and the actors a whole alias stands for', async () => {
        assert.deepEqual(ids(await store.queryEvents({ actor: 'jihadists' })), ['ev-fiji', 'ev-hasaka', 'ev-idlib', 'ev-kirkuk', 'ev-nowhere'], 'every seed keeps the default mention');
        assert.deepEqual(ids(await store.queryEvents({ actor: 'guards' })), ['ev-g']);
        // "ISIS" is in no stored name or mention: it is an alias of Islamic State in the actor lexicon.
        assert.deepEqual(ids(await store.queryEvents({ actor: 'ISIS' })), ['ev-g', 'ev-hasaka', 'ev-nowhere']);
        assert.deepEqual(ids(await store.queryEvents({ actor: 'Kurdish-led Syrian Democratic Forces' })), ['ev-g', 'ev-hasaka', 'ev-nowhere']);
        assert.deepEqual(ids(await store.queryEvents({ actor: 'SDF' })), ['ev-fiji', 'ev-g', 'ev-hasaka', 'ev-idlib', 'ev-kirkuk', 'ev-nowhere'], 'names and the default mention "the SDF"');
      });

      it('geonameid= finds the events at one place', async () => {
        assert.deepEqual(ids(await store.queryEvents({ geonameid: 173 })), ['ev-fiji', 'ev-g', 'ev-hasaka', 'ev-idlib', 'ev-kirkuk']);
        assert.deepEqual(ids(await store.queryEvents({ geonameid: 999 })), []);
      });

      it('text= still finds the same events after the store is compacted (SQLite VACUUM, PostgreSQL VACUUM FULL), and after new saves', async (t) => {
        if (!opts.compact) return t.skip('no way to compact this store from the test');
        const queries = ['Sinaa', 'hours Sinaa', 'clashed', 'market town', 'growers', 'Kirk', 'Unidentified', 'prison'];
        const before = await Promise.all(queries.map(async (text) => ids(await store.queryEvents({ text }))));
        assert.deepEqual(before[0], ['ev-g']);
        await opts.compact(store);
        assert.deepEqual(await Promise.all(queries.map(async (text) => ids(await store.queryEvents({ text })))), before);
        await store.saveArticle(makeStoredArticle({ doc_id: 'doc-v', text: 'Drones were heard over Deir ez-Zor at dawn.', event_ids: ['ev-v'] }), [makeStoredEvent({ event_id: 'ev-v', doc_id: 'doc-v', notes: 'A drone strike.' })]);
        assert.deepEqual(ids(await store.queryEvents({ text: 'Deir dawn' })), ['ev-v']);
        assert.deepEqual(ids(await store.queryEvents({ text: 'Sinaa' })), ['ev-g']);
      });
    });

    describe('reviews: accept, edit, reject (issue 13)', () => {
      let store: Store;
      const t0 = '2024-03-01T00:00:00.000Z';
      before(async () => {
        store = await open();
        await seed(store);
      });
      after(async () => store.close());

      it('a review is stored with who, when and why, and the event carries its status', async () => {
        // reviewEvent: read, decide and save in one write transaction (row-locked on PostgreSQL).
        const { review: saved, event } = await reviewEvent(store, 'ev-idlib', { action: 'accept', reason: 'checked against two wires' }, 'amina', t0);
        const review = { ...saved, id: undefined } as unknown as Parameters<Store['saveReview']>[0];
        assert.ok(saved.id > 0);
        assert.equal(event.review_status, 'accepted');
        assert.equal((await store.getEvent('ev-idlib'))?.review_status, 'accepted');
        const [r] = await store.reviews({ event_id: 'ev-idlib' });
        assert.deepEqual(r, saved);
        assert.equal(r.reviewer, 'amina');
        assert.equal(r.reason, 'checked against two wires');
        assert.equal(r.at, t0);
        await assert.rejects(store.saveReview({ ...review, event_id: 'ev-none' }, { ...event, event_id: 'ev-none' }), (err: Error & { code?: string }) => err.code === 'E_NOT_FOUND');
      });

      it('an edit changes the event; a later merge keeps the edited fields and updates the rest', async () => {
        const e = (await store.getEvent('ev-hasaka'))!;
        const changes = { sub_event_type: 'Air/drone strike', actor2: 'Civilians (Syria)', inter2: 7, fatalities: 3, event_date: '2022-01-19', latitude: 36.6, longitude: 40.8, location: 'Tall Baydar' };
        const { event, review } = decideReview(e, { action: 'edit', changes, reason: 'the clash was an air strike' }, 'amina', t0);
        await store.saveReview(review, event);
        const edited = (await store.getEvent('ev-hasaka'))!;
        assert.equal(edited.review_status, 'edited');
        assert.deepEqual(
          [edited.event_type, edited.sub_event_type, edited.disorder_type, edited.actor2, edited.interaction, edited.fatalities, edited.event_date, edited.event_date_end, edited.latitude, edited.geonameid, edited.location],
          ['Explosions/Remote violence', 'Air/drone strike', 'Political violence', 'Civilians (Syria)', 27, 3, '2022-01-19', '2022-01-19', 36.6, null, 'Tall Baydar'],
        );
        assert.deepEqual(ids(await store.queryEvents({ text: 'Baydar' })), ['ev-hasaka'], 'the search index follows an edit');
        // A second report, merged by deduplication, would set other values: the reviewed ones stay.
        const merged = { ...edited, sub_event_type: 'Armed clash', event_type: 'Battles', fatalities: 40, latitude: 36.5, longitude: 40.7, n_sources: 2, notes: 'Merged notes.',
          sources: [...edited.sources, { doc_id: 'doc-later', title: 'Later wire', publisher: null, url: null, published: null }] };
        delete (merged as Partial<typeof merged>).review_status;
        await store.saveArticle(makeStoredArticle({ doc_id: 'doc-later', event_ids: ['ev-hasaka'] }), [merged]);
        const after = (await store.getEvent('ev-hasaka'))!;
        assert.equal(after.review_status, 'edited');
        assert.deepEqual([after.event_type, after.sub_event_type, after.fatalities, after.latitude, after.longitude], ['Explosions/Remote violence', 'Air/drone strike', 3, 36.6, 40.8]);
        assert.deepEqual([after.n_sources, after.notes], [2, 'Merged notes.'], 'unreviewed fields follow the merge');
      });

      it('a rejected event stays rejected, hidden from default listings and actor summaries, shown with a filter', async () => {
        const e = (await store.getEvent('ev-fiji'))!;
        const { event, review } = decideReview(e, { action: 'reject', reason: 'a march, not the growers\' strike' }, 'li', t0);
        await store.saveReview(review, event);
        assert.ok(!ids(await store.queryEvents({})).includes('ev-fiji'));
        assert.deepEqual(ids(await store.queryEvents({ review: 'rejected' })), ['ev-fiji']);
        assert.ok(ids(await store.queryEvents({ review: 'all' })).includes('ev-fiji'));
        assert.deepEqual((await store.actors({ text: 'Protesters (Fiji)' })), []);
        await store.saveArticle(makeStoredArticle({ doc_id: 'doc-fiji-2', event_ids: ['ev-fiji'] }), [{ ...e, n_sources: 2 }]);
        assert.equal((await store.getEvent('ev-fiji'))?.review_status, 'rejected', 'a later merge does not bring it back');
        assert.deepEqual(ids(await store.queryEvents({ review: 'reviewed' })), ['ev-hasaka', 'ev-idlib']);
        assert.ok(ids(await store.queryEvents({ review: 'unreviewed' })).includes('ev-kirkuk'));
        assert.ok(!ids(await store.queryEvents({ review: 'unreviewed' })).includes('ev-idlib'));
      });

      it('queryEventsJson carries review_status as queryEvents does', async (t) => {
        if (!store.queryEventsJson) return t.skip(`${name} has no queryEventsJson`);
        const q = { review: 'all', historical: true } as const;
        const parsed = (await store.queryEventsJson(q)).events.map((text) => JSON.parse(text) as StoredEvent);
        assert.deepEqual(parsed, (await store.queryEvents(q)).events);
        assert.ok(parsed.some((e) => e.review_status === 'rejected'));
      });

      it('lists every review oldest first', async () => {
        const all = await store.reviews();
        assert.deepEqual(all.map((r) => [r.event_id, r.action]), [['ev-idlib', 'accept'], ['ev-hasaka', 'edit'], ['ev-fiji', 'reject']]);
        assert.equal(all[1].before.fatalities, 12);
        assert.equal(all[1].after.fatalities, 3);
        assert.deepEqual(all[1].changes.fatalities, 3);
      });

      it('an edit of the toll or the type drops the flag or decider that explained the old value; other edits keep them', async () => {
        const e = (await store.getEvent('ev-idlib'))!;
        assert.deepEqual([e.decided_by, e.fatalities_flag?.kind], ['rules', 'party_claim']);
        const place = decideReview(e, { action: 'edit', changes: { location: 'Ariha town' } }, 'amina', t0);
        await store.saveReview(place.review, place.event);
        const kept = (await store.getEvent('ev-idlib'))!;
        assert.deepEqual([kept.decided_by, kept.fatalities_flag?.kind], ['rules', 'party_claim'], 'a place edit explains neither value away');
        const toll = decideReview(kept, { action: 'edit', changes: { fatalities: 7, sub_event_type: 'Air/drone strike' } }, 'amina', t0);
        await store.saveReview(toll.review, toll.event);
        const edited = (await store.getEvent('ev-idlib'))!;
        assert.equal(edited.fatalities, 7);
        assert.ok(!('fatalities_flag' in edited) && !('decided_by' in edited), 'the analyst, not the party claim or the rules, set these now');
        // A later report merged with its own flag and decider does not bring them back over the pinned values.
        const merged = { ...edited, fatalities: 5, sub_event_type: 'Shelling/artillery/missile attack', decided_by: 'model' as const,
          fatalities_flag: { kind: 'party_claim' as const, reason: 'reported only by one side' }, n_sources: 2,
          sources: [...edited.sources, { doc_id: 'doc-later-2', title: 'Later wire', publisher: null, url: null, published: null }] };
        delete (merged as Partial<typeof merged>).review_status;
        await store.saveArticle(makeStoredArticle({ doc_id: 'doc-later-2', event_ids: ['ev-idlib'] }), [merged]);
        const after = (await store.getEvent('ev-idlib'))!;
        assert.deepEqual([after.fatalities, after.sub_event_type], [7, 'Air/drone strike']);
        assert.ok(!('fatalities_flag' in after) && !('decided_by' in after));
      });
    });

    describe('events as JSON text (queryEventsJson)', () => {
      let store: Store;
      before(async () => {
        store = await open();
      });
      after(async () => store.close());

      it('escapes any text and spells numbers as values JSON.parse gives back exactly', async (t) => {
        if (!store.queryEventsJson) return t.skip(`${name} has no queryEventsJson`);
        const odd = 'a "quote", a back\\slash, a\nnewline, \u0001 \u001f control, \u2028 separator, é, 𝄞, </script>';
        const e = makeStoredEvent({
          event_id: 'ev-odd', doc_id: 'doc-odd', notes: odd, location: odd, confidence: 1, latitude: 1e-7, longitude: -179.99999999999997, fatalities: 0,
          claims: [{ what: 'killed', low: 0, high: 2.5, qualifier: 'about', claimant: odd, start: 0, end: 1 }],
          sources: [{ doc_id: 'doc-odd', title: odd, publisher: null, url: 'https://example.org/?a=1&b="2"', published: null }],
        });
        await store.saveArticle(makeStoredArticle({ doc_id: 'doc-odd', event_ids: ['ev-odd'] }), [e]);
        const { events } = await store.queryEventsJson({});
        assert.deepEqual(events.map((text) => JSON.parse(text) as StoredEvent), (await store.queryEvents({})).events);
        assert.equal((JSON.parse(events[0]!) as StoredEvent).notes, odd);
      });
    });

    describe('updates and atomicity', () => {
      let store: Store;
      before(async () => {
        store = await open();
      });
      after(async () => store.close());

      it('a later article updates a merged event in place (upsert), and text search follows', async () => {
        const first = makeStoredEvent({ event_id: 'ev-1', notes: 'First report of the clash.' });
        await store.saveArticle(makeStoredArticle({ doc_id: 'doc-1', event_ids: ['ev-1'] }), [first]);
        const merged = makeStoredEvent({
          event_id: 'ev-1', notes: 'Corroborated clash.', n_sources: 2, fatalities: 7, updated_at: '2024-02-01T00:00:00.000Z',
          sources: [...first.sources, { doc_id: 'doc-2', title: 'Second wire', publisher: 'Other Wire', url: null, published: '2022-01-22' }],
          evidence: [...first.evidence, { doc_id: 'doc-2', start: 5, end: 9 }],
        });
        await store.saveArticle(makeStoredArticle({ doc_id: 'doc-2', event_ids: ['ev-1'] }), [merged]);
        assert.deepEqual(await store.getEvent('ev-1'), merged);
        assert.deepEqual(await store.stats(), { articles: 2, events: 1, failures: 0 });
        assert.equal((await store.queryEvents({ text: 'first' })).total, 0);
        assert.equal((await store.queryEvents({ text: 'corroborated' })).total, 1);
        assert.equal((await store.queryEvents({ text: 'second wire' })).total, 1);
      });

      it('saveArticle is atomic: a failure part-way stores nothing of the article', async () => {
        const good = makeStoredEvent({ event_id: 'ev-good', doc_id: 'doc-bad' });
        const broken = { ...makeStoredEvent({ event_id: 'ev-broken', doc_id: 'doc-bad' }), event_type: null } as unknown as StoredEvent;
        await assert.rejects(store.saveArticle(makeStoredArticle({ doc_id: 'doc-bad', content_hash: 'hash-bad' }), [good, broken]));
        assert.equal(await store.getArticle('doc-bad'), null);
        assert.equal(await store.getEvent('ev-good'), null);
        assert.equal(await store.hasContent('hash-bad'), false);
        assert.deepEqual(await store.stats(), { articles: 2, events: 1, failures: 0 });
        assert.equal((await store.getEvent('ev-1'))?.n_sources, 2, 'earlier data untouched');
      });

      it('writeTransaction commits what fn wrote, and rolls all of it back when fn throws', async () => {
        const kept = await store.writeTransaction([{ key: 'contract:tx', exclusive: true }], async (tx) => {
          await tx.saveArticle(makeStoredArticle({ doc_id: 'doc-tx', content_hash: 'hash-tx', event_ids: ['ev-tx'] }), [makeStoredEvent({ event_id: 'ev-tx', doc_id: 'doc-tx' })]);
          assert.equal(await tx.hasContent('hash-tx'), true, 'the transaction reads its own writes');
          return 'done';
        });
        assert.equal(kept, 'done');
        assert.equal((await store.getEvent('ev-tx'))?.event_id, 'ev-tx');
        await assert.rejects(
          store.writeTransaction([], async (tx) => {
            await tx.saveArticle(makeStoredArticle({ doc_id: 'doc-tx-2', content_hash: 'hash-tx-2', event_ids: ['ev-tx-2'] }), [makeStoredEvent({ event_id: 'ev-tx-2', doc_id: 'doc-tx-2' })]);
            throw new Error('changed my mind');
          }),
          /changed my mind/,
        );
        assert.equal(await store.getArticle('doc-tx-2'), null);
        assert.equal(await store.getEvent('ev-tx-2'), null);
      });

      it('writeTransaction: concurrent read-modify-write of one event loses no update', async () => {
        const base = makeStoredEvent({ event_id: 'ev-race', doc_id: 'doc-race-0' });
        await store.saveArticle(makeStoredArticle({ doc_id: 'doc-race-0', event_ids: ['ev-race'] }), [base]);
        const writers = 6;
        await Promise.all(Array.from({ length: writers }, (_, i) =>
          store.writeTransaction([{ key: 'contract:race', exclusive: true }], async (tx) => {
            const e = (await tx.getEvent('ev-race'))!;
            await new Promise((r) => setTimeout(r, 5)); // give the other writers every chance to interleave
            const doc = `doc-race-${i + 1}`;
            const sources = [...e.sources, { doc_id: doc, title: null, publisher: null, url: null, published: null }];
            await tx.saveArticle(makeStoredArticle({ doc_id: doc, event_ids: ['ev-race'] }), [{ ...e, sources, n_sources: sources.length }]);
          })));
        const e = (await store.getEvent('ev-race'))!;
        assert.equal(e.n_sources, writers + 1);
        assert.deepEqual(e.sources.map((s) => s.doc_id).sort(), Array.from({ length: writers + 1 }, (_, i) => `doc-race-${i}`).sort());
      });

      it('saveArticle refuses other text under a stored doc_id, and nothing of that save lands', async () => {
        await store.saveArticle(makeStoredArticle({ doc_id: 'doc-keep', content_hash: 'hash-keep', text: 'The first text.' }), []);
        await assert.rejects(
          store.saveArticle(makeStoredArticle({ doc_id: 'doc-keep', content_hash: 'hash-other', text: 'Another text.', event_ids: ['ev-other'] }), [makeStoredEvent({ event_id: 'ev-other', doc_id: 'doc-keep' })]),
          /already stored with different text/,
        );
        assert.equal((await store.getArticle('doc-keep'))?.text, 'The first text.');
        assert.equal(await store.getEvent('ev-other'), null);
        assert.equal(await store.hasContent('hash-other'), false);
        // The same text again is harmless.
        await store.saveArticle(makeStoredArticle({ doc_id: 'doc-keep', content_hash: 'hash-keep', text: 'The first text.' }), []);
      });

      it('records failures, newest first, with every field', async () => {
        const f1 = { origin: 'a.jsonl', line: 3, doc_id: null, code: 'E_INPUT_JSON', message: 'bad JSON', at: '2024-01-01T00:00:00.000Z' };
        const f2 = { origin: 'https://example.org/x', line: null, doc_id: 'x', code: 'E_INPUT_FETCH', message: 'HTTP 404', at: '2024-01-01T00:00:01.000Z' };
        await store.recordFailure(f1);
        await store.recordFailure(f2);
        assert.deepEqual(await store.failures(), [f2, f1]);
        assert.deepEqual(await store.failures(1), [f2]);
        assert.equal((await store.stats()).failures, 2);
      });

      it('refuses work after close()', async () => {
        const s = await open();
        await s.close();
        await assert.rejects(s.stats());
      });
    });

    describe('change marker (what kept answers are checked against)', () => {
      it('stays while nothing is written; changes with every write; totals follow, a rolled-back write leaves none', async (t) => {
        const store = await open();
        try {
          if (!store.changeMarker) return t.skip('this backend has no change marker, so nothing is kept');
          const marker = () => store.changeMarker!();
          await seed(store);
          const m0 = await marker();
          assert.equal((await store.queryEvents({})).total, 5);
          assert.equal(await marker(), m0, 'reads change nothing');
          const e = makeStoredEvent({ event_id: 'ev-new', doc_id: 'doc-new' });
          await store.saveArticle(makeStoredArticle({ doc_id: 'doc-new', event_ids: ['ev-new'] }), [e]);
          const m1 = await marker();
          assert.notEqual(m1, m0, 'saveArticle');
          assert.equal((await store.queryEvents({})).total, 6);
          await store.recordFailure({ origin: 'x', line: 1, doc_id: null, code: 'E_INPUT_JSON', message: 'bad', at: '2024-01-01T00:00:00.000Z' });
          assert.notEqual(await marker(), m1, 'recordFailure');
          await assert.rejects(store.writeTransaction([], async (tx) => {
            const e2 = makeStoredEvent({ event_id: 'ev-gone', doc_id: 'doc-gone' });
            await tx.saveArticle(makeStoredArticle({ doc_id: 'doc-gone', event_ids: ['ev-gone'] }), [e2]);
            assert.equal((await tx.queryEvents({})).total, 7);
            throw new Error('abandon');
          }), /abandon/);
          assert.equal((await store.queryEvents({})).total, 6, 'the rolled-back event is not counted');
        } finally {
          await store.close();
        }
      });
    });
  });
}
