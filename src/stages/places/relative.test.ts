import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distanceKm } from '../../geo/gazetteer.ts';
import { createMemoryGazetteer } from '../../geo/gazetteer-memory.ts';
import { mentionsOf } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';
import { movePoint, parseOffset, withRelation } from './resolve.ts';

test('parseOffset reads distance and bearing', () => {
  const cases: [string, { km: number; bearing: number } | null][] = [
    ['50 km southeast of', { km: 50, bearing: 135 }],
    ['about 30 kilometres north of', { km: 30, bearing: 0 }],
    ['10 miles west of', { km: 16.09344, bearing: 270 }],
    ['20 km north-west of', { km: 20, bearing: 315 }],
    ['near', null],
    ['north-west of', null],
  ];
  for (const [rel, want] of cases) {
    const got = parseOffset(rel);
    if (want === null) assert.equal(got, null, rel);
    else {
      assert.ok(got, rel);
      assert.ok(Math.abs(got.km - want.km) < 1e-6, rel);
      assert.equal(got.bearing, want.bearing, rel);
    }
  }
});

test('movePoint moves by the distance along the bearing', () => {
  const p = movePoint(33.51, 36.29, 50, 135);
  assert.ok(Math.abs(distanceKm(33.51, 36.29, p.latitude, p.longitude) - 50) < 0.5);
  assert.ok(p.latitude < 33.51 && p.longitude > 36.29);
});

const damascus: Place = { name: 'Damascus', latitude: 33.51, longitude: 36.29, geonameid: 170654, featureCode: 'PPLC', countryCode: 'SY', iso3: 'SYR', country: 'Syria', admin1: 'Damascus', admin2: null, precision: 1, population: 1_569_394 };
const syria: Place = { ...damascus, name: 'Syria', latitude: 35, longitude: 38, geonameid: null, featureCode: 'PCLI', admin1: null, precision: 3 };

test('withRelation: a distance moves the point, a bare relation only widens it', () => {
  const moved = withRelation(damascus, '50 km southeast of');
  assert.equal(moved.precision, 2);
  assert.ok(Math.abs(distanceKm(damascus.latitude, damascus.longitude, moved.latitude, moved.longitude) - 50) < 0.5);
  const near = withRelation(damascus, 'near the border with');
  assert.equal(near.precision, 2);
  assert.equal(near.latitude, damascus.latitude);
  assert.equal(withRelation(damascus, null), damascus);
  assert.equal(withRelation(syria, '50 km south of').latitude, syria.latitude);
  // hundreds of km along a rough bearing is no point: the anchor stays, marked as only near
  const far = withRelation(damascus, '600 km (370 miles) south of the provincial capital of');
  assert.deepEqual([far.latitude, far.longitude, far.precision], [damascus.latitude, damascus.longitude, 2]);
});

test('a distance before "the provincial capital of" is the anchor\'s relation too', () => {
  const pipeline = createPipeline([segment, places], createDeps({ gazetteer: createMemoryGazetteer([{ place: damascus }, { place: syria }]) }));
  const doc = pipeline.run({ id: 'r', text: 'Bodies were found 40 km (25 miles) south of the provincial capital of Damascus, Syria said.', title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
  const m = mentionsOf(doc, 'PLACE').find((x) => x.text === 'Damascus');
  assert.equal(m?.place?.precision, 2);
  const d = distanceKm(damascus.latitude, damascus.longitude, m!.place!.latitude, m!.place!.longitude);
  assert.ok(Math.abs(d - 40) < 1, `moved ${d} km`);
});

test('the places stage moves "50 km southeast of Damascus"', () => {
  const pipeline = createPipeline([segment, places], createDeps({ gazetteer: createMemoryGazetteer([{ place: damascus }, { place: syria }]) }));
  const doc = pipeline.run({ id: 'r', text: 'A drone struck a convoy 50 km southeast of Damascus on Monday, Syria said.', title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
  const m = mentionsOf(doc, 'PLACE').find((x) => x.text === 'Damascus');
  assert.ok(m?.place, 'Damascus resolved');
  assert.equal(m.place.precision, 2);
  const d = distanceKm(damascus.latitude, damascus.longitude, m.place.latitude, m.place.longitude);
  assert.ok(Math.abs(d - 50) < 1, `moved ${d} km`);
});
