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

// Yemen: a governorate, its district seat, and namesake villages in and out of it.
const ye = { geonameid: null, countryCode: 'YE', iso3: 'YEM', country: 'Yemen', admin2: null, precision: 3 } as const;
const yemen: Place = { ...ye, name: 'Yemen', latitude: 15.5, longitude: 47.5, featureCode: 'PCLI', admin1: null };
const marib: Place = { ...ye, name: 'Marib', latitude: 15.46, longitude: 45.33, featureCode: 'ADM1', admin1: 'Marib' };
const yeTown = (id: number, name: string, admin1: string, lat: number, lon: number, featureCode = 'PPL', admin2: string | null = null): Place => ({ ...ye, name, latitude: lat, longitude: lon, geonameid: id, featureCode, admin1, admin2, precision: 1, population: 0 });
const haribSeat = yeTown(10, 'Harib', 'Marib', 14.93, 45.5, 'PPLA2');
const haribElsewhere = yeTown(11, 'Harib', 'Saada', 17.03, 43.62);
const malaElsewhere = yeTown(12, 'Mala', 'Saada', 17.0, 43.6, 'PPL', 'Sahar');

function mentionPlaces(text: string, entries: readonly Place[], extra: { place: Place; names: string[] }[] = [], demonyms: Record<string, string> = {}): Map<string, Place | null> {
  const gazetteer = createMemoryGazetteer([...entries.map((place) => ({ place })), ...extra], demonyms);
  const pipeline = createPipeline([segment, places], createDeps({ gazetteer }));
  const doc = pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
  return new Map(mentionsOf(doc, 'PLACE').map((m) => [m.text, m.place]));
}

test('"Mala (Harib, Marib)": no village outside the stated governorate, and the district is its seat in Marib', () => {
  for (const order of [[haribElsewhere, haribSeat], [haribSeat, haribElsewhere]]) {
    const got = mentionPlaces('On 21 June 2022, IRG forces fired missiles at Houthi positions in Mala (Harib, Marib) in Yemen.', [yemen, marib, ...order, malaElsewhere]);
    assert.equal(got.get('Mala') ?? null, null);
    assert.equal(got.get('Harib')?.geonameid, 10);
  }
});

test('"Zap region (Al Amadiya district)": a namesake across the border is outside the district', () => {
  const iq = { countryCode: 'IQ', iso3: 'IRQ', country: 'Iraq', admin2: null, precision: 1, population: 0 } as const;
  const amadiya: Place = { ...iq, name: 'Al Amadiya', latitude: 37.09, longitude: 43.49, geonameid: 20, featureCode: 'PPLA2', admin1: 'Duhok' };
  const iraq: Place = { ...iq, name: 'Iraq', latitude: 33, longitude: 44, geonameid: null, featureCode: 'PCLI', admin1: null, precision: 3 };
  // a Turkish village 35 km away, across the border, that bears the name Zap
  const zapTr: Place = { name: 'Zap', latitude: 37.36, longitude: 43.26, geonameid: 21, featureCode: 'PPL', countryCode: 'TR', iso3: 'TUR', country: 'Turkey', admin1: 'Sirnak', admin2: null, precision: 1, population: 2000 };
  const turkey: Place = { ...zapTr, name: 'Turkey', latitude: 39, longitude: 35, geonameid: null, featureCode: 'PCLI', admin1: null, precision: 3 };
  const got = mentionPlaces('On 22 June 2022, Turkish army helicopters carried out airstrikes against PKK militants in Zap region (Al Amadiya district) of Iraq.', [iraq, turkey, amadiya, zapTr], [], { Turkish: 'TR' });
  assert.notEqual(got.get('Zap region')?.countryCode ?? got.get('Zap')?.countryCode, 'TR');
  assert.equal(got.get('Al Amadiya')?.geonameid, 20);
});

test('a region bearing the name as its own beats a hamlet abroad that lists it among its alternate names', () => {
  const raqqa: Place = { ...base, name: 'Raqqa', latitude: 35.95, longitude: 39.01, featureCode: 'ADM1', admin1: 'Raqqa' };
  const tellAbiad: Place = { ...base, name: 'Tall Abyad', latitude: 36.7, longitude: 38.95, geonameid: 30, featureCode: 'PPLA2', admin1: 'Raqqa', precision: 1, population: 0 };
  const hamlet: Place = { name: 'Sazlipinar', latitude: 37.68, longitude: 33.19, geonameid: 31, featureCode: 'PPL', countryCode: 'TR', iso3: 'TUR', country: 'Turkey', admin1: 'Konya', admin2: null, precision: 1, population: 0 };
  const turkey: Place = { ...hamlet, name: 'Turkey', latitude: 39, longitude: 35, geonameid: null, featureCode: 'PCLI', admin1: null, precision: 3 };
  const got = mentionPlaces('On 9 June 2022, a Turkish forces convoy arrived at Tell Abiad district in Ar Raqqa countryside.', [syria, turkey, raqqa], [
    { place: tellAbiad, names: ['Tell Abiad'] },
    { place: hamlet, names: ['Rakka'] },
  ], { Turkish: 'TR' });
  assert.equal(got.get('Ar Raqqa')?.featureCode, 'ADM1');
  assert.equal(got.get('Ar Raqqa')?.countryCode, 'SY');
});

test('"Bani Hasan (Abs, Hajjah)": a village near the district seat but outside the stated governorate is not read', () => {
  const hajjah: Place = { ...ye, name: 'Hajjah', latitude: 15.69, longitude: 43.6, featureCode: 'ADM1', admin1: 'Hajjah' };
  const abs = yeTown(40, 'Abs', 'Hajjah', 16.0, 43.2, 'PPLA2');
  // 57 km from Abs, across the border of Amran
  const inAmran = yeTown(41, 'Bani Hasan', 'Amran', 16.11, 43.73);
  const got = mentionPlaces('On 12 May 2022, pro-Hadi forces fired artillery at Houthi positions in Bani Hasan (Abs, Hajjah) in Yemen.', [yemen, hajjah, abs, inAmran]);
  assert.equal(got.get('Bani Hasan') ?? null, null);
  assert.equal(got.get('Abs')?.geonameid, 40);
});

test('a bracketed district that holds none of the name\'s readings places the event at the district\'s seat, not at a namesake in another district', () => {
  // the packs' hierarchy gives Salqin district a seat (gazetteer-index.ts addDistrictSeats): an ADM2 reading at its seat's point
  const salqin: Place = { ...base, name: 'Salqin', latitude: 36.14, longitude: 36.45, geonameid: 10, featureCode: 'ADM2', admin1: 'Idlib', admin2: 'Salqin', precision: 2, population: 0 };
  assert.equal(placeFor('On 3 March 2022, shelling hit Qaryat Sawsan (Salqin, Idlib) in Syria.', [inHarim, salqin])?.geonameid, 10);
  // a reading inside the district still wins
  const inSalqin = village(11, 'Salqin', 36.15, 36.46);
  assert.equal(placeFor('On 3 March 2022, shelling hit Qaryat Sawsan (Salqin, Idlib) in Syria.', [inHarim, salqin, inSalqin])?.geonameid, 11);
});

test('a bracket closing on a province is the province, not its namesake county around the provincial capital', () => {
  const ir = { countryCode: 'IR', iso3: 'IRN', country: 'Iran' } as const;
  const iran: Place = { ...ir, name: 'Iran', latitude: 32, longitude: 53, geonameid: null, featureCode: 'PCLI', admin1: null, admin2: null, precision: 3 };
  const kerman: Place = { ...ir, name: 'Kerman', latitude: 30.28, longitude: 57.08, geonameid: null, featureCode: 'ADM1', admin1: 'Kerman', admin2: null, precision: 3 };
  const town = (id: number, featureCode: string, admin2: string, lat: number, lon: number): Place => ({ ...ir, name: 'Kahnūj', latitude: lat, longitude: lon, geonameid: id, featureCode, admin1: 'Kerman', admin2, precision: 1, population: 0 });
  const seat = town(11, 'PPLA2', 'Kahnuj', 27.95, 57.7);
  const hamlet = town(12, 'PPL', 'Kerman', 30.06, 58.1);
  for (const order of [[seat, hamlet], [hamlet, seat]]) {
    const gazetteer = createMemoryGazetteer([{ place: iran }, { place: kerman }, ...order.map((place) => ({ place }))], { Iranian: 'IR' });
    const pipeline = createPipeline([segment, places], createDeps({ gazetteer }));
    const doc = pipeline.run({ id: 't', text: 'On 8 January 2022, employees of the judiciary protested in Kahnuj city (Kerman) over low wages.', title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
    assert.equal(mentionsOf(doc, 'PLACE').find((m) => m.text === 'Kahnuj')?.place?.geonameid, 11);
  }
  // named as a district, it is the county
  const gazetteer = createMemoryGazetteer([{ place: iran }, { place: kerman }, { place: seat }, { place: hamlet }], { Iranian: 'IR' });
  const pipeline = createPipeline([segment, places], createDeps({ gazetteer }));
  const doc = pipeline.run({ id: 't', text: 'On 8 January 2022, employees protested in Kahnuj village (Kerman district, Kerman) over low wages.', title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
  assert.equal(mentionsOf(doc, 'PLACE').find((m) => m.text === 'Kahnuj')?.place?.geonameid, 12);
});

// Yemen again, for names common enough that the gazetteer's short list leaves the stated region's village out.
const yeBase = { countryCode: 'YE', iso3: 'YEM', country: 'Yemen' } as const;
const yeRegion = (name: string, lat: number, lon: number): Place => ({ ...yeBase, name, latitude: lat, longitude: lon, geonameid: null, featureCode: 'ADM1', admin1: name, admin2: null, precision: 3 });
const yeVillage = (id: number, name: string, admin1: string, admin2: string, lat: number, lon: number, featureCode = 'PPL'): Place => ({ ...yeBase, name, latitude: lat, longitude: lon, geonameid: id, featureCode, admin1, admin2, precision: 1, population: 0 });

function yemenPlace(text: string, name: string, entries: readonly Place[], limit?: number): Place | null | undefined {
  const full = createMemoryGazetteer([{ place: yemen }, ...entries.map((place) => ({ place }))], { Yemeni: 'YE' });
  // as the on-disk gazetteer: the likeliest `limit` readings, all of them on request
  const gazetteer = limit ? { ...full, candidateLimit: limit, candidates: (n: string) => full.candidates(n).slice(0, limit), allCandidates: full.candidates } : full;
  const pipeline = createPipeline([segment, places], createDeps({ gazetteer }));
  const doc = pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
  return mentionsOf(doc, 'PLACE').find((m) => m.text === name)?.place;
}

test("a stated district's village is found even where the gazetteer's short list of a common name left it out", () => {
  const inHarib = yeVillage(21, 'Ar Rawḑah', 'Marib', 'Harib', 14.97, 45.43);
  const inSirwah = yeVillage(22, 'Ar Rawḑah', 'Marib', 'Sirwah', 15.4, 45.0);
  const seat = yeVillage(23, 'Sūq Şirwāḩ', 'Marib', 'Sirwah', 15.45, 45.02, 'PPLA2');
  const text = 'On 6 June 2022, pro-IRG forces fired artillery at Houthi positions in Ar Rawdah (Sirwah, Marib).';
  assert.equal(yemenPlace(text, 'Ar Rawdah', [marib, inHarib, inSirwah, { ...seat, name: 'Sirwah' }], 1)?.geonameid, 22);
  assert.equal(yemenPlace(text, 'Ar Rawdah', [marib, inHarib, inSirwah, { ...seat, name: 'Sirwah' }])?.geonameid, 22);
});

test('the district named between a place and the bracket of its governorate is the place\'s district too', () => {
  const dhamar = yeRegion('Dhamar', 14.55, 44.4);
  const alHada = yeVillage(31, 'Al Hada', 'Dhamar', 'Al Hada', 14.85, 44.4, 'PPLA2');
  // the hierarchy, not nearness to the district's seat, says which village lies in the district
  const inHada = yeVillage(32, 'Az Zahir', 'Dhamar', 'Al Hada', 15.0, 44.2);
  const inWusab = yeVillage(33, 'Az Zahir', 'Dhamar', 'Wusab Al Ali', 14.8, 44.45);
  const text = 'On 5 February 2022, Houthi forces seized the house of a tribal sheikh in Az Zahir in Al Hada district (Dhamar).';
  for (const order of [[inWusab, inHada], [inHada, inWusab]]) assert.equal(yemenPlace(text, 'Az Zahir', [dhamar, alHada, ...order])?.geonameid, 32);
});
