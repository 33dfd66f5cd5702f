import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import type { Extractor } from '../pipeline/extractor.ts';
import { ACLED_COLUMNS } from '../output/formats.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { SitrepError } from '../errors.ts';
import { createApp } from './app.ts';
import { makeArticle, makeEvent } from './testing/fixtures.ts';

const TOKEN = 'test-token-0123456789';
const TEXT =
  'BEIRUT (Sitrep Wire) - The jihadists attacked government troops near Ariha on Tuesday. ' +
  'At least 5 people were killed, a war monitor said. The town lies south of Idlib.';
const SENTENCE_1 = { start: 0, end: TEXT.indexOf('Tuesday.') + 'Tuesday.'.length };
const FIVE = TEXT.indexOf('5 people');
const at = (text: string, words: string, from = 0) => ({ start: text.indexOf(words, from), end: text.indexOf(words, from) + words.length });

async function seed(store: Store): Promise<void> {
  await store.saveArticle(makeArticle({ doc_id: 'a1', text: TEXT, title: 'Jihadists attack near Ariha', event_ids: ['e1'] }), [
    makeEvent({
      event_id: 'e1',
      doc_id: 'a1',
      evidence: [{ doc_id: 'a1', ...SENTENCE_1 }],
      mentions: [
        { doc_id: 'a1', role: 'actor1', ...at(TEXT, 'The jihadists') },
        { doc_id: 'a1', role: 'actor2', ...at(TEXT, 'government troops') },
        { doc_id: 'a1', role: 'location', ...at(TEXT, 'Ariha') },
      ],
      claims: [{ what: 'killed', low: 5, high: 5, qualifier: 'at_least', claimant: 'a war monitor', start: FIVE, end: FIVE + 1 }],
      notes: 'On 2023-03-14, the jihadists clashed with government troops near Ariha (Syria); 5 reported killed.',
    }),
  ]);
  await store.saveArticle(makeArticle({ doc_id: 'a2', text: 'GAZA - Thousands protested in Gaza on Sunday.', event_ids: ['e2'] }), [
    makeEvent({
      event_id: 'e2', doc_id: 'a2', event_date: '2023-07-30', event_date_end: '2023-07-30', disorder_type: 'Demonstrations', event_type: 'Protests',
      sub_event_type: 'Peaceful protest', actor1: 'Protesters (Palestine)', inter1: 6, actor2: null, inter2: 0, interaction: 60, actor1_mention: null, actor2_mention: null,
      country: 'Palestine', iso3: 'PSE', admin1: 'Gaza Strip', location: 'Gaza', latitude: 31.5, longitude: 34.45, fatalities: null, notes: 'Protest in Gaza.', confidence: 0.6,
    }),
  ]);
  await store.saveArticle(makeArticle({ doc_id: 'a3', text: 'KIRKUK - A roadside bomb killed two soldiers. Islamic State seized the city in 2014.', event_ids: ['e3', 'e4'] }), [
    makeEvent({
      event_id: 'e3', doc_id: 'a3', event_date: '2014-06-10', event_date_end: '2014-06-10', historical: true, event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory',
      country: 'Iraq', iso3: 'IRQ', admin1: 'Kirkuk', location: 'Kirkuk', latitude: 35.47, longitude: 44.39, fatalities: null, notes: 'Islamic State took Kirkuk.', actor2: null,
    }),
    makeEvent({
      event_id: 'e4', doc_id: 'a3', event_date: '2022-09-05', event_date_end: '2022-09-06', time_precision: 2, event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED',
      actor1: 'Unidentified Armed Group (Iraq)', inter1: 3, actor2: 'Military Forces of Iraq (2020-)', country: 'Iraq', iso3: 'IRQ', admin1: 'Kirkuk', location: 'Kirkuk', latitude: 35.47, longitude: 44.39,
      fatalities: 2, notes: 'A roadside bomb killed two soldiers near Kirkuk.', confidence: 0.7,
    }),
  ]);
}

async function getJson(app: Hono, path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await app.request(path, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON: compared as text */
  }
  return { status: res.status, body, headers: res.headers };
}

const ids = (body: { events: { event_id: string }[] }) => body.events.map((e) => e.event_id);

describe('HTTP API over the SQLite store', () => {
  let store: Store;
  let app: Hono;
  const logged: string[] = [];
  before(async () => {
    store = await openSqliteStore(':memory:');
    await seed(store);
    app = createApp(store, { log: (m) => logged.push(m) });
  });
  after(async () => store.close());

  test('lists current events newest first, background history left out', async () => {
    const r = await getJson(app, '/api/events');
    assert.equal(r.status, 200);
    assert.equal(r.body.total, 3);
    assert.deepEqual(ids(r.body), ['e2', 'e1', 'e4']);
    assert.equal(r.body.limit, 100);
  });

  const filterCases: [string, string[]][] = [
    ['event_type=Battles', ['e1']],
    ['country=Iraq', ['e4']],
    ['country=Iraq&historical=true', ['e4', 'e3']],
    ['actor=islamic', ['e1']],
    ['actor=Protesters', ['e2']],
    ['from=2023-01-01', ['e2', 'e1']],
    ['to=2022-12-31', ['e4']],
    ['from=2022-09-06&to=2022-09-06', ['e4']],
    ['bbox=35,30,37,37', ['e1']],
    ['bbox=30,29,50,40&event_type=Protests', ['e2']],
    ['min_fatalities=3', ['e1']],
    ['text=Gaza', ['e2']],
    ['text=roadside bomb', ['e4']],
    ['sub_event_type=Peaceful protest', ['e2']],
    ['sort=fatalities', ['e4', 'e1', 'e2']],
    ['sort=-fatalities&limit=1', ['e1']],
    ['limit=1&offset=1', ['e1']],
    ['sort=date', ['e4', 'e1', 'e2']],
    // the CLI's names are the API's too (issue 13, item 13)
    ['type=Battles', ['e1']],
    ['sub_type=Peaceful protest', ['e2']],
    ['min-fatalities=3', ['e1']],
  ];
  for (const [qs, expected] of filterCases) {
    test(`filter ${qs}`, async () => {
      const r = await getJson(app, `/api/events?${qs.replace(/ /g, '%20')}`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.deepEqual(ids(r.body), expected);
    });
  }

  const badQueries: [string, RegExp][] = [
    ['limit=5000', /limit/],
    ['limit=0', /limit/],
    ['limit=ten', /limit: must be a whole number/],
    ['offset=-1', /offset/],
    ['from=2023-13-45', /from: is not a real calendar date/],
    ['to=yesterday', /to: must be a date as YYYY-MM-DD/],
    ['bbox=1,2,3', /bbox: must be four numbers W,S,E,N/],
    ['bbox=0,50,10,40', /bbox/],
    ['bbox=0,0,200,10', /bbox/],
    ['sort=random()', /sort/],
    ['historical=maybe', /historical/],
    ['min_fatalities=1e3', /min_fatalities/],
    ['colour=red', /unknown parameter\(s\) "colour"/],
    ['from=2023-05-01&to=2023-01-01', /from \(2023-05-01\) is after to \(2023-01-01\)/],
    ['country=Syria&country=Iraq', /"country" given 2 times/],
    ['type=Battles&event_type=Protests', /"event_type" given twice/],
    [`text=${'x'.repeat(201)}`, /text/],
  ];
  for (const [qs, message] of badQueries) {
    test(`400 for ${qs.slice(0, 40)}`, async () => {
      for (const path of ['/api/events', '/api/export.csv', '/api/export.geojson']) {
        const r = await getJson(app, `${path}?${qs}`);
        assert.equal(r.status, 400, `${path}?${qs}`);
        assert.equal(r.body.error.code, 'E_USAGE');
        assert.match(r.body.error.message, message);
      }
    });
  }

  test('SQL-injection strings in every filter are matched as plain text', async () => {
    const payloads = ["' OR 1=1 --", '" OR ""="', "Battles' OR 'x'='x", '%', '_', "'; DROP TABLE events; --", '1) OR (1=1', 'NEAR(qx zq)', '*', 'Syria\\'];
    for (const p of payloads) {
      for (const field of ['country', 'actor', 'event_type', 'sub_event_type', 'text']) {
        const r = await getJson(app, `/api/events?${field}=${encodeURIComponent(p)}`);
        // A text of no letters or digits would match everything: it is refused (issue 14, item 14).
        if (field === 'text' && !/[\p{L}\p{N}]/u.test(p)) {
          assert.equal(r.status, 400, `${field}=${p}`);
          continue;
        }
        assert.equal(r.status, 200, `${field}=${p}: ${JSON.stringify(r.body)}`);
        if (field === 'text') {
          // Full-text search keeps only the words; whatever syntax surrounds them must change nothing.
          const words = p.match(/[\p{L}\p{N}]+/gu)?.join(' ');
          const plain = words ? (await getJson(app, `/api/events?text=${encodeURIComponent(words)}`)).body.total : 3;
          assert.equal(r.body.total, plain, `text=${p}`);
        } else assert.equal(r.body.total, 0, `${field}=${p}`);
      }
      for (const path of ['/api/events/', '/api/articles/']) {
        const r = await getJson(app, `${path}${encodeURIComponent(p)}`);
        assert.equal(r.status, 404, `${path}${p}`);
      }
      const actors = await getJson(app, `/api/actors?text=${encodeURIComponent(p)}`);
      assert.equal(actors.status, 200);
    }
    assert.deepEqual(await store.stats(), { articles: 3, events: 4, failures: 0 });
  });

  test('event detail carries each article with evidence, figure, actor and place highlights', async () => {
    const r = await getJson(app, '/api/events/e1');
    assert.equal(r.status, 200);
    assert.equal(r.body.event.event_id, 'e1');
    const [article] = r.body.articles;
    assert.equal(article.text, TEXT);
    const pick = (kind: string) => article.highlights.filter((h: { kind: string }) => h.kind === kind).map((h: { start: number; end: number }) => TEXT.slice(h.start, h.end));
    assert.deepEqual(pick('evidence'), ['BEIRUT (Sitrep Wire) - The jihadists attacked government troops near Ariha on Tuesday.']);
    assert.deepEqual(pick('figure'), ['5']);
    assert.deepEqual(pick('actor'), ['The jihadists', 'government troops']);
    assert.deepEqual(pick('place'), ['Ariha']);
  });

  test('highlights come from the stored mention offsets, not from searching the text for names', async () => {
    // Two events in one article: the gazetteer spells the place "Al Hasakah", the text "Hasaka";
    // the second paragraph names the same actor for another event.
    const text = 'HASAKA - The SDF repelled an attack on Ghweran prison in Hasaka. Separately, the SDF arrested a man in Raqqa.';
    const second = text.indexOf('Separately');
    const store2 = await openSqliteStore(':memory:');
    await store2.saveArticle(makeArticle({ doc_id: 'h1', text, event_ids: ['h-clash', 'h-arrest'] }), [
      makeEvent({
        event_id: 'h-clash', doc_id: 'h1', actor1: 'QSD: Syrian Democratic Forces', actor1_mention: 'The SDF', location: 'Al Hasakah',
        evidence: [{ doc_id: 'h1', start: 0, end: second - 1 }],
        mentions: [{ doc_id: 'h1', role: 'actor1', ...at(text, 'The SDF') }, { doc_id: 'h1', role: 'location', ...at(text, 'Hasaka', 10) }],
      }),
      makeEvent({
        event_id: 'h-arrest', doc_id: 'h1', actor1: 'QSD: Syrian Democratic Forces', actor1_mention: 'the SDF', location: 'Ar Raqqah',
        evidence: [{ doc_id: 'h1', start: second, end: text.length }],
        mentions: [{ doc_id: 'h1', role: 'actor1', ...at(text, 'the SDF', second) }, { doc_id: 'h1', role: 'location', ...at(text, 'Raqqa') }],
      }),
    ]);
    const r = await getJson(createApp(store2), '/api/events/h-clash');
    await store2.close();
    const spans = r.body.articles[0].highlights.filter((h: { kind: string }) => h.kind !== 'evidence');
    const shown = spans.map((h: { kind: string; start: number; end: number }) => `${h.kind}:${h.start}:${text.slice(h.start, h.end)}`);
    assert.deepEqual(shown, [`actor:${at(text, 'The SDF').start}:The SDF`, `place:${at(text, 'Hasaka', 10).start}:Hasaka`]);
    assert.match(spans[1].label, /^Al Hasakah/);
  });

  test('404s name what was missing', async () => {
    for (const [path, re] of [
      ['/api/events/nope', /no event with id "nope"/],
      ['/api/articles/nope', /no article with doc_id "nope"/],
      ['/api/nothing-here', /no route/],
      ['/no-such-page.html', /not found/],
    ] as const) {
      const r = await getJson(app, path);
      assert.equal(r.status, 404, path);
      assert.equal(r.body.error.code, 'E_NOT_FOUND');
      assert.match(r.body.error.message, re);
    }
  });

  test('article, actors, stats and failures', async () => {
    const a = await getJson(app, '/api/articles/a1');
    assert.equal(a.status, 200);
    assert.equal(a.body.text, TEXT);
    const actors = await getJson(app, '/api/actors?text=islamic');
    assert.deepEqual(actors.body.actors.map((x: { name: string }) => x.name), ['Islamic State']);
    assert.equal((await getJson(app, '/api/actors?limit=0')).status, 400);
    assert.deepEqual((await getJson(app, '/api/stats')).body, { articles: 3, events: 4, failures: 0 });
    await store.recordFailure({ origin: 'x.txt', line: 3, doc_id: null, code: 'E_INPUT_EMPTY', message: 'empty', at: '2024-01-01T00:00:00Z' });
    const f = await getJson(app, '/api/failures?limit=5');
    assert.equal(f.body.failures.length, 1);
    assert.equal(f.body.failures[0].code, 'E_INPUT_EMPTY');
  });

  test('ACLED CSV export honours the filters', async () => {
    const all = await app.request('/api/export.csv');
    assert.equal(all.status, 200);
    assert.match(all.headers.get('content-type') ?? '', /^text\/csv/);
    const lines = (await all.text()).trimEnd().split('\r\n');
    assert.equal(lines[0], ACLED_COLUMNS.join(','));
    assert.equal(lines.length, 4);
    const battles = (await (await app.request('/api/export.csv?event_type=Battles')).text()).trimEnd().split('\r\n');
    assert.equal(battles.length, 2);
    assert.match(battles[1] as string, /^e1,2023-03-14,2023,1,Political violence,Battles,Armed clash,Islamic State,/);
  });

  test('GeoJSON export honours the filters', async () => {
    const r = await getJson(app, '/api/export.geojson?historical=true');
    assert.equal(r.status, 200);
    assert.equal(r.body.type, 'FeatureCollection');
    assert.deepEqual(r.body.features.map((f: { id: string }) => f.id).sort(), ['e1', 'e2', 'e3', 'e4']);
    assert.deepEqual(r.body.features.find((f: { id: string }) => f.id === 'e2').geometry.coordinates, [34.45, 31.5]);
    const none = await getJson(app, '/api/export.geojson?country=Nowhere');
    assert.deepEqual(none.body, { type: 'FeatureCollection', features: [] });
  });

  test('OpenAPI 3.1 description lists every route', async () => {
    const r = await getJson(app, '/api/openapi.json');
    assert.equal(r.body.openapi, '3.1.0');
    for (const p of ['/api/events', '/api/events/{id}', '/api/articles/{doc_id}', '/api/actors', '/api/stats', '/api/failures', '/api/export.geojson', '/api/export.csv', '/api/ingest']) {
      assert.ok(r.body.paths[p], p);
    }
  });

  test('the UI and its vendored libraries are served with a strict CSP', async () => {
    const page = await app.request('/');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<div id="map">/);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    for (const [path, type] of [['/app.js', /javascript/], ['/vendor/leaflet.js', /javascript/], ['/vendor/leaflet.markercluster.js', /javascript/], ['/geo/countries-110m.json', /json/], ['/style.css', /css/]] as const) {
      const r = await app.request(path);
      assert.equal(r.status, 200, path);
      assert.match(r.headers.get('content-type') ?? '', type);
    }
    const api = await app.request('/api/stats');
    assert.equal(api.headers.get('x-frame-options'), 'DENY');
    assert.equal(api.headers.get('cache-control'), 'no-store');
  });

  test('path traversal on static routes is refused', async () => {
    const attempts = [
      '/../package.json', '/%2e%2e/package.json', '/%2e%2e%2fpackage.json', '/..%2f..%2fpackage.json', '/vendor/../../package.json',
      '/vendor/%2e%2e/%2e%2e/package.json', '/geo/..%2f..%2fpackage.json', '/..%5c..%5cpackage.json', '/.env', '/web/index.html',
      '/node_modules/leaflet/package.json', '/%2fetc%2fpasswd', '//etc/passwd', '/vendor/leaflet.js%00.html', '/app.js/../../package.json',
    ];
    for (const path of attempts) {
      const r = await app.request(path);
      const body = await r.text();
      assert.notEqual(r.status, 200, path);
      assert.doesNotMatch(body, /"name": "sitrep"|root:/, path);
    }
  });

  test('an unexpected error is a bare 500: no stack, no detail', async () => {
    const broken: Store = { ...store, getEvent: async () => { throw new Error('SQLITE_CORRUPT at /secret/path.db'); } };
    const log: string[] = [];
    const r = await getJson(createApp(broken, { log: (m) => log.push(m) }), '/api/events/e1');
    assert.equal(r.status, 500);
    assert.deepEqual(r.body, { error: { code: 'E_INTERNAL', message: 'internal error' } });
    assert.match(log.join('\n'), /SQLITE_CORRUPT/);
  });
});

describe('write and read guards', () => {
  let store: Store;
  before(async () => {
    store = await openSqliteStore(':memory:');
  });
  after(async () => store.close());

  const article = { id: 'w1', title: 'Clash', date: '2024-02-01', source: 'Wire', url: 'https://example.org/w1', text: 'DAMASCUS - Rebels clashed with troops on Monday.' };
  /** Stands in for the NLP pipeline: these tests are about the HTTP layer, not extraction. */
  const fakeExtractor = (() => ({ extract: () => ({ records: [] }) })) as unknown as () => Extractor;
  const post = (app: Hono, body: string, headers: Record<string, string> = {}) =>
    getJson(app, '/api/ingest', { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });

  test('writes are refused without a configured token', async () => {
    const r = await post(createApp(store, {}), JSON.stringify(article), { Authorization: 'Bearer anything' });
    assert.equal(r.status, 401);
    assert.match(r.body.error.message, /disabled/);
  });

  test('writes need the right bearer token', async () => {
    const app = createApp(store, { token: TOKEN, makeExtractor: fakeExtractor });
    for (const headers of [{} as Record<string, string>, { Authorization: 'Bearer wrong-token' }, { Authorization: `Basic ${TOKEN}` }, { Authorization: `Bearer ${TOKEN}x` }]) {
      const r = await post(app, JSON.stringify(article), headers);
      assert.equal(r.status, 401, JSON.stringify(headers));
      assert.equal(r.body.error.code, 'E_AUTH');
    }
    assert.equal((await store.stats()).articles, 0);
  });

  test('an oversize body is 413', async () => {
    const app = createApp(store, { token: TOKEN, maxBodyBytes: 1024, makeExtractor: fakeExtractor });
    const r = await post(app, JSON.stringify({ ...article, text: 'x'.repeat(5000) }), { Authorization: `Bearer ${TOKEN}` });
    assert.equal(r.status, 413);
    assert.equal(r.body.error.code, 'E_INPUT_TOO_LARGE');
  });

  test('bad bodies are 400 with the reason', async () => {
    const app = createApp(store, { token: TOKEN, makeExtractor: fakeExtractor });
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const cases: [string, RegExp][] = [
      ['{not json', /not valid JSON/],
      [JSON.stringify({ title: 'no text' }), /text/],
      [JSON.stringify({ ...article, text: '' }), /text: must not be empty/],
      [JSON.stringify({ ...article, extra: 1 }), /extra/],
      [JSON.stringify([]), /invalid article/],
      [JSON.stringify('just a string'), /invalid article/],
    ];
    for (const [body, re] of cases) {
      const r = await post(app, body, auth);
      assert.equal(r.status, 400, body);
      assert.match(r.body.error.message, re, body);
    }
    const wrongType = await getJson(app, '/api/ingest', { method: 'POST', body: JSON.stringify(article), headers: { 'Content-Type': 'text/plain', ...auth } });
    assert.equal(wrongType.status, 400);
  });

  test('with the token an article is stored once', async () => {
    const app = createApp(store, { token: TOKEN, makeExtractor: fakeExtractor });
    const first = await post(app, JSON.stringify(article), { Authorization: `Bearer ${TOKEN}` });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.articles, 1);
    const again = await post(app, JSON.stringify([article]), { Authorization: `Bearer ${TOKEN}` });
    assert.equal(again.body.articles, 0);
    assert.equal(again.body.unchanged, 1);
    assert.equal((await store.getArticle('w1'))?.url, 'https://example.org/w1');
  });

  test('a failed article is never a plain 200: all failed is an error status, some failed is 207, each with its error', async () => {
    // The extractor fails on one marked text, as a pipeline bug or a bad model would.
    const failing = (() => ({
      extract: (a: { text: string }) => {
        if (a.text.includes('BOOM')) throw new Error('extractor broke');
        return { records: [] };
      },
    })) as unknown as () => Extractor;
    const app = createApp(store, { token: TOKEN, makeExtractor: failing });
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const bad = (id: string) => ({ ...article, id, text: `BOOM ${id} - Rebels clashed with troops on Monday.` });

    const allFailed = await post(app, JSON.stringify([bad('f1'), bad('f2')]), auth);
    assert.equal(allFailed.status, 500, JSON.stringify(allFailed.body));
    assert.equal(allFailed.body.error.code, 'E_INGEST_FAILED');
    assert.match(allFailed.body.error.message, /none of the 2 articles could be stored/);
    assert.equal(allFailed.body.articles, 0);
    assert.deepEqual(allFailed.body.failed.map((f: { doc_id: string; code: string; message: string }) => [f.doc_id, f.code, f.message]), [
      ['f1', 'E_INTERNAL', 'extractor broke'],
      ['f2', 'E_INTERNAL', 'extractor broke'],
    ]);

    const partial = await post(app, JSON.stringify([{ ...article, id: 'ok1', text: 'AMMAN - Troops shelled a village on Monday.' }, bad('f3')]), auth);
    assert.equal(partial.status, 207, JSON.stringify(partial.body));
    assert.equal(partial.body.error, undefined, 'a partial success is no error reply');
    assert.equal(partial.body.articles, 1);
    assert.deepEqual(partial.body.failed.map((f: { doc_id: string }) => f.doc_id), ['f3']);
    assert.ok(await store.getArticle('ok1'));
    assert.ok((await store.failures(100)).some((f) => f.doc_id === 'f3'), 'the failure is recorded in the store too');
  });

  test('an ingest the store refuses whole is 503 (send again later), with each article named', async () => {
    const broken = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'writeTransaction') return async () => { throw new SitrepError('E_STORE', 'database is locked'); };
        if (prop === 'recordFailure') return async () => { throw new SitrepError('E_STORE', 'database is locked'); };
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const app = createApp(broken, { token: TOKEN, makeExtractor: fakeExtractor });
    const r = await post(app, JSON.stringify({ ...article, id: 's1', text: 'AMMAN - Troops shelled another village on Tuesday.' }), { Authorization: `Bearer ${TOKEN}` });
    assert.equal(r.status, 503, JSON.stringify(r.body));
    assert.equal(r.body.error.code, 'E_STORE');
    assert.match(r.body.error.message, /the article could not be stored/);
    assert.deepEqual(r.body.failed.map((f: { doc_id: string; code: string }) => [f.doc_id, f.code]), [['s1', 'E_STORE']]);
  });

  test('readToken guards the read API but not the UI', async () => {
    assert.throws(() => createApp(store, { readToken: true }), /readToken needs a token/);
    const app = createApp(store, { token: TOKEN, readToken: true });
    assert.equal((await app.request('/api/events')).status, 401);
    assert.equal((await app.request('/api/events', { headers: { Authorization: `Bearer ${TOKEN}` } })).status, 200);
    assert.equal((await app.request('/')).status, 200);
  });
});
