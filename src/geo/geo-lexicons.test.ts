import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { LEXICON_DIR } from '../lexicons/load.ts';
import { distanceKm } from './gazetteer.ts';
import { loadAdmin1Regions, loadCountryPoints, loadGeoAliases, loadGeoCues, loadGeoRegions, loadLandmarks, loadLocaleCues, loadPersonCues, loadPhysicalFeatures } from './geo-lexicons.ts';
import { localeEvidence, townCues } from '../stages/places/detect.ts';
import { normalizeName } from './normalize-name.ts';

const landmarks = loadLandmarks();
const countries = createRequire(import.meta.url)('world-countries/countries.json') as { cca2: string; latlng: number[]; area: number }[];

const REQUIRED = [
  ...['al-tanf', 'hamdan-air-base', 'badia', 'qalamoun', 'rukban', 'bir-qassab', 'al-waleed-crossing', 'jarablus', 'tabqa-dam', 'kuweires', 'shayrat', 'hmeimim', 'ain-al-asad', 'incirlik', 'golan-heights', 'sinjar-mountain'],
  ...['white-house', 'us-capitol', 'pentagon', 'kremlin', 'downing-street', 'elysee-palace', 'heathrow', 'gatwick', 'jfk-airport', 'wall-street', 'eastern-ghouta'],
  ...['gaza-strip', 'west-bank', 'sinai-peninsula', 'strait-of-hormuz', 'bab-el-mandeb', 'suez-canal'],
];

test('the landmark lexicon has every required landmark, once', () => {
  const ids = landmarks.map((l) => l.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
  for (const id of REQUIRED) assert.ok(ids.includes(id), `missing ${id}`);
});

/** Countries strung out over islands, whose centroid says little of where their far ends lie. */
const ARCHIPELAGOS: ReadonlySet<string> = new Set(['ID', 'PH']);

test('every landmark states its source and lies near its country', () => {
  for (const l of landmarks) {
    assert.match(l.source, /\S{3,}/, l.id);
    const c = countries.find((x) => x.cca2 === l.countryCode);
    assert.ok(c, `${l.id}: unknown country ${l.countryCode}`);
    // country centroids are rough; 1200 km, or a large country's breadth (Washington to the middle of the US), keeps a swapped lat/lon or a wrong sign out
    const d = distanceKm(l.latitude, l.longitude, c.latlng[0], c.latlng[1]);
    // an archipelago's centroid lies far from its ends (Indonesia spans 5,000 km: Papua's Tembagapura is 1,900 km out)
    const spread = ARCHIPELAGOS.has(l.countryCode) ? 2600 : 0;
    assert.ok(d < Math.max(1200, Math.sqrt(c.area), spread), `${l.id} is ${Math.round(d)} km from the centre of ${l.countryCode}`);
  }
});

test('known coordinates (sanity against swapped or mistyped values)', () => {
  const at = (id: string) => landmarks.find((l) => l.id === id)!;
  const cases: [string, number, number, number][] = [
    ['al-tanf', 33.5, 38.6, 20],
    ['hmeimim', 35.4, 35.95, 10],
    ['incirlik', 37.0, 35.43, 10],
    ['ain-al-asad', 33.8, 42.44, 15],
    ['hamdan-air-base', 34.45, 40.92, 15],
    ['white-house', 38.9, -77.04, 2],
    ['kremlin', 55.75, 37.62, 2],
    ['heathrow', 51.47, -0.45, 3],
    ['jfk-airport', 40.64, -73.78, 3],
    ['suez-canal', 30.6, 32.3, 10],
  ];
  for (const [id, lat, lon, km] of cases) assert.ok(distanceKm(at(id).latitude, at(id).longitude, lat, lon) < km, id);
});

test('landmark variants keep distinct, non-empty keys across landmarks', () => {
  const owner = new Map<string, string>();
  for (const l of landmarks) {
    for (const v of [l.name, ...l.variants]) {
      const k = normalizeName(v);
      assert.ok(k.length >= 2, `${l.id}: "${v}" normalises to "${k}"`);
      const prev = owner.get(k);
      assert.ok(!prev || prev === l.id, `"${v}" of ${l.id} collides with ${prev}`);
      owner.set(k, l.id);
    }
  }
});

test('a malformed landmark line is reported with its line number', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-geo-'));
  writeFileSync(join(dir, 'landmarks.jsonl'), '// test\n{"id":"x","name":"X base","variants":["X base"],"latitude":95,"longitude":1,"featureCode":"AIRB","countryCode":"SY","admin1":"Homs","precision":1,"source":"made up"}\n');
  assert.throws(() => loadLandmarks(dir), (e: Error & { location?: { line?: number } }) => e.location?.line === 2 && /latitude/.test(e.message));
});

test('geo cues and aliases load and hold what the detector relies on', () => {
  const cues = loadGeoCues();
  for (const w of ['Army', 'Forces', 'State']) assert.ok(cues.org.has(w), w);
  assert.ok(cues.stop.has('Monday'));
  assert.ok(cues.feature.indexOf('refugee camp') < cues.feature.indexOf('camp'), 'longest feature words first');
  assert.ok(cues.admin.has('province') && cues.admin.has('governorate'));
  const aliases = loadGeoAliases();
  assert.ok(aliases.some((a) => a.kind === 'country' && a.iso2 === 'TR' && a.names.includes('Turkey')));
});

test('the admin-1 lexicon covers the conflict countries, each region once', () => {
  const regions = loadAdmin1Regions();
  const ids = regions.map((r) => `${r.iso2}|${r.name}`);
  assert.equal(new Set(ids).size, ids.length, 'duplicate region');
  const countries = new Set(regions.map((r) => r.iso2));
  for (const cc of ['SY', 'IQ', 'YE', 'TR', 'IL', 'PS', 'LB', 'JO', 'IR', 'EG', 'SA', 'AF', 'PK', 'SO', 'NG', 'SD', 'CD', 'UA', 'MM', 'ET', 'BF']) assert.ok(countries.has(cc), `no regions for ${cc}`);
  assert.equal(regions.filter((r) => r.iso2 === 'SY' && r.region !== false).length, 14, 'Syria has 14 governorates');
  assert.equal(regions.filter((r) => r.iso2 === 'YE' && r.region !== false).length, 22, 'Yemen has 22 governorates');
});

test('admin-1 demonyms: region rows only, each once, and none a country\'s or an abstract region\'s', () => {
  const countryDemonyms = new Set(
    (createRequire(import.meta.url)('world-countries/countries.json') as { demonyms?: Record<string, { f: string; m: string }> }[]).flatMap((c) => (c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [])).map((d) => d.toLowerCase()),
  );
  const regionDemonyms = new Set(loadGeoRegions().flatMap((r) => r.demonyms.map((d) => d.toLowerCase())));
  const owner = new Map<string, string>();
  const rows = loadAdmin1Regions().filter((r) => r.demonyms?.length);
  assert.ok(rows.length >= 14, 'the listed regions carry demonyms');
  for (const r of rows) {
    assert.notEqual(r.region, false, `${r.name}: a label row adds no region to stand for`);
    for (const d of r.demonyms!) {
      const k = d.toLowerCase();
      assert.ok(!countryDemonyms.has(k), `${r.name}: "${d}" is a country's demonym`);
      assert.ok(!regionDemonyms.has(k), `${r.name}: "${d}" is an abstract region's demonym`);
      assert.ok(!owner.has(k), `${r.name}: "${d}" is also ${owner.get(k)}'s`);
      owner.set(k, r.name);
    }
  }
  for (const d of ['Kurdish', 'Punjabi', 'Tatar', 'Basque']) assert.ok(!owner.has(d.toLowerCase()), `${d} spans several countries`);
});

test('England\'s counties come after England, so that England names the code they share', () => {
  const rows = loadAdmin1Regions();
  const england = rows.findIndex((r) => r.iso2 === 'GB' && r.name === 'England');
  for (const name of ['Kent', 'Essex', 'Surrey', 'East Sussex', 'West Sussex', 'Yorkshire', 'Merseyside', 'Greater Manchester', 'West Midlands', 'Tyne and Wear', 'County Durham']) {
    const i = rows.findIndex((r) => r.iso2 === 'GB' && r.name === name);
    assert.ok(i > england, name);
  }
  // a bare name better known as a US city is no variant
  assert.ok(!rows.some((r) => r.iso2 === 'GB' && (r.name === 'Durham' || r.variants.includes('Durham'))));
});

test('place aliases load with the line each is written on', () => {
  const aliases = loadGeoAliases();
  const places = aliases.filter((a) => a.kind === 'place');
  assert.ok(places.length >= 10);
  const qamishli = places.find((a) => a.names.includes('Quamishli'));
  assert.equal(qamishli?.iso2, 'SY');
  const text = readFileSync(join(LEXICON_DIR, 'geo-aliases.jsonl'), 'utf8').split('\n');
  for (const a of aliases) assert.ok(text[a.line - 1].includes(JSON.stringify(a.iso2)), `line ${a.line}`);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-geo-'));
  writeFileSync(join(dir, 'geo-aliases.jsonl'), '// test\n\n{"kind":"place","iso2":"SY","target":"Al Qamishli","names":["Quamishli"]}\n{"kind":"place","iso2":"SY","names":["Thiban"]}\n');
  assert.throws(() => loadGeoAliases(dir), (e: Error & { location?: { line?: number } }) => e.location?.line === 4 && /target/.test(e.message));
  writeFileSync(join(dir, 'geo-aliases.jsonl'), '// test\n\n{"kind":"place","iso2":"SY","target":"Al Qamishli","names":["Quamishli"]}\n');
  assert.equal(loadGeoAliases(dir)[0].line, 3);
});

test('a malformed admin-1 line is reported with its line number', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-geo-'));
  writeFileSync(join(dir, 'geo-admin1.jsonl'), '// test\n{"iso2":"SY","name":"Aleppo","seat":"Aleppo","variants":[]}\n{"iso2":"Syria","name":"Idlib","seat":"Idlib","variants":[]}\n');
  assert.throws(() => loadAdmin1Regions(dir), (e: Error & { location?: { line?: number } }) => e.location?.line === 3 && /iso2|alpha-2/.test(e.message));
});

test('country points state a source and stay inside their country (within 1500 km of its centroid)', () => {
  const points = loadCountryPoints();
  assert.ok(points.some((p) => p.iso2 === 'US'), 'the US point is there');
  assert.equal(new Set(points.map((p) => p.iso2)).size, points.length, 'one point per country');
  for (const p of points) {
    assert.match(p.source, /general knowledge|Wikipedia|survey/i, p.iso2);
    const c = countries.find((x) => x.cca2 === p.iso2);
    assert.ok(c, `unknown country ${p.iso2}`);
    assert.ok(distanceKm(p.latitude, p.longitude, c.latlng[0], c.latlng[1]) < 1500, `${p.iso2} point is far from its country`);
  }
});

test('natural features load with ids and names of their own beside the regions, of no country, each a river, island, range or mountain', () => {
  const regions = loadGeoRegions();
  const natural = loadPhysicalFeatures();
  assert.ok(natural.length > 50);
  const owner = new Map<string, string>();
  for (const r of [...regions, ...natural]) {
    assert.ok(!owner.has(`id:${r.id}`), `duplicate id ${r.id}`);
    owner.set(`id:${r.id}`, r.id);
    for (const v of [r.name, ...r.variants, ...r.demonyms]) {
      const k = normalizeName(v);
      const prev = owner.get(k);
      assert.ok(!prev || prev === r.id, `"${v}" of ${r.id} collides with ${prev}`);
      owner.set(k, r.id);
    }
  }
  for (const r of natural) {
    assert.equal(r.countryCode, undefined, r.id);
    assert.ok(['STM', 'ISL', 'ISLS', 'MTS', 'MT', 'RGN'].includes(r.featureCode), r.id);
  }
});

test('abstract regions load with distinct ids and names, and a country only when inside one', () => {
  const regions = loadGeoRegions();
  const ids = regions.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
  for (const id of ['europe', 'africa', 'asia', 'middle-east', 'sahel', 'persian-gulf']) assert.ok(ids.includes(id), `missing ${id}`);
  const owner = new Map<string, string>();
  for (const r of regions) {
    for (const v of [r.name, ...r.variants, ...r.demonyms]) {
      const k = normalizeName(v);
      const prev = owner.get(k);
      assert.ok(!prev || prev === r.id, `"${v}" of ${r.id} collides with ${prev}`);
      owner.set(k, r.id);
    }
  }
  const darfur = regions.find((r) => r.id === 'darfur')!;
  assert.equal(darfur.countryCode, 'SD');
  assert.equal(regions.find((r) => r.id === 'europe')!.countryCode, undefined);
});

test('a region line with an unknown feature code is reported with its line number', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-geo-'));
  writeFileSync(join(dir, 'geo-regions.jsonl'), '// test\n{"id":"x","name":"Xland","variants":["Xland"],"demonyms":[],"latitude":1,"longitude":1,"featureCode":"PPL","source":"made up"}\n');
  assert.throws(() => loadGeoRegions(dir), (e: Error & { location?: { line?: number } }) => e.location?.line === 2 && /featureCode/.test(e.message));
});

test('person cues: given names start with a capital, titles carry no dot, nouns are lower case', () => {
  const p = loadPersonCues();
  assert.ok(p.firstNames.size >= 150, `only ${p.firstNames.size} first names`);
  for (const w of p.firstNames) assert.match(w, /^\p{Lu}\p{Ll}+$/u, w);
  for (const w of p.titles) assert.match(w, /^\p{Lu}[\p{L}]*$/u, w);
  for (const w of p.personNouns) assert.match(w, /^\p{Ll}+$/u, w);
  for (const w of ['Tom', 'Barack', 'Hillary']) assert.ok(p.firstNames.has(w), w);
  // names that are also well-known places would hide them
  for (const w of ['Jordan', 'Charlotte', 'Georgia']) assert.ok(!p.firstNames.has(w), w);
  for (const w of ['Sen', 'Gov', 'Rep', 'Officer']) assert.ok(p.titles.has(w), w);
});

test('locale cues: each phrase once, for one country, and found whole words only', () => {
  const rows = loadLocaleCues();
  const phrases = rows.map((r) => r.phrase);
  assert.equal(new Set(phrases).size, phrases.length, 'a phrase listed twice');
  for (const cc of ['US', 'GB', 'IN']) assert.ok(rows.some((r) => r.iso2 === cc), `no cues for ${cc}`);
  const evidence = localeEvidence(rows);
  const us = new Map(evidence('Councilman Reed and the Board of Supervisors met; Councilman Reed spoke twice.'));
  assert.ok(Math.abs((us.get('US') ?? 0) - 0.8) < 1e-9, 'two distinct phrases, each once');
  assert.deepEqual(evidence('The councilmanic map and the NHSX app'), [], 'parts of words are no cue');
  const capped = new Map(evidence('Councilman, Councilwoman, Board of Supervisors, Sheriff\'s Office, Medicaid, Little League, Eagle Scout, PTA'));
  assert.ok((capped.get('US') ?? 0) <= 1.2 + 1e-9, 'capped below a country named outright (2)');
});

test('municipal and resident cues read the words around a span', () => {
  const around = townCues(loadGeoCues());
  const at = (text: string, name: string) => around(text, text.indexOf(name), text.indexOf(name) + name.length);
  assert.equal(at('the Paris Police Department said', 'Paris').town, true);
  assert.equal(at('Dublin City Council met', 'Dublin City').town, true);
  assert.equal(at('the City of Athens election', 'Athens').town, true);
  assert.equal(at('Paris talks on climate', 'Paris').town, false);
  assert.equal(at('a Columbia woman was charged', 'Columbia').resident, true);
  assert.equal(at('Columbia manufacturing', 'Columbia').resident, false);
});
