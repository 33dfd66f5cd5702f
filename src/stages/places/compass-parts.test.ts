import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../model/article.ts';
import { mentionsOf } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';
import { compassKey, compassPartPoint } from './compass-parts.ts';
import { placesFor } from '../../../test/helpers/event-places.ts';

// Issue 10: "in northern Iraq" is a part of the country, coded at a point inside that part (precision 3), not at the
// country's middle nor at the dateline. Sentences are our own.
const pipeline = createPipeline([segment, places], createDeps());
const article = (text: string): Article => ({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const parts = (text: string) => mentionsOf(pipeline.run(article(text)), 'PLACE').filter((m) => m.seat && m.place?.featureCode === 'PCLP');
const events = placesFor('2017-11-17');

const region = (name: string, latitude: number, longitude: number): Place => ({ name, latitude, longitude, geonameid: 1, featureCode: 'ADM1', countryCode: 'XX', iso3: 'XXX', country: 'Testland', admin1: name, admin2: null, precision: 3 });
// a square country of nine regions, one degree apart
const grid = [0, 1, 2].flatMap((y) => [0, 1, 2].map((x) => region(`r${x}${y}`, 10 + y, 20 + x)));

test('compass words fold to one key', () => {
  assert.equal(compassKey('north-western'), 'northwest');
  assert.equal(compassKey('Far North'), 'north');
  assert.equal(compassKey('southeastern'), 'southeast');
});

test('a part\'s point is the middle of the regions lying farthest that way', () => {
  const north = compassPartPoint('north', grid)!;
  assert.ok(north.latitude > 11.5 && Math.abs(north.longitude - 21) <= 0.5, JSON.stringify(north));
  const southwest = compassPartPoint('southwest', grid)!;
  assert.ok(southwest.latitude < 10.6 && southwest.longitude < 20.6, JSON.stringify(southwest));
  const central = compassPartPoint('central', grid)!;
  assert.ok(central.latitude === 11 && Math.abs(central.longitude - 21) <= 0.5, JSON.stringify(central));
  // too few regions to tell parts apart: no point
  assert.equal(compassPartPoint('north', grid.slice(0, 3)), null);
});

test('"northern Iraq" is a region inside the north; "the northern Iraqi city" and "North Korea" are not parts', () => {
  const [north] = parts('Militants attacked a checkpoint in northern Iraq on Tuesday.');
  assert.equal(north?.text, 'northern Iraq');
  assert.equal(north.place!.precision, 3);
  assert.ok(north.place!.latitude > 35 && north.place!.countryCode === 'IQ', JSON.stringify(north.place));
  assert.deepEqual(parts('Militants attacked a checkpoint in the northern Iraqi city of Mosul on Tuesday.'), []);
  assert.deepEqual(parts('Officials in North Korea said on Tuesday that the test went well.'), []);
});

test('an event in "north-west Syria" is coded at that part, a town its clause names still wins', () => {
  const got = events('BEIRUT (Reuters) - Jihadist fighters attacked army positions in north-west Syria on Tuesday, a monitor said.', 'BEIRUT');
  assert.ok(got.length && got.every((e) => e.endsWith('@North-west Syria')), JSON.stringify(got));
  const town = events('BAGHDAD (Reuters) - Militants killed four soldiers in the town of Tal Afar in northern Iraq on Tuesday, officials said.', 'BAGHDAD');
  assert.ok(town.length && town.every((e) => /@Tall? ‘?Afar$/.test(e)), JSON.stringify(town));
});
