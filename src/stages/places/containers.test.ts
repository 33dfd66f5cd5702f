import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distanceKm } from '../../geo/gazetteer.ts';
import type { Article } from '../../model/article.ts';
import { mentionsOf, type Document } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { choosePlace, places } from './index.ts';

const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } } satisfies Article);
const placeOf = (doc: Document, surface: string) => mentionsOf(doc, 'PLACE').find((m) => m.text === surface);
const near = (p: { latitude: number; longitude: number } | null | undefined, lat: number, lon: number, km = 25) => !!p && distanceKm(p.latitude, p.longitude, lat, lon) < km;

test('a stated region rules out namesakes elsewhere: Al Jabaliyah (At Tuhayat, Al Hudaydah) is not Jabalya in Gaza', () => {
  const doc = run('On 10 January 2022, the Saudi-led coalition conducted 2 air raids on Al Jabaliyah (At Tuhayat, Al Hudaydah). Casualties unknown.');
  const chosen = choosePlace(doc, [0]);
  assert.notEqual(chosen?.place?.countryCode, 'PS');
  assert.equal(chosen?.place?.countryCode, 'YE');
  assert.notEqual(placeOf(doc, 'Al Jabaliyah')?.place?.countryCode, 'PS');
});

test('"(District, Governorate)": the district is precision 2, the governorate a region, the contained place wins', () => {
  const doc = run('On 6 June 2022, pro-IRG forces fired missiles at Houthi positions in Kitaf (Kitaf wa Al Boqee, Sadah). Casualties unknown.');
  const sadah = placeOf(doc, 'Sadah');
  assert.equal(sadah?.place?.featureCode, 'ADM1');
  assert.equal(sadah?.place?.countryCode, 'YE');
  const chosen = choosePlace(doc, [0]);
  assert.equal(chosen?.text, 'Kitaf');
  assert.equal(chosen?.place?.precision, 1);
});

test('"X town, Izmir" and "X district of Siirt" name the region of X', () => {
  const izmir = run('On 17 March 2022, workers staged a demonstration in Yenisehir town, Diyarbakir against the decision.');
  const yenisehir = placeOf(izmir, 'Yenisehir');
  assert.equal(yenisehir?.place?.countryCode, 'TR');
  assert.equal(yenisehir?.place?.admin1, 'Diyarbakir');
  const siirt = run('Police stopped a vehicle in the Baykan district of Siirt and detained 31 migrants.');
  assert.equal(choosePlace(siirt, [0])?.text, 'Baykan');
});

test('a list of governorates is not a chain of containers', () => {
  const doc = run('On 24 March 2022, the coalition conducted airstrikes in Hajjah, Marib, and Sadah governorates. Casualties unknown.');
  assert.equal(placeOf(doc, 'Hajjah')?.place?.countryCode, 'YE');
  assert.equal(choosePlace(doc, [0])?.text, 'Hajjah');
});

test('ACLED "City - Neighbourhood (District)": the city, not a namesake of the district', () => {
  const doc = run('On 13 April 2022, Houthi sniper fire targeted 1 civilian woman in Taizz - Usayfarah (Al Qahirah). The woman died.');
  const chosen = choosePlace(doc, [0]);
  assert.ok(near(chosen?.place, 13.58, 44.02), `${chosen?.text} → ${chosen?.place?.name}`);
});

test('a foreign town met only through an alternate name is no reading: "Al Ibrahim Mosque" is not Moscow', () => {
  const doc = run('On 22 May 2022, Palestinian rioters clashed with Israeli forces near Al Ibrahim Mosque in Hebron city (Hebron, West Bank).');
  assert.ok(!mentionsOf(doc, 'PLACE').some((m) => m.place?.countryCode === 'RU'));
  assert.ok(near(choosePlace(doc, [0])?.place, 31.53, 35.09));
});
