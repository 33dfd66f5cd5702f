import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlaceMention } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import type { Article } from '../../model/article.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { ownClausePlaces, placesApart } from './twin-clauses.ts';

const place = (name: string, admin1: string | null, countryCode = 'TR'): PlaceMention => ({
  id: name, kind: 'PLACE', start: 0, end: name.length, sentence: 0, text: name, confidence: 0.9, by: 'test',
  place: { name, latitude: 38, longitude: 30, geonameid: null, featureCode: 'ADM1', countryCode, iso3: 'TUR', country: 'Turkey', admin1, admin2: null, precision: 3 } as Place,
});

test('twin clauses: places apart are in two countries or two provinces, never a country and a town of it', () => {
  assert.equal(placesApart(place('Adana', 'Adana'), place('Izmir', 'Izmir')), true);
  assert.equal(placesApart(place('France', null, 'FR'), place('Switzerland', null, 'CH')), true);
  assert.equal(placesApart(place('Turkey', null), place('Izmir', 'Izmir')), false);
  assert.equal(placesApart(place('Adana', 'Adana'), place('Ceyhan', 'Adana')), false);
  assert.equal(placesApart(place('Adana', 'Adana'), null), false);
});

const ex = createExtractor();
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const current = (text: string, published: string) => ex.extract(art(text, published)).records.filter((r) => !r.historical);
const show = (rs: ReturnType<typeof current>) => JSON.stringify(rs.map((r) => `${r.sub_event_type} @ ${r.location} ${r.event_date}`));

test('twin clauses: arrests told in two clauses of one sentence, each at its own province, are two events', () => {
  const rs = current(
    'ANKARA (Reuters) - Turkish police detained dozens of people on Friday over suspected links to Islamic State, officials said. Eleven foreign nationals were arrested in the southern province of Adana and seven Turkish nationals were arrested in the western province of Izmir.',
    '2017-11-10',
  );
  const arrests = rs.filter((r) => r.sub_event_type === 'Arrests').map((r) => r.location).sort();
  assert.ok(arrests.includes('Adana') && arrests.some((l) => /zmir/.test(l ?? '')), show(rs));
});

test('twin clauses: two clauses at one place stay one event', () => {
  const rs = current('ANKARA (Reuters) - Police arrested five people in Adana on Friday and detained three more in the city later, officials said.', '2017-11-10');
  assert.equal(rs.filter((r) => r.sub_event_type === 'Arrests').length, 1, show(rs));
});

test('twin clauses: each clause must name its own place; a twin that took the dateline or another clause\'s place tells nothing apart', () => {
  // "… capturing its last city in [Deir al-Zor] | and Iraqi forces taking its last town on the other", joint at 50
  const at = (name: string, start: number, sentence = 0): PlaceMention => ({ ...place(name, name), start, end: start + name.length, sentence });
  const chosen = { start: 10, end: 20 };
  assert.equal(ownClausePlaces(0, 50, chosen, at('Adana', 30), at('Izmir', 80)), true);
  assert.equal(ownClausePlaces(0, 50, chosen, at('Deir al-Zor', 30), at('Beirut', 0)), false, 'the dateline, before the joint');
  assert.equal(ownClausePlaces(0, 50, chosen, at('Deir al-Zor', 30), at('Qaim', 80, 3)), false, 'a place of another sentence');
  assert.equal(ownClausePlaces(0, 50, { start: 60, end: 70 }, at('Izmir', 80), at('Adana', 30)), true, 'the twin before the chosen trigger');
});
