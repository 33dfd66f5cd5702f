import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
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
