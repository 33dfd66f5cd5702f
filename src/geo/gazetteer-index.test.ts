import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { LEXICON_DIR } from '../lexicons/load.ts';
import { loadGeonamesGazetteer } from './gazetteer-geonames.ts';
import { DISTRICT_MARK, openIndex } from './gazetteer-index.ts';
import { IdSet } from './gazetteer-rows.ts';
import { normalizeName } from './normalize-name.ts';

const row = (id: number, name: string, alts: string, lat: number, lon: number, fclass = 'P', fcode = 'PPL', pop = 0) =>
  [id, name, name, alts, lat, lon, fclass, fcode, 'SY', '', '13', '', '', '', pop, '', '', 'Asia/Damascus', '2020-01-01'].join('\t');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sitrep-gazidx-'));
}

/** A copy of the geo lexicons with aliases of our own, whose targets the small cities file holds. */
function lexiconCopy(aliases: string[] = []): string {
  const dir = tempDir();
  for (const f of readdirSync(LEXICON_DIR)) if (f.startsWith('geo-') || f === 'landmarks.jsonl') copyFileSync(join(LEXICON_DIR, f), join(dir, f));
  writeFileSync(join(dir, 'geo-aliases.jsonl'), ['{"kind":"country","iso2":"SY","names":["Syria"]}', ...aliases].join('\n') + '\n');
  return dir;
}

/** Two small cities files: the index build must not depend on cities500 to be tested. */
function citiesFile(dir: string): string {
  const f = join(dir, 'cities.txt');
  writeFileSync(f, [row(1, 'Al Qāmishlī', 'Qamishli', 37.05, 41.23, 'P', 'PPLA2', 1000), row(2, 'Idlib', '', 35.93, 36.63, 'P', 'PPLA', 100_000)].join('\n') + '\n');
  return f;
}

test('the index is built once for a set of inputs and then opened', () => {
  const dir = tempDir();
  const indexDir = join(dir, 'index');
  const cities = citiesFile(dir);
  const lex = lexiconCopy();
  const dump = join(dir, 'SY.txt');
  writeFileSync(dump, [row(100, 'Kafr Zeta', 'Kafr Zita', 35.37, 36.6), row(101, 'Tall Zeta', '', 35.3, 36.5)].join('\n'));
  const builds: string[] = [];
  const log = (m: string) => builds.push(m);
  const first = loadGeonamesGazetteer({ citiesFile: cities, lexiconDir: lex, extraFiles: [dump], indexDir, log });
  assert.equal(builds.filter((m) => m.startsWith('indexing')).length, 1);
  assert.equal(first.stats.dumpRows, 2);
  assert.equal(first.candidates('Kafr Zita')[0]?.geonameid, 100);
  const second = loadGeonamesGazetteer({ citiesFile: cities, lexiconDir: lex, extraFiles: [dump], indexDir, log });
  assert.equal(builds.filter((m) => m.startsWith('indexing')).length, 1, 'the second load opened the first one\'s index');
  assert.equal(second.stats.indexFile, first.stats.indexFile);
  assert.deepEqual(second.candidates('Kafr Zeta'), first.candidates('Kafr Zeta'));
  // another pack set is another index
  loadGeonamesGazetteer({ citiesFile: cities, lexiconDir: lex, indexDir, log });
  assert.equal(builds.filter((m) => m.startsWith('indexing')).length, 2);
  assert.equal(readdirSync(indexDir).filter((f) => f.endsWith('.sqlite')).length, 2);
  assert.ok(!readdirSync(indexDir).some((f) => f.endsWith('.lock') || f.endsWith('.part')));
});

test('a changed alias lexicon rebuilds the index, so that its new spelling is found', () => {
  const dir = tempDir();
  const lex = lexiconCopy();
  const cities = citiesFile(dir);
  const indexDir = join(dir, 'index');
  const before = loadGeonamesGazetteer({ citiesFile: cities, lexiconDir: lex, indexDir });
  assert.equal(before.candidates('Qamishlo').length, 0);
  writeFileSync(join(lex, 'geo-aliases.jsonl'), '{"kind":"country","iso2":"SY","names":["Syria"]}\n{"kind":"place","iso2":"SY","target":"Al Qamishli","names":["Qamishlo"]}\n');
  const after = loadGeonamesGazetteer({ citiesFile: cities, lexiconDir: lex, indexDir });
  assert.equal(after.candidates('Qamishlo')[0]?.geonameid, 1);
  assert.notEqual(after.stats.indexFile, before.stats.indexFile);
});

test('a row id seen in an earlier file is skipped, whichever file it is in; candidates rank by population and seat', () => {
  const dir = tempDir();
  const cities = citiesFile(dir);
  const a = join(dir, 'a.txt');
  const b = join(dir, 'b.txt');
  writeFileSync(a, [row(200, 'Hays', '', 13.93, 43.48, 'P', 'PPLA2'), row(201, 'Hays', '', 14.5, 44.0, 'P', 'PPL', 5000)].join('\n'));
  writeFileSync(b, [row(200, 'Hays moved', '', 0, 0), row(2_000_000_000, 'Hays', '', 15, 45)].join('\n'));
  const gaz = loadGeonamesGazetteer({ citiesFile: cities, lexiconDir: lexiconCopy(), extraFiles: [a, b], indexDir: join(dir, 'index') });
  assert.equal(gaz.stats.dumpRows, 3);
  assert.deepEqual(gaz.candidates('Hays').map((p) => p.geonameid), [201, 200, 2_000_000_000]);
  assert.equal(gaz.candidates('Hays moved').length, 0);
  assert.equal(gaz.candidates('Hays')[1], gaz.candidates('Hays')[1], 'one Place object per row');
});

test('the id set tells apart GeoNames ids and ids past the bitmap', () => {
  const s = new IdSet();
  for (const id of [0, 7, 8, 13_500_000, 2 ** 28 - 1, 2 ** 28, 1_108_562_743]) {
    assert.equal(s.has(id), false, String(id));
    s.add(id);
    assert.equal(s.has(id), true, String(id));
  }
  assert.equal(s.has(9), false);
  assert.equal(s.has(13_500_001), false);
});

test('an index folder that cannot be written falls back to the temp folder', () => {
  const dir = tempDir();
  const blocker = join(dir, 'file');
  writeFileSync(blocker, '');
  const gaz = loadGeonamesGazetteer({ citiesFile: citiesFile(dir), lexiconDir: lexiconCopy(), indexDir: join(blocker, 'index') });
  assert.ok(existsSync(gaz.stats.indexFile));
  assert.ok(gaz.stats.indexFile.startsWith(tmpdir()));
});

test('a district sidecar beside the dumps fills admin2, by GeoNames id or by WOF id', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'wof-geonames'));
  mkdirSync(join(dir, 'wof-hierarchy'));
  const dump = join(dir, 'wof-geonames', 'SY.txt');
  writeFileSync(dump, [row(300, 'Kafr Takharim', '', 36.12, 36.51), row(1_108_000_300, 'Harim Camp', '', 36.2, 36.5), row(301, 'Tall Hawa', '', 36.0, 36.6)].join('\n'));
  writeFileSync(join(dir, 'wof-hierarchy', 'SY.tsv'), [
    'wof_id\tgeonameid\twof_placetype\tmz_is_current\twof_region\twof_county\twof_localadmin\twof_parent_locality',
    '1259590879\t300\tlocality\t-1\tIdlib\tHarim\t\t',
    '1108000300\t\tlocality\t-1\tIdlib\tHarim\t\t',
    '1259590880\t301\tlocality\t-1\tIdlib\t\t\t',
  ].join('\n'));
  const gaz = loadGeonamesGazetteer({ citiesFile: citiesFile(dir), lexiconDir: lexiconCopy(), extraFiles: [dump], indexDir: join(dir, 'index') });
  assert.equal(gaz.candidates('Kafr Takharim')[0]?.admin2, 'Harim');
  assert.equal(gaz.candidates('Harim Camp')[0]?.admin2, 'Harim');
  assert.equal(gaz.candidates('Tall Hawa')[0]?.admin2, null);
});

test("a row without a region code takes the code most rows of its sidecar region carry; an empty code names no region", () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'wof-geonames'));
  mkdirSync(join(dir, 'wof-hierarchy'));
  const coded = (id: number, name: string, code: string) => row(id, name, '', 35.9, 36.6).replace('\tSY\t\t13\t', `\tSY\t\t${code}\t`);
  const dump = join(dir, 'wof-geonames', 'SY.txt');
  writeFileSync(dump, [
    coded(400, 'Kafr Awwal', '13'),
    coded(401, 'Kafr Thani', '13'),
    coded(402, 'Kafr Uncoded', ''),
    coded(403, 'Kafr Unknown', '00'),
    // a village bearing the region seat's name with no code of its own: it must not lend "Idlib" to every uncoded row
    coded(404, 'Idlib', ''),
    coded(405, 'Kafr Nowhere', ''),
  ].join('\n'));
  writeFileSync(join(dir, 'wof-hierarchy', 'SY.tsv'), [
    'wof_id\tgeonameid\twof_placetype\tmz_is_current\twof_region\twof_county\twof_localadmin\twof_parent_locality',
    '1\t400\tlocality\t-1\tIdlib\tHarim\t\t',
    '2\t401\tlocality\t-1\tIdlib\tHarim\t\t',
    '3\t402\tlocality\t-1\tIdlib\tHarim\t\t',
    '4\t403\tlocality\t-1\tIdlib\t\t\t',
  ].join('\n'));
  // cities500 spells the seat otherwise than the lexicon does, as it does Al Ghaydah's ("Al Ghayz̧ah")
  const cities = join(dir, 'cities.txt');
  writeFileSync(cities, row(2, 'Idlib City', 'Idlib', 35.93, 36.63, 'P', 'PPLA', 100_000) + '\n');
  const gaz = loadGeonamesGazetteer({ citiesFile: cities, lexiconDir: lexiconCopy(), extraFiles: [dump], indexDir: join(dir, 'index') });
  const idlibRegion = gaz.candidates('Kafr Awwal')[0]?.admin1;
  assert.equal(idlibRegion, 'Idlib', 'code 13 names Idlib, through the seat cities500 holds');
  assert.equal(gaz.candidates('Kafr Uncoded')[0]?.admin1, idlibRegion);
  assert.equal(gaz.candidates('Kafr Unknown')[0]?.admin1, idlibRegion);
  assert.equal(gaz.candidates('Kafr Nowhere')[0]?.admin1, null);
});

test('a district the sidecar names is read at its seat, unless a town of its region bears the name', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'wof-geonames'));
  mkdirSync(join(dir, 'wof-hierarchy'));
  const dump = join(dir, 'wof-geonames', 'SY.txt');
  writeFileSync(dump, [
    // Shadaa district: its seat is the PPLA2, whatever its name
    row(500, 'Al Mashaf', '', 16.89, 43.18, 'P', 'PPLA2'),
    row(501, 'Bani Hamid', '', 16.95, 43.25),
    // a district with no seat code: the most populous place
    row(510, 'Qaryat Saghirah', '', 35.1, 36.1, 'P', 'PPL', 50),
    row(511, 'Qaryat Kabirah', '', 35.2, 36.2, 'P', 'PPL', 5000),
    // Sirwah district, whose seat is a town of the district's region reached by the name
    row(520, 'Suq Sirwah', 'Sirwah', 15.45, 45.02, 'P', 'PPLA2'),
    // "Merkez" and its like name a district in every region
    row(530, 'Yenikoy', '', 36.0, 36.0),
  ].join('\n'));
  writeFileSync(join(dir, 'wof-hierarchy', 'SY.tsv'), [
    'wof_id\tgeonameid\twof_placetype\tmz_is_current\twof_region\twof_county\twof_localadmin\twof_parent_locality',
    '1\t500\tlocality\t-1\tIdlib\tShadaa\t\t',
    '2\t501\tlocality\t-1\tIdlib\tShadaa\t\t',
    '3\t510\tlocality\t-1\tIdlib\tWadi Kabir\t\t',
    '4\t511\tlocality\t-1\tIdlib\tWadi Kabir\t\t',
    '5\t520\tlocality\t-1\tIdlib\tSirwah\t\t',
    '6\t530\tlocality\t-1\tIdlib\tMerkez\t\t',
  ].join('\n'));
  const gaz = loadGeonamesGazetteer({ citiesFile: citiesFile(dir), lexiconDir: lexiconCopy(), extraFiles: [dump], indexDir: join(dir, 'index') });
  const shadaa = gaz.candidates('Shadaa');
  assert.equal(shadaa.length, 1);
  assert.deepEqual([shadaa[0].name, shadaa[0].featureCode, shadaa[0].geonameid, shadaa[0].admin2, shadaa[0].precision], ['Shadaa', 'ADM2', 500, 'Shadaa', 2]);
  assert.equal(gaz.candidates('Wadi Kabir')[0]?.geonameid, 511);
  assert.deepEqual(gaz.candidates('Sirwah').map((c) => [c.geonameid, c.featureCode]), [[520, 'PPLA2']]);
  assert.equal(gaz.candidates('Merkez').length, 0);
  // the district keys, read once, answer the district reading of every other name without a query
  const index = openIndex(gaz.stats.indexFile as string);
  assert.equal(index.rowsFor(DISTRICT_MARK + normalizeName('Shadaa')).length, 1);
  assert.equal(index.rowsFor(DISTRICT_MARK + normalizeName('Wadi Kabir')).length, 1);
  assert.deepEqual(index.rowsFor(DISTRICT_MARK + normalizeName('Bani Hamid')), []);
  assert.equal(index.rowsFor(normalizeName('Bani Hamid')).length, 1);
});
