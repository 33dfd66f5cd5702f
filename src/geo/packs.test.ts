import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { SitrepError } from '../errors.ts';
import { LEXICON_DIR } from '../lexicons/load.ts';
import { haveShared, sharedPath } from '../../test/helpers/shared.ts';
import { makeZip } from '../../test/helpers/zip.ts';
import { loadDefaultGazetteer } from './default-gazetteer.ts';
import { loadGeonamesGazetteer } from './gazetteer-geonames.ts';
import { addPacks, listPacks, removePacks } from './packs.ts';

const row = (id: number, name: string, cc = 'SY', lat = 35.2, lon = 36.5) => [id, name, name, '', lat, lon, 'P', 'PPL', cc, '', '10', '', '', '', 0, '', 300, 'Asia/Damascus', '2024-01-01'].join('\t');
/** Invented villages, in GeoNames' layout. */
const SY_ROWS = [row(99200001, 'Tall Faridun'), row(99200002, 'Khirbat Sawsan')].join('\n') + '\n';
const IQ_ROWS = row(99200003, 'Qaryat Nakhil', 'IQ', 33.1, 44.2) + '\n';

const tmp = () => mkdtempSync(join(tmpdir(), 'sitrep-packs-'));
const gazError = (re: RegExp) => (e: unknown) => e instanceof SitrepError && e.code === 'E_GAZETTEER' && re.test(e.message);

/** A two-town cities file and a fresh index folder, so that these tests never index cities500. */
function smallGazetteer(dir: string, extraFiles: string[]) {
  const cities = join(dir, 'cities.txt');
  writeFileSync(cities, row(1, 'Idlib', 'SY', 35.93, 36.63) + '\n');
  // the repository's aliases name towns that this cities file lacks
  const lexiconDir = join(dir, 'lexicons');
  mkdirSync(lexiconDir);
  for (const f of readdirSync(LEXICON_DIR)) if (f.startsWith('geo-') || f === 'landmarks.jsonl') copyFileSync(join(LEXICON_DIR, f), join(lexiconDir, f));
  writeFileSync(join(lexiconDir, 'geo-aliases.jsonl'), '{"kind":"country","iso2":"SY","names":["Syria"]}\n');
  return loadGeonamesGazetteer({ citiesFile: cities, lexiconDir, extraFiles, indexDir: join(dir, 'index') });
}

// a stand-in for GeoNames' export server, which tests cannot reach
let server: Server;
let base = '';
const served = new Map<string, Buffer>();
before(async () => {
  served.set('/dump/SY.zip', makeZip([{ name: 'SY.txt', data: SY_ROWS }, { name: 'readme.txt', data: 'invented' }]));
  served.set('/dump/IQ.zip', makeZip([{ name: 'IQ.txt', data: IQ_ROWS }]));
  served.set('/dump/XX.zip', makeZip([{ name: 'XX.txt', data: 'a\tb\tc\n' }]));
  served.set('/dump/EG.zip', makeZip([{ name: 'EG.txt', data: '' }]));
  served.set('/dump/LB.zip', makeZip([{ name: 'LB.txt', data: SY_ROWS, badCrc: true }]));
  server = createServer((req, res) => {
    const body = served.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dump`;
});
after(() => server.close());

test('add fetches CC.zip from the mirror, verifies and installs it; list and remove', async () => {
  const dir = tmp();
  const packsDir = join(dir, 'packs');
  const added = await addPacks(['SY', 'iq'], { packsDir, cacheDir: join(dir, 'cache'), mirror: base });
  assert.deepEqual(added.map((p) => [p.cc, p.rows]), [['IQ', 1], ['SY', 2]]);
  const listed = listPacks(packsDir);
  assert.deepEqual(listed.map((p) => p.cc), ['IQ', 'SY']);
  assert.equal(listed[1].sources[0], `${base}/SY.zip`);
  assert.ok(Date.now() - Date.parse(listed[1].added) < 60_000);
  const gaz = smallGazetteer(dir, listed.map((p) => p.file));
  assert.equal(gaz.candidates('Khirbat Sawsan')[0]?.geonameid, 99200002);
  assert.equal(gaz.candidates('Qaryat Nakhil')[0]?.countryCode, 'IQ');
  assert.deepEqual(removePacks(['sy', 'YE'], packsDir), ['SY']);
  assert.deepEqual(listPacks(packsDir).map((p) => p.cc), ['IQ']);
  assert.throws(() => removePacks(['Syria'], packsDir), gazError(/two-letter/));
});

test('add refuses a dump of the wrong shape, an empty one, a damaged ZIP and a missing one, and installs nothing', async () => {
  const dir = tmp();
  const packsDir = join(dir, 'packs');
  const opts = { packsDir, cacheDir: join(dir, 'cache'), mirror: base };
  await assert.rejects(addPacks(['XX'], opts), gazError(/3 columns, a GeoNames dump has 19/));
  await assert.rejects(addPacks(['EG'], opts), gazError(/no rows/));
  await assert.rejects(addPacks(['LB'], opts), gazError(/damaged/));
  await assert.rejects(addPacks(['YE'], opts), gazError(/HTTP 404/));
  assert.deepEqual(listPacks(packsDir), []);
});

test('a folder adds one pack per country file, with the district sidecar beside it; one country from two sources is one pack', async () => {
  const dir = tmp();
  mkdirSync(join(dir, 'wof-geonames'));
  mkdirSync(join(dir, 'wof-other'));
  mkdirSync(join(dir, 'wof-hierarchy'));
  writeFileSync(join(dir, 'wof-geonames', 'SY.txt'), SY_ROWS);
  writeFileSync(join(dir, 'wof-geonames', 'IQ.txt'), IQ_ROWS);
  writeFileSync(join(dir, 'wof-other', 'SY.txt'), row(1108000001, 'Wadi Sawsan') + '\n');
  writeFileSync(join(dir, 'wof-hierarchy', 'SY.tsv'), 'wof_id\tgeonameid\twof_placetype\tmz_is_current\twof_region\twof_county\twof_localadmin\twof_parent_locality\n1\t99200002\tlocality\t-1\tIdlib\tHarim\t\t\n');
  const packsDir = join(dir, 'packs');
  await addPacks([join(dir, 'wof-geonames'), join(dir, 'wof-other', 'SY.txt')], { packsDir, cacheDir: join(dir, 'cache') });
  const [iq, sy] = listPacks(packsDir);
  assert.equal(iq.hierarchy, null);
  assert.equal(sy.rows, 3);
  assert.ok(sy.hierarchy && readFileSync(sy.hierarchy, 'utf8').includes('Harim'));
  const gaz = smallGazetteer(dir, [sy.file]);
  assert.equal(gaz.candidates('Wadi Sawsan')[0]?.geonameid, 1108000001);
});

test('--gazetteer and SITREP_GEONAMES take a folder of dumps', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'SY.txt'), SY_ROWS);
  writeFileSync(join(dir, 'readme.txt'), 'not a dump');
  const saved = process.env.SITREP_CACHE_DIR;
  process.env.SITREP_CACHE_DIR = join(dir, 'cache');
  try {
    const gaz = loadDefaultGazetteer({ dumpFiles: [dir] });
    assert.equal(gaz.stats.dumpRows, 2);
    assert.equal(gaz.candidates('Tall Faridun')[0]?.geonameid, 99200001);
  } finally {
    if (saved === undefined) delete process.env.SITREP_CACHE_DIR;
    else process.env.SITREP_CACHE_DIR = saved;
  }
  assert.throws(() => loadDefaultGazetteer({ dumpFiles: [join(dir, 'cache', 'geonames', 'index')], packs: false }), gazError(/holds no .txt or .zip/));
});

test('the shared village files install as packs (stand-ins for GeoNames downloads)', async (t) => {
  const sy = sharedPath('data', 'gazetteers', 'wof-geonames', 'SY.txt');
  if (!haveShared(t, sy)) return;
  const dir = tmp();
  const [pack] = await addPacks([sy], { packsDir: join(dir, 'packs'), cacheDir: join(dir, 'cache') });
  assert.equal(pack.cc, 'SY');
  assert.equal(pack.rows, 10_502);
  assert.ok(pack.hierarchy, 'wof-hierarchy/SY.tsv came along');
  assert.ok(existsSync(pack.file));
});
