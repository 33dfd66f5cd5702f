import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMemoryGazetteer } from '../../geo/gazetteer-memory.ts';
import { mentionsOf } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';

// Villages a note spells otherwise than the packs ("Ftireh" for Faţīrah), read through their consonants.
const sy = { geonameid: null, countryCode: 'SY', iso3: 'SYR', country: 'Syria', admin2: null, precision: 3 } as const;
const syria: Place = { ...sy, name: 'Syria', latitude: 35, longitude: 38, featureCode: 'PCLI', admin1: null };
const idlib: Place = { ...sy, name: 'Idlib', latitude: 35.93, longitude: 36.63, featureCode: 'ADM1', admin1: 'Idlib' };
const hama: Place = { ...sy, name: 'Hama', latitude: 35.13, longitude: 36.75, featureCode: 'ADM1', admin1: 'Hama' };
type Country = Pick<Place, 'countryCode' | 'iso3' | 'country'>;
const village = (id: number, name: string, admin1: string, lat: number, lon: number, country: Country = sy): Place => ({ ...country, name, latitude: lat, longitude: lon, geonameid: id, featureCode: 'PPL', admin1, admin2: null, precision: 1, population: 0 });
const fatirah = village(1, 'Faţīrah', 'Idlib', 35.61, 36.49);
// a Greek hamlet whose key "Ftireh" does reach
const gr = { geonameid: null, countryCode: 'GR', iso3: 'GRC', country: 'Greece', admin2: null, precision: 3 } as const;
const fteri = village(2, 'Ftéri', 'Central Greece', 38.9, 22.05, gr);

function placeOf(text: string, name: string, extra: readonly Place[] = []): Place | null | undefined {
  const entries = [{ place: syria }, { place: idlib, names: ['Idleb'] }, { place: hama }, { place: fatirah }, { place: fteri }, ...extra.map((place) => ({ place }))];
  const pipeline = createPipeline([segment, places], createDeps({ gazetteer: createMemoryGazetteer(entries, { Syrian: 'SY' }) }));
  const doc = pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
  return mentionsOf(doc, 'PLACE').find((m) => m.text === name)?.place;
}

test('a village spelled otherwise is read through its consonants inside the stated governorate', () => {
  assert.equal(placeOf('On 13 June 2022, regime forces shelled Ftireh town in Idleb countryside.', 'Ftireh')?.geonameid, 1);
  assert.equal(placeOf('On 13 June 2022, regime forces shelled Ftireh (Idleb).', 'Ftireh')?.geonameid, 1);
});

test('a name no key reaches at all is found the same way', () => {
  const sfawhun = village(3, 'Sfawhūn', 'Idlib', 35.59, 36.47);
  assert.equal(placeOf('On 18 June 2022, Syrian regime forces shelled Sfuhen town in Idleb governorate.', 'Sfuhen', [sfawhun])?.geonameid, 3);
});

test('no loose reading outside the stated governorate, nor without one', () => {
  assert.notEqual(placeOf('On 13 June 2022, regime forces shelled Ftireh town in Hama countryside.', 'Ftireh')?.geonameid, 1);
  assert.notEqual(placeOf('On 13 June 2022, regime forces shelled Ftireh town.', 'Ftireh')?.geonameid, 1);
});

test('two villages of those consonants far apart in the governorate leave the name unread', () => {
  const other = village(4, 'Fāţirah', 'Idlib', 36.2, 36.1);
  assert.equal(placeOf('On 13 June 2022, regime forces shelled Ftireh town in Idleb countryside.', 'Ftireh', [other])?.geonameid ?? null, null);
});

test('of two villages of those consonants far apart, the one spelled nearly as written is read', () => {
  const aleppo: Place = { ...sy, name: 'Aleppo', latitude: 36.2, longitude: 37.16, featureCode: 'ADM1', admin1: 'Aleppo' };
  const numan = village(6, 'Nu‘mān', 'Aleppo', 36.46, 37.43);
  const numaniyah = village(7, 'Nu‘mānīyah', 'Aleppo', 36.1, 37.0);
  const text = 'On 6 January 2022, a division detained thirty people in Nimane town in Aleppo countryside.';
  assert.equal(placeOf(text, 'Nimane', [aleppo, numan, numaniyah])?.geonameid, 6);
  // a third spelled almost as near: nothing tells them apart
  const namun = village(8, 'Namūn', 'Aleppo', 36.0, 37.6);
  assert.equal(placeOf(text, 'Nimane', [aleppo, numan, numaniyah, namun])?.geonameid ?? null, null);
});

test('the village a front, hills or desert are named for is read like a village', () => {
  const athriya = village(9, 'Athrīyā', 'Hama', 35.37, 37.79);
  assert.equal(placeOf('On 25 January 2022, regime helicopters targeted IS positions in the Ithariyah desert in Hama governorate.', 'Ithariyah', [athriya])?.geonameid, 9);
  assert.equal(placeOf('On 11 February 2022, Russian warplanes struck Ithariyah badia in Hama countryside.', 'Ithariyah', [athriya])?.geonameid, 9);
  // the same words without a stated governorate read nothing
  assert.equal(placeOf('On 25 January 2022, regime helicopters targeted IS positions in the Ithariyah desert.', 'Ithariyah', [athriya])?.geonameid ?? null, null);
});

test('a country that writes its names in Latin letters is read only as written', () => {
  const tr = { geonameid: null, countryCode: 'TR', iso3: 'TUR', country: 'Turkey', admin2: null, precision: 3 } as const;
  const mardin: Place = { ...tr, name: 'Mardin', latitude: 37.3, longitude: 40.7, featureCode: 'ADM1', admin1: 'Mardin' };
  const ortakli = village(5, 'Ortaklı', 'Mardin', 37.4, 40.9, tr);
  assert.notEqual(placeOf('On 15 March 2022, health workers staged a demonstration in Artuklu town, Mardin.', 'Artuklu', [mardin, ortakli])?.geonameid, 5);
});

test('a region whose name joins words with "do" is read whole, not as the shorter region it begins with', () => {
  const br = { geonameid: null, countryCode: 'BR', iso3: 'BRA', country: 'Brazil', admin2: null, precision: 3 } as const;
  const mg: Place = { ...br, name: 'Mato Grosso', latitude: -12.6, longitude: -55.9, featureCode: 'ADM1', admin1: 'Mato Grosso' };
  const ms: Place = { ...br, name: 'Mato Grosso do Sul', latitude: -20.5, longitude: -54.8, featureCode: 'ADM1', admin1: 'Mato Grosso do Sul' };
  const town: Place = { ...br, name: 'Nova Andradina', latitude: -22.23, longitude: -53.34, geonameid: 6, featureCode: 'PPL', admin1: 'Mato Grosso do Sul', admin2: null, precision: 1, population: 40_000 };
  assert.equal(placeOf('On 19 January 2022, in Nova Andradina municipality (Mato Grosso do Sul), a gang member exchanged fire with police.', 'Mato Grosso do Sul', [mg, ms, town])?.name, 'Mato Grosso do Sul');
  assert.equal(placeOf('On 19 January 2022, in Nova Andradina municipality (Mato Grosso do Sul), a gang member exchanged fire with police.', 'Nova Andradina', [mg, ms, town])?.geonameid, 6);
});
