import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../model/article.ts';
import { mentionsOf } from '../../model/document.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { plainSpelling } from '../../geo/normalize-name.ts';
import { loadJsonlLexicon } from '../../lexicons/load.ts';
import { ExonymSchema, exonymReading } from './exonyms.ts';

// Issue 12: English names of foreign cities (exonyms) that GeoNames keeps only as alternate names. Sentences are our own.
const extractor = createExtractor();
function article(text: string, dateline: string | null): Article {
  return { id: 't', text, title: null, published: '2018-03-14', publisher: 'Reuters', url: null, dateline, origin: { file: 'test' } };
}
const readings = (text: string, name: string) =>
  mentionsOf(extractor.extract(article(text, null)).doc, 'PLACE').filter((m) => m.text === name).map((m) => m.place && `${m.place.name}/${m.place.countryCode}`);

test('an English name of a well-known foreign city is that city, in a story about another country', () => {
  const text =
    'CARACAS (Reuters) - Venezuela\'s opposition said on Monday it would send envoys to talks in Geneva next month. Protesters marched ' +
    'in Caracas and Maracaibo, and the government in Caracas said the Venezuelan army would stay in the barracks.';
  assert.deepEqual(readings(text, 'Geneva'), ['Genève/CH']);
  const text2 =
    'CARACAS (Reuters) - Venezuela\'s oil minister flew to Cologne and then to Gothenburg to meet buyers. Protesters marched in Caracas ' +
    'and Maracaibo, and the government in Caracas said Venezuelan oil exports would rise.';
  assert.deepEqual(readings(text2, 'Cologne'), ['Köln/DE']);
  assert.deepEqual(readings(text2, 'Gothenburg'), ['Göteborg/SE']);
});

test('an exonym does not take a sizeable namesake from a story about its own country, nor a country its name', () => {
  const text =
    'CHICAGO (Reuters) - Police in Illinois said on Tuesday a man was shot in Geneva, a suburb west of Chicago. The shooting in ' +
    'Geneva followed two others in Aurora and Naperville, Illinois, police said.';
  assert.ok(readings(text, 'Geneva').every((p) => p === null || p.endsWith('/US')), JSON.stringify(readings(text, 'Geneva')));
});

test('every exonym reaches its city in the gazetteer, and differs from its primary name by more than diacritics', () => {
  const gazetteer = createDeps().gazetteer();
  const rows = loadJsonlLexicon('geo-exonyms.jsonl', ExonymSchema);
  assert.ok(rows.length >= 20);
  for (const row of rows) {
    for (const name of row.names) {
      assert.notEqual(plainSpelling(name), plainSpelling(row.target), name);
      const city = gazetteer.candidates(name).find((c) => c.countryCode === row.iso2 && c.name === row.target && c.geonameid !== null);
      assert.ok(city && exonymReading(city, name), `${name} -> ${row.target}`);
    }
  }
});
