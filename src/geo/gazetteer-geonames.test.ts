import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SitrepError } from '../errors.ts';
import { LEXICON_DIR } from '../lexicons/load.ts';
import { distanceKm } from './gazetteer.ts';
import { loadGeonamesGazetteer } from './gazetteer-geonames.ts';
import { loadAdmin1Regions } from './geo-lexicons.ts';

const gazetteer = loadGeonamesGazetteer();

/** [spellings, country, expected latitude, longitude] — the first candidate must be the place. */
const RESOLVES: readonly [string[], string, number, number][] = [
  [['Al-Bukamal', 'Abu Kamal', 'Albu Kamal', 'Abu Kemal'], 'SY', 34.45, 40.92],
  [['Deir al-Zor', 'Deir ez-Zor', 'Dayr az Zawr', 'Deir Ezzor'], 'SY', 35.34, 40.14],
  [['al-Tanf', 'At Tanf', 'Al Tanf'], 'SY', 33.5, 38.62],
  [['Raqqa', 'Ar Raqqah', 'Raqqah'], 'SY', 35.95, 39.01],
  [['Falluja', 'Fallujah'], 'IQ', 33.35, 43.79],
  [['Manbij'], 'SY', 36.53, 37.95],
  [['Kafr Nabl', 'Kafranbel'], 'SY', 35.61, 36.56],
];

for (const [spellings, cc, lat, lon] of RESOLVES) {
  test(`${spellings.join(' / ')} resolve to one place`, () => {
    for (const s of spellings) {
      const top = gazetteer.candidates(s)[0];
      assert.ok(top, `${s}: no candidate`);
      assert.equal(top.countryCode, cc, s);
      assert.ok(distanceKm(top.latitude, top.longitude, lat, lon) < 15, `${s} → ${top.name} ${top.latitude},${top.longitude}`);
    }
  });
}

test('countries: names, ISO codes, precision 3, demonyms', () => {
  const syria = gazetteer.candidates('Syria')[0];
  assert.equal(syria.featureCode, 'PCLI');
  assert.equal(syria.iso3, 'SYR');
  assert.equal(syria.precision, 3);
  assert.equal(gazetteer.candidates('Turkey')[0].countryCode, 'TR');
  assert.equal(gazetteer.demonymCountry?.('Syrian'), 'SY');
  assert.equal(gazetteer.demonymCountry?.('Iraqi'), 'IQ');
  assert.equal(gazetteer.demonymCountry?.('Damascus'), null);
  assert.equal(gazetteer.country?.('IQ')?.name, 'Iraq');
});

test('first-level regions under their usual names, placed at their seat', () => {
  for (const name of ['Deir ez-Zor Governorate', 'Homs', 'Idlib', 'Anbar', 'Rural Damascus']) {
    const admin = gazetteer.candidates(name).find((p) => p.featureCode === 'ADM1');
    assert.ok(admin, name);
    assert.equal(admin.precision, 3);
  }
  const anbar = gazetteer.candidates('Anbar').find((p) => p.featureCode === 'ADM1')!;
  assert.ok(distanceKm(anbar.latitude, anbar.longitude, 33.42, 43.3) < 20, 'Anbar at Ramadi');
});

test('towns carry their region name', () => {
  assert.equal(gazetteer.candidates('Fallujah')[0].admin1, 'Al Anbar');
  assert.equal(gazetteer.candidates('Kafr Nabl')[0].admin1, 'Idlib');
});

test('every hand-written region finds its seat in cities500 and is found under its names', () => {
  const entries = loadAdmin1Regions();
  const listed = new Set(entries.map((e) => `${e.iso2} ${e.name}`));
  assert.deepEqual(gazetteer.stats.unresolvedRegions.filter((u) => listed.has(u)), []);
  for (const e of entries) {
    if (e.region === false) continue;
    for (const name of [e.name, ...e.variants]) {
      if (/^(?:north|south|east|west|northern|southern|eastern|western|central|capital|centre|center)$/i.test(name)) continue;
      const hit = gazetteer.candidates(name).find((p) => p.featureCode === 'ADM1' && p.countryCode === e.iso2 && p.name === e.name);
      assert.ok(hit, `${e.iso2} ${name} does not find region ${e.name}`);
    }
  }
});

test('regions at their seats, towns named after their region (table)', () => {
  const cases: [string, string, string, number, number][] = [
    ['Sadah', 'YE', 'Saada', 16.94, 43.76],
    ['Idleb', 'SY', 'Idlib', 35.93, 36.63],
    ['Duhok', 'IQ', 'Duhok', 36.87, 42.99],
    ['Kohgiluyeh and Boyer-Ahmad', 'IR', 'Kohgiluyeh and Boyer-Ahmad', 30.67, 51.59],
    ['Tigray', 'ET', 'Tigray', 13.5, 39.47],
    ['North Kivu', 'CD', 'North Kivu', -1.67, 29.23],
    // US states sit at their hand-written centre (geo-admin1.jsonl), not at the seat 230 km away
    ['Texas', 'US', 'Texas', 31.5, -99.3],
    ['La.', 'US', 'Louisiana', 31.0, -92.0],
  ];
  for (const [name, cc, display, lat, lon] of cases) {
    const r = gazetteer.candidates(name).find((p) => p.featureCode === 'ADM1' && p.countryCode === cc);
    assert.equal(r?.name, display, name);
    assert.ok(distanceKm(r!.latitude, r!.longitude, lat, lon) < 25, `${name} at ${r!.latitude},${r!.longitude}`);
  }
  assert.equal(gazetteer.candidates('Bayt Lahya')[0].admin1, 'Gaza Strip');
  assert.equal(gazetteer.candidates('Aydin').find((p) => p.featureCode === 'ADM1')?.name, 'Aydin');
});

test('first-level regions of the wider world resolve in their country, at their centre, and name their towns', () => {
  const cases: [string, string, string, number, number][] = [
    ['Ontario', 'CA', 'Ontario', 50.0, -85.0],
    ['Queensland', 'AU', 'Queensland', -22.5, 144.4],
    ['Tamil Nadu', 'IN', 'Tamil Nadu', 11.0, 78.4],
    ['Sichuan', 'CN', 'Sichuan', 30.6, 102.7],
    ['Bavaria', 'DE', 'Bavaria', 48.9, 11.4],
    ['Hatay', 'TR', 'Hatay', 36.2, 36.16],
    ['Tipperary', 'IE', 'County Tipperary', 52.7, -7.9],
  ];
  for (const [name, cc, display, lat, lon] of cases) {
    const r = gazetteer.candidates(name).find((p) => p.featureCode === 'ADM1');
    assert.ok(r, name);
    assert.equal(r.countryCode, cc, name);
    assert.equal(r.name, display, name);
    assert.ok(distanceKm(r.latitude, r.longitude, lat, lon) < 25, `${name} at ${r.latitude},${r.longitude}`);
  }
  assert.equal(gazetteer.candidates('Munich')[0].admin1, 'Bavaria');
  assert.equal(gazetteer.candidates('Chengdu')[0].admin1, 'Sichuan');
  // Ireland's GeoNames code is the province: a town carries it, not one county's name
  assert.equal(gazetteer.candidates('Cork')[0].admin1, 'Munster');
});

test('demonyms of first-level regions stand for the region, never for a country, any case', () => {
  const cases: [string, string, string][] = [
    ['English', 'GB', 'England'],
    ['scottish', 'GB', 'Scotland'],
    ['Scots', 'GB', 'Scotland'],
    ['Welsh', 'GB', 'Wales'],
    ['Northern Irish', 'GB', 'Northern Ireland'],
    ['Québécois', 'CA', 'Quebec'],
    ['Quebecer', 'CA', 'Quebec'],
    ['TEXAN', 'US', 'Texas'],
    ['Catalan', 'ES', 'Catalonia'],
    ['Chechen', 'RU', 'Chechnya'],
  ];
  for (const [word, cc, name] of cases) {
    const r = gazetteer.demonymRegion?.(word);
    assert.equal(r?.name, name, word);
    assert.equal(r.countryCode, cc, word);
    assert.equal(r.featureCode, 'ADM1', word);
    assert.equal(gazetteer.demonymCountry?.(word), null, `${word} is no country's`);
  }
  // the continents' share the map
  assert.equal(gazetteer.demonymRegion?.('European')?.name, 'Europe');
  // no region takes a word a country already has
  for (const e of loadAdmin1Regions()) for (const d of e.demonyms ?? []) assert.equal(gazetteer.demonymCountry?.(d), null, `${e.name}: ${d}`);
  assert.equal(gazetteer.demonymCountry?.('British'), 'GB');
  assert.equal(gazetteer.demonymRegion?.('British'), null);
  // a people of four countries names no region of one of them, only the cross-border region (geo-regions.jsonl), of no country
  const kurdish = gazetteer.demonymRegion?.('Kurdish');
  assert.equal(kurdish?.featureCode, 'RGN', 'Kurdish');
  assert.equal(kurdish?.countryCode, '', 'Kurdish is of no one country');
});

test('provincial and state abbreviations news uses find their region', () => {
  const cases: [string, string, string][] = [
    ['B.C.', 'CA', 'British Columbia'],
    ['BC', 'CA', 'British Columbia'],
    ['Ont.', 'CA', 'Ontario'],
    ['Que.', 'CA', 'Quebec'],
    ['Alta.', 'CA', 'Alberta'],
    ['Sask.', 'CA', 'Saskatchewan'],
    ['N.S.', 'CA', 'Nova Scotia'],
    ['N.B.', 'CA', 'New Brunswick'],
    ['NSW', 'AU', 'New South Wales'],
    ['Qld', 'AU', 'Queensland'],
  ];
  for (const [abbr, cc, name] of cases) {
    // "Que." shares its key with a Chinese city of a million; the province is the first region
    const r = gazetteer.candidates(abbr).find((p) => p.featureCode === 'ADM1');
    assert.equal(r?.name, name, abbr);
    assert.equal(r.countryCode, cc, abbr);
  }
  // words that would fire in ordinary text are not abbreviations here
  for (const w of ['Man.', 'Vic.']) assert.ok(!gazetteer.candidates(w).some((p) => p.featureCode === 'ADM1' && (p.countryCode === 'CA' || p.countryCode === 'AU')), w);
});

test('place aliases: spellings GeoNames lacks find the town in its country', () => {
  const cases: [string, string, string, number, number][] = [
    ['Quamishli', 'SY', 'Al Qāmishlī', 37.05, 41.23],
    ['Qamishlo', 'SY', 'Al Qāmishlī', 37.05, 41.23],
    ['Tuz Khurma', 'IQ', 'Ţūz Khūrmātū', 34.89, 44.63],
    ['Thiban', 'SY', 'Dhībān', 35.01, 40.51],
    ['Becharre', 'LB', 'Bcharré', 34.25, 36.01],
    ['Serekaniye', 'SY', 'Ra’s al ‘Ayn', 36.85, 40.07],
    ['Shirqat', 'IQ', 'Ash Sharqāt', 35.51, 43.23],
  ];
  for (const [spelling, cc, name, lat, lon] of cases) {
    const hit = gazetteer.candidates(spelling).find((p) => p.countryCode === cc);
    assert.equal(hit?.name, name, spelling);
    assert.ok(distanceKm(hit.latitude, hit.longitude, lat, lon) < 15, `${spelling} at ${hit.latitude},${hit.longitude}`);
    assert.ok(hit.geonameid !== null, 'the GeoNames row itself, not a copy');
  }
  // an alias adds a spelling, it does not move a town: the target's own names still find it first
  assert.equal(gazetteer.candidates('Al Qamishli')[0].name, 'Al Qāmishlī');
});

/** A gazetteer over a two-town cities file and the repository's lexicons, with the given place aliases. */
function smallGazetteer(aliasLines: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'));
  for (const f of ['geo-admin1.jsonl', 'landmarks.jsonl', 'geo-country-points.jsonl', 'geo-regions.jsonl', 'geo-physical.jsonl']) copyFileSync(join(LEXICON_DIR, f), join(dir, f));
  writeFileSync(join(dir, 'geo-aliases.jsonl'), ['// test', '{"kind":"country","iso2":"SY","names":["Syria"]}', ...aliasLines].join('\n') + '\n');
  const row = (id: number, name: string, ascii: string, lat: number, lon: number, pop: number) =>
    [id, name, ascii, '', lat, lon, 'P', 'PPLA2', 'SY', '', '01', '', '', '', pop, '', '', 'Asia/Damascus', '2020-01-01'].join('\t');
  const cities = join(dir, 'cities.txt');
  writeFileSync(cities, [row(1, 'Al Qāmishlī', 'Al Qamishli', 37.05, 41.23, 1000), row(2, 'Manbij', 'Manbij', 36.53, 37.95, 1000)].join('\n') + '\n');
  return () => loadGeonamesGazetteer({ citiesFile: cities, lexiconDir: dir });
}

test('a place alias whose target names no town in its country stops the load at its line', () => {
  const ok = smallGazetteer(['{"kind":"place","iso2":"SY","target":"Al Qamishli","names":["Quamishli"]}'])();
  assert.equal(ok.candidates('Quamishli')[0]?.name, 'Al Qāmishlī');
  // right name, wrong country; then a typo
  for (const bad of ['{"kind":"place","iso2":"IQ","target":"Al Qamishli","names":["Quamishli"]}', '{"kind":"place","iso2":"SY","target":"Al Qamishlo","names":["Quamishli"]}']) {
    const load = smallGazetteer(['', '// a comment line still counts', bad]);
    assert.throws(load, (e: unknown) => e instanceof SitrepError && e.code === 'E_LEXICON' && e.location.line === 5 && /Al Qamishl/.test(e.message));
  }
});

test('landmarks news names: seats of power, airports, straits and areas', () => {
  const cases: [string, string, string, number, number][] = [
    ['White House', 'US', 'White House', 38.9, -77.04],
    ['the Capitol', 'US', 'United States Capitol', 38.89, -77.01],
    ['Capitol Hill', 'US', 'United States Capitol', 38.89, -77.01],
    ['Pentagon', 'US', 'The Pentagon', 38.87, -77.06],
    ['Kremlin', 'RU', 'Moscow Kremlin', 55.75, 37.62],
    ['Downing Street', 'GB', '10 Downing Street', 51.5, -0.13],
    ['Elysee', 'FR', 'Élysée Palace', 48.87, 2.32],
    ['Heathrow', 'GB', 'Heathrow Airport', 51.47, -0.45],
    ['JFK airport', 'US', 'John F. Kennedy International Airport', 40.64, -73.78],
    ['Ghouta', 'SY', 'Eastern Ghouta', 33.53, 36.43],
    ['Sinai', 'EG', 'Sinai Peninsula', 29.5, 33.8],
    ['Strait of Hormuz', 'IR', 'Strait of Hormuz', 26.57, 56.25],
    ['Bab al-Mandab', 'YE', 'Bab el-Mandeb', 12.58, 43.33],
    ['Suez Canal', 'EG', 'Suez Canal', 30.6, 32.33],
  ];
  for (const [name, cc, display, lat, lon] of cases) {
    const top = gazetteer.candidates(name)[0];
    assert.equal(top?.name, display, name);
    assert.equal(top.countryCode, cc, name);
    assert.ok(distanceKm(top.latitude, top.longitude, lat, lon) < 10, name);
  }
  // bare words that open other names find no landmark ("Capitol" does: bare, it was read as Capitola, California, and a
  // name it opens, "Capitol Records", is an organisation's, which the places stage keeps from being an event's place)
  assert.equal(gazetteer.candidates('Capitol')[0]?.name, 'United States Capitol');
  for (const w of ['JFK', 'Number']) assert.ok(!gazetteer.candidates(w).some((p) => p.geonameid === null && p.countryCode === 'US' && p.featureCode !== 'ADM1' && p.featureCode !== 'ADM2'), w);
  // Eastern Ghouta is the area, no longer one more name of its governorate
  assert.ok(!gazetteer.candidates('Eastern Ghouta').some((p) => p.featureCode === 'ADM1'));
});

test('counties of England are regions of their own and England keeps naming English towns', () => {
  const cases: [string, number, number][] = [
    ['Kent', 51.2, 0.7],
    ['West Yorkshire', 53.75, -1.7],
    ['Greater Manchester', 53.5, -2.3],
    ['County Durham', 54.7, -1.8],
    ['Northants', 52.3, -0.85],
  ];
  for (const [name, lat, lon] of cases) {
    const r = gazetteer.candidates(name).find((p) => p.featureCode === 'ADM1' && p.countryCode === 'GB');
    assert.ok(r, name);
    assert.ok(distanceKm(r.latitude, r.longitude, lat, lon) < 10, name);
  }
  for (const town of ['Maidstone', 'Norwich', 'Durham', 'Leeds']) assert.equal(gazetteer.candidates(town).find((p) => p.countryCode === 'GB')?.admin1, 'England', town);
  // the US towns of the same names are still there for the resolver to weigh
  assert.ok(gazetteer.candidates('Norfolk').some((p) => p.countryCode === 'US' && p.admin1 === 'Virginia'));
  assert.ok(gazetteer.candidates('Kent').some((p) => p.countryCode === 'US' && p.admin1 === 'Ohio'));
  // bare "Durham" is the cities', not the county's
  assert.ok(!gazetteer.candidates('Durham').some((p) => p.featureCode === 'ADM1'));
});

test('no copyleft package among the dependencies (Sitrep is MIT)', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
  for (const name of Object.keys(pkg.dependencies)) {
    const dep = JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { license?: string; licenses?: { type?: string }[] };
    const licence = [dep.license ?? '', ...(dep.licenses ?? []).map((l) => l.type ?? '')].join(' ');
    assert.doesNotMatch(licence, /GPL/i, `${name} is ${licence}`);
  }
});

test('unknown names give no candidates', () => {
  assert.deepEqual(gazetteer.candidates('Qwxzvbnm'), []);
});

test('load cost stays within budget', () => {
  const { unresolvedRegions, ...figures } = gazetteer.stats;
  console.log(`gazetteer: ${JSON.stringify(figures)}, ${unresolvedRegions.length} package regions without a seat, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
  assert.ok(gazetteer.stats.rows > 150_000);
  assert.ok(gazetteer.stats.loadMs < 15_000);
});
