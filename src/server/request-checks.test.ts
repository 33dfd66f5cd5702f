import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Extractor } from '../pipeline/extractor.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { createApp } from './app.ts';
import { decodeBody } from './body-text.ts';

const TOKEN = 'test-token-0123456789';
/** Stands in for the NLP pipeline: these tests are about the HTTP layer, not extraction. */
const fakeExtractor = (() => ({ extract: () => ({ records: [] }) })) as unknown as () => Extractor;

describe('query validation, methods and posted text (issue 14, items 14, 15, 17)', () => {
  let store: Store;
  before(async () => {
    store = await openSqliteStore(':memory:');
  });
  after(async () => store.close());

  test('a text of no letters or digits, a blank or hex bbox, and an impossible date are 400', async () => {
    const app = createApp(store);
    for (const q of ['text=%21%21%21', 'text=---', 'bbox=,,,', 'bbox=0x10,0,20,10', 'bbox=1,2,3,', 'bbox=1e500,0,0,0', 'from=2017-02-30', 'to=2023-04-31', 'from=2023-13-01']) {
      const r = await app.request(`/api/events?${q}`);
      assert.equal(r.status, 400, q);
      assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'E_USAGE', q);
    }
    for (const q of ['text=Idlib', 'bbox=-10.5,-5,+20,1e1', 'from=2024-02-29', 'to=2023-12-31']) {
      assert.equal((await app.request(`/api/events?${q}`)).status, 200, q);
    }
  });

  test('a wrong method on a known route is 405 with Allow; an unknown route is still 404', async () => {
    const app = createApp(store, { token: TOKEN, makeExtractor: fakeExtractor });
    const cases: [string, string, string][] = [
      ['POST', '/api/events', 'GET, HEAD'],
      ['DELETE', '/api/events/e1', 'GET, HEAD'],
      ['PUT', '/api/stats', 'GET, HEAD'],
      ['GET', '/api/ingest', 'POST'],
    ];
    for (const [method, path, allow] of cases) {
      const r = await app.request(path, { method });
      assert.equal(r.status, 405, `${method} ${path}`);
      assert.equal(r.headers.get('allow'), allow, `${method} ${path}`);
    }
    assert.equal((await app.request('/api/nothing-here', { method: 'POST' })).status, 404);
  });

  test('the bearer scheme is case-insensitive (RFC 9110) but the token is not', async () => {
    const app = createApp(store, { token: TOKEN, readToken: true });
    assert.equal((await app.request('/api/stats', { headers: { Authorization: `bearer ${TOKEN}` } })).status, 200);
    assert.equal((await app.request('/api/stats', { headers: { Authorization: `Bearer ${TOKEN.toUpperCase()}` } })).status, 401);
  });

  test('a lone surrogate sent as bytes becomes one U+FFFD and keeps the offsets after it', async () => {
    const bytes = (s: string) => Buffer.from(s, 'latin1');
    // "a\uD800b" as a WTF-8 encoder writes it: a ED A0 80 b
    assert.equal(decodeBody(bytes('"a\xed\xa0\x80b"')), '"a\ufffdb"');
    // a surrogate pair written as two three-byte sequences (CESU-8) keeps its two code units
    assert.equal(decodeBody(bytes('\xed\xa0\xbd\xed\xb8\x80!')), '\ufffd\ufffd!');
    // other invalid bytes decode as the standard decoder does
    assert.equal(decodeBody(bytes('\xff\xed\x9f\xbf')), '\ufffd\ud7ff');

    const app = createApp(store, { token: TOKEN, makeExtractor: fakeExtractor });
    const text = 'DAMASCUS - Rebels \uD800clashed with troops on Monday.';
    const json = JSON.stringify({ id: 'sur1', date: '2024-02-01', text });
    const body = Buffer.concat(json.split('\uD800').flatMap((part, i) => (i ? [Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(part)] : [Buffer.from(part)])));
    const r = await app.request('/api/ingest', { method: 'POST', body, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` } });
    assert.equal(r.status, 200, await r.clone().text());
    const stored = await store.getArticle('sur1');
    assert.equal(stored?.text, text.replace('\uD800', '\ufffd'));
    assert.equal(stored?.text.indexOf('clashed'), text.indexOf('clashed'));
  });
});
