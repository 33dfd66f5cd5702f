import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMemoryGazetteer } from '../../geo/gazetteer-memory.ts';
import { mentionsOf } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';

// Two invented villages of one name in two districts of one governorate, as the packs' hierarchy gives them.
const base = { geonameid: null, countryCode: 'SY', iso3: 'SYR', country: 'Syria', admin2: null, precision: 3 } as const;
const syria: Place = { ...base, name: 'Syria', latitude: 35, longitude: 38, featureCode: 'PCLI', admin1: null };
const idlib: Place = { ...base, name: 'Idlib', latitude: 35.93, longitude: 36.63, featureCode: 'ADM1', admin1: 'Idlib' };
const village = (id: number, admin2: string, lat: number, lon: number): Place => ({ ...base, name: 'Qaryat Sawsan', latitude: lat, longitude: lon, geonameid: id, featureCode: 'PPL', admin1: 'Idlib', admin2, precision: 1, population: 0 });
const inHarim = village(1, 'Harim', 36.2, 36.52);
const inJisr = village(2, 'Jisr ash Shughur', 35.8, 36.32);

function placeFor(text: string, order: readonly Place[]): Place | null | undefined {
  const gazetteer = createMemoryGazetteer([{ place: syria }, { place: idlib }, ...order.map((place) => ({ place }))], { Syrian: 'SY' });
  const pipeline = createPipeline([segment, places], createDeps({ gazetteer }));
  const doc = pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
  return mentionsOf(doc, 'PLACE').find((m) => m.text === 'Qaryat Sawsan')?.place;
}

test('the district a note brackets picks the namesake village inside it, whatever the gazetteer order', () => {
  for (const order of [[inHarim, inJisr], [inJisr, inHarim]]) {
    assert.equal(placeFor('On 3 March 2022, shelling hit Qaryat Sawsan (Harim, Idlib) in Syria.', order)?.geonameid, 1);
    assert.equal(placeFor('On 3 March 2022, shelling hit Qaryat Sawsan (Jisr ash Shughur, Idlib) in Syria.', order)?.geonameid, 2);
  }
});

test('"the village of X" is the village, not the district of the same name', () => {
  const district: Place = { ...base, name: 'Qaryat Sawsan', latitude: 36.0, longitude: 36.4, geonameid: 3, featureCode: 'ADM2', admin1: 'Idlib', admin2: 'Qaryat Sawsan', precision: 2, population: 50_000 };
  for (const order of [[district, inHarim], [inHarim, district]]) {
    assert.equal(placeFor('On 3 March 2022, shelling hit the village of Qaryat Sawsan in Idlib, Syria.', order)?.geonameid, 1);
  }
});
