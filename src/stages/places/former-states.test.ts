import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../model/article.ts';
import { mentionsOf } from '../../model/document.ts';
import { createExtractor } from '../../pipeline/extractor.ts';

// GeoWebNews and LGL count former states ("the Soviet Union", "Yugoslavia") as toponyms: they were no name the gazetteer
// held, and "Union" cut "Soviet Union" as an organisation's name. They are former states (geo-regions.jsonl, PCLH) of
// no country today, so never an event's place. Sentences are our own.
const extractor = createExtractor();
const article = (text: string): Article => ({ id: 't', text, title: null, published: '2018-03-01', publisher: 'Reuters', url: null, dateline: null, origin: { file: 'test' } });
const places = (text: string) => mentionsOf(extractor.extract(article(text)).doc, 'PLACE').map((m) => [m.text, m.place?.name ?? null, m.place?.countryCode ?? null] as const);

test('a former state is a place whole, with no country of today', () => {
  assert.deepEqual(places('The nerve agent was developed by the Soviet Union in the 1970s.'), [['Soviet Union', 'Soviet Union', '']]);
  assert.deepEqual(places('He left the USSR in 1979 and settled in Lyon.').map(([t, n]) => [t, n]), [['USSR', 'Soviet Union'], ['Lyon', 'Lyon']]);
  const found = places('Yugoslavia broke apart in 1991, and Czechoslovakia split two years later.').map(([t, n]) => [t, n]);
  assert.deepEqual(found, [['Yugoslavia', 'Yugoslavia'], ['Czechoslovakia', 'Czechoslovakia']]);
  // a body's "Union" keeps its rule: no place is read inside it
  assert.deepEqual(places('The Teachers Union said the strike would go ahead.'), []);
});

test('an old name of a country finds the country of today', () => {
  assert.deepEqual(places('Mobutu ruled Zaire for three decades.'), [['Zaire', 'Democratic Republic of Congo', 'CD']]);
});

test('a former state is never an event\'s place', () => {
  const records = extractor.extract(article('Gunmen killed five soldiers in Ukraine on Friday with rifles made in the Soviet Union, officials said.')).records;
  assert.ok(records.length > 0);
  for (const r of records) assert.notEqual(r.location, 'Soviet Union', JSON.stringify(records.map((x) => x.location)));
});

test('a former state named with the scene\'s country leaves the event to that country', () => {
  const records = extractor.extract(article('Serb forces seized much of Bosnia in 1992 after its vote for independence from Yugoslavia, killing hundreds, officials said on Monday.')).records;
  for (const r of records) assert.notEqual(r.location, 'Yugoslavia', JSON.stringify(records.map((x) => x.location)));
});
