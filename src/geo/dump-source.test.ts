import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { SitrepError } from '../errors.ts';
import { REPO } from '../../test/helpers/shared.ts';
import { makeZip, type ZipInput } from '../../test/helpers/zip.ts';
import { prepareGazetteerDumps } from './dump-source.ts';

const row = (cols: (string | number)[]) => cols.join('\t');
/** Invented rows in GeoNames' 19-column format: a village and a district that no real gazetteer holds. */
const ROWS = [
  row([99100001, 'Tall Sundusiyya', 'Tall Sundusiyya', 'Sundusiyya', 35.2468, 36.5129, 'P', 'PPL', 'SY', '', '10', '', '', '', 0, '', 310, 'Asia/Damascus', '2024-01-01']),
  row([99100002, 'Wadi Sundus District', 'Wadi Sundus District', '', 35.2, 36.5, 'A', 'ADM2', 'SY', '', '10', '', '', '', 0, '', 300, 'Asia/Damascus', '2024-01-01']),
].join('\n') + '\n';
const OTHER_ROWS = row([99100003, 'Khirbat Qurmuzi', 'Khirbat Qurmuzi', '', 35.3011, 36.7042, 'P', 'PPL', 'SY', '', '10', '', '', '', 0, '', 280, 'Asia/Damascus', '2024-01-01']) + '\n';
const README = 'An invented readme, as GeoNames ships one beside each dump.\n';

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `sitrep-${prefix}-`));

function writeZip(name: string, entries: readonly ZipInput[]): string {
  const file = join(tmp('zip'), name);
  writeFileSync(file, makeZip(entries));
  return file;
}

const gazetteerError = (re: RegExp) => (e: unknown) => e instanceof SitrepError && e.code === 'E_GAZETTEER' && re.test(e.message);

// ---------------------------------------------------------------- local files

test('a local ZIP yields its dump, extracted into the cache and reused while newer than the ZIP', async () => {
  const zip = writeZip('SY.zip', [{ name: 'readme.txt', data: README }, { name: 'SY.txt', data: ROWS }]);
  const cacheDir = tmp('cache');
  const log: string[] = [];
  const [file] = await prepareGazetteerDumps([zip], { cacheDir, log: (m) => log.push(m) });
  assert.ok(file.startsWith(cacheDir), file);
  assert.equal(readFileSync(file, 'utf8'), ROWS);
  assert.match(log.join('\n'), /extracting SY\.txt/);

  log.length = 0;
  assert.deepEqual(await prepareGazetteerDumps([zip], { cacheDir, log: (m) => log.push(m) }), [file]);
  assert.match(log.join('\n'), /extracted earlier/);

  // a newer ZIP (a fresh download put in its place) is extracted again
  const later = new Date(Date.now() + 60_000);
  utimesSync(zip, later, later);
  log.length = 0;
  await prepareGazetteerDumps([zip], { cacheDir, log: (m) => log.push(m) });
  assert.match(log.join('\n'), /extracting SY\.txt/);
  assert.equal(readdirSync(cacheDir).filter((f) => f.endsWith('.part')).length, 0);
});

test('stored entries, comma-separated lists and plain .txt files', async () => {
  const zip = writeZip('SY.zip', [{ name: 'SY.txt', data: ROWS, stored: true }, { name: 'readme.txt', data: README, stored: true }]);
  const txt = join(tmp('txt'), 'extra.txt');
  writeFileSync(txt, OTHER_ROWS);
  const files = await prepareGazetteerDumps([`${zip}, ${txt}`], { cacheDir: tmp('cache') });
  assert.equal(files.length, 2);
  assert.equal(readFileSync(files[0], 'utf8'), ROWS);
  assert.equal(files[1], txt);
});

test('of several .txt entries, the one named like the ZIP is the dump', async () => {
  const zip = writeZip('SY.zip', [{ name: 'readme.txt', data: README }, { name: 'notes.txt', data: 'x\n' }, { name: 'SY.txt', data: ROWS }]);
  const [file] = await prepareGazetteerDumps([zip], { cacheDir: tmp('cache') });
  assert.equal(readFileSync(file, 'utf8'), ROWS);
  const unclear = writeZip('dumps.zip', [{ name: 'SY.txt', data: ROWS }, { name: 'IQ.txt', data: ROWS }]);
  await assert.rejects(prepareGazetteerDumps([unclear], { cacheDir: tmp('cache') }), gazetteerError(/several \.txt files \(SY\.txt, IQ\.txt\)/));
});

test('unusable ZIPs and missing files fail with E_GAZETTEER and say why', async () => {
  const cacheDir = tmp('cache');
  const noTxt = writeZip('SY.zip', [{ name: 'readme.txt', data: README }, { name: 'SY.csv', data: ROWS }]);
  await assert.rejects(prepareGazetteerDumps([noTxt], { cacheDir }), gazetteerError(/holds no GeoNames \.txt dump \(it holds readme\.txt, SY\.csv\)/));
  const encrypted = writeZip('SY.zip', [{ name: 'SY.txt', data: ROWS, flags: 1 }]);
  await assert.rejects(prepareGazetteerDumps([encrypted], { cacheDir }), gazetteerError(/encrypted/));
  const zip64 = writeZip('SY.zip', [{ name: 'SY.txt', data: ROWS, zip64: true }]);
  await assert.rejects(prepareGazetteerDumps([zip64], { cacheDir }), gazetteerError(/ZIP64/));
  const damaged = writeZip('SY.zip', [{ name: 'SY.txt', data: ROWS, badCrc: true }]);
  await assert.rejects(prepareGazetteerDumps([damaged], { cacheDir }), gazetteerError(/damaged/));
  assert.equal(readdirSync(cacheDir).length, 0, 'nothing half-written is left in the cache');
  const truncated = join(tmp('zip'), 'SY.zip');
  writeFileSync(truncated, makeZip([{ name: 'SY.txt', data: ROWS }]).subarray(0, 60));
  await assert.rejects(prepareGazetteerDumps([truncated], { cacheDir }), gazetteerError(/end-of-central-directory/));
  const notZip = join(tmp('zip'), 'SY.zip');
  writeFileSync(notZip, '<html>Not here</html>');
  await assert.rejects(prepareGazetteerDumps([notZip], { cacheDir }), gazetteerError(/is not a ZIP file/));
  await assert.rejects(prepareGazetteerDumps(['/nonexistent/allCountries.txt'], { cacheDir }), gazetteerError(/not found: \/nonexistent\/allCountries\.txt/));
});

// ---------------------------------------------------------------- downloads

let server: Server;
let base: string;
const hits = new Map<string, number>();
const served: Record<string, Buffer> = {
  '/export/dump/SY.zip': makeZip([{ name: 'SY.txt', data: ROWS }, { name: 'readme.txt', data: README }]),
  '/export/dump/extra.txt': Buffer.from(OTHER_ROWS),
};

before(async () => {
  server = createServer((req, res) => {
    hits.set(req.url!, (hits.get(req.url!) ?? 0) + 1);
    const body = served[req.url!];
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

test('a URL is downloaded once; the next run is served from the cache', async () => {
  const cacheDir = tmp('cache');
  const log: string[] = [];
  const specs = [`${base}/export/dump/SY.zip`, `${base}/export/dump/extra.txt`];
  const first = await prepareGazetteerDumps(specs, { cacheDir, log: (m) => log.push(m) });
  assert.equal(readFileSync(first[0], 'utf8'), ROWS);
  assert.equal(readFileSync(first[1], 'utf8'), OTHER_ROWS);
  assert.match(log.join('\n'), /downloading .*SY\.zip/);
  log.length = 0;
  const second = await prepareGazetteerDumps(specs, { cacheDir, log: (m) => log.push(m) });
  assert.deepEqual(second, first);
  assert.equal(hits.get('/export/dump/SY.zip'), 1);
  assert.equal(hits.get('/export/dump/extra.txt'), 1);
  assert.match(log.join('\n'), /using the cached download of .*SY\.zip/);
  assert.match(log.join('\n'), /extracted earlier/);
});

test('HTTP errors and unreachable hosts fail with the URL and the status', async () => {
  const cacheDir = tmp('cache');
  const url = `${base}/export/dump/XX.zip`;
  await assert.rejects(prepareGazetteerDumps([url], { cacheDir }), gazetteerError(new RegExp(`could not download ${url.replace(/[.]/g, '\\.')}: HTTP 404`)));
  assert.deepEqual(readdirSync(cacheDir), []);
  // a port nobody listens on: the server's own, once closed
  const gone = createServer();
  await new Promise<void>((r) => gone.listen(0, '127.0.0.1', r));
  const port = (gone.address() as AddressInfo).port;
  await new Promise<void>((r) => gone.close(() => r()));
  await assert.rejects(prepareGazetteerDumps([`http://127.0.0.1:${port}/SY.zip`], { cacheDir }), gazetteerError(/could not download http:\/\/127\.0\.0\.1:\d+\/SY\.zip: ECONNREFUSED/));
});

// ---------------------------------------------------------------- end to end

test('sitrep geoparse --gazetteer places an invented village at its dump row', () => {
  const zip = writeZip('SY.zip', [{ name: 'readme.txt', data: README }, { name: 'SY.txt', data: ROWS }]);
  const other = join(tmp('txt'), 'extra.txt');
  writeFileSync(other, OTHER_ROWS);
  const cache = tmp('cache');
  const env: NodeJS.ProcessEnv = { ...process.env, SITREP_CACHE_DIR: cache };
  delete env.SITREP_GEONAMES;
  const text = 'Shelling hit Tall Sundusiyya in Hama province on Monday, killing two civilians. Residents fled to Khirbat Qurmuzi.\n';
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'sitrep.js'), 'geoparse', '--gazetteer', zip, '--gazetteer', other, '-'], { input: text, encoding: 'utf8', cwd: REPO, env, timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /sitrep geoparse: extracting SY\.txt/);
  const places = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  const village = places.find((p) => p.text === 'Tall Sundusiyya');
  assert.ok(village, r.stdout);
  assert.equal(village.geonameid, 99100001);
  assert.equal(village.latitude, 35.2468);
  assert.equal(village.longitude, 36.5129);
  assert.equal(places.find((p) => p.text === 'Khirbat Qurmuzi')?.geonameid, 99100003);
  assert.ok(existsSync(join(cache, 'geonames')), 'the dump went to SITREP_CACHE_DIR, not the home cache');
});
