import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SitrepError } from '../errors.ts';
import { loadDefaultGazetteer } from './default-gazetteer.ts';
import { loadGeonamesGazetteer } from './gazetteer-geonames.ts';

const row = (cols: (string | number)[]) => cols.join('\t');
/** Two invented rows in GeoNames' 19-column format: a village cities500 cannot hold and a district. */
const DUMP = [
  row([99000001, 'Qaryat Zumurrud', 'Qaryat Zumurrud', 'Zumurrud,Zmurrud', 35.1, 38.2, 'P', 'PPL', 'SY', '', '13', '', '', '', 120, '', 300, 'Asia/Damascus', '2024-01-01']),
  row([99000002, 'Wadi Zumurrud District', 'Wadi Zumurrud District', '', 35.0, 38.0, 'A', 'ADM2', 'SY', '', '13', '', '', '', 0, '', 300, 'Asia/Damascus', '2024-01-01']),
  row([99000003, 'Jabal Zumurrud', 'Jabal Zumurrud', '', 35.2, 38.1, 'T', 'MT', 'SY', '', '13', '', '', '', 0, '', 900, 'Asia/Damascus', '2024-01-01']),
].join('\r\n');

function dumpFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sitrep-dump-')), 'SY.txt');
  writeFileSync(file, text);
  return file;
}

test('a GeoNames dump merges its villages and districts into the index', () => {
  const file = dumpFile(DUMP);
  const base = loadGeonamesGazetteer();
  assert.equal(base.candidates('Qaryat Zumurrud').length, 0);
  const gaz = loadGeonamesGazetteer({ extraFiles: [file] });
  assert.equal(gaz.stats.dumpRows, 2);
  const v = gaz.candidates('Qaryat Zumurrud')[0];
  assert.equal(v?.geonameid, 99000001);
  assert.equal(v?.countryCode, 'SY');
  assert.equal(gaz.candidates('Zmurrud')[0]?.geonameid, 99000001);
  assert.equal(gaz.candidates('Wadi Zumurrud District')[0]?.featureCode, 'ADM2');
  // only populated places and divisions: a mountain is not a place of events
  assert.equal(gaz.candidates('Jabal Zumurrud').length, 0);
  console.log(`gazetteer load ${gaz.stats.loadMs.toFixed(0)} ms, ${gaz.stats.rows} rows, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
});

test('SITREP_GEONAMES names the dump when no file is given', () => {
  const file = dumpFile(DUMP);
  const saved = process.env.SITREP_GEONAMES;
  process.env.SITREP_GEONAMES = file;
  try {
    assert.equal(loadDefaultGazetteer().candidates('Qaryat Zumurrud')[0]?.geonameid, 99000001);
  } finally {
    if (saved === undefined) delete process.env.SITREP_GEONAMES;
    else process.env.SITREP_GEONAMES = saved;
  }
});

test('a malformed or missing dump fails with E_GAZETTEER and the line', () => {
  assert.throws(() => loadGeonamesGazetteer({ extraFiles: [dumpFile('1\tonly\tthree')] }), (e: unknown) => e instanceof SitrepError && e.code === 'E_GAZETTEER' && /columns/.test(e.message));
  assert.throws(() => loadGeonamesGazetteer({ extraFiles: ['/nonexistent/allCountries.txt'] }), (e: unknown) => e instanceof SitrepError && e.code === 'E_GAZETTEER');
});
