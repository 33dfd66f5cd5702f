import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { REPO } from './helpers/shared.ts';

const BIN = join(REPO, 'bin', 'sitrep.js');
const EXAMPLES = join(REPO, 'examples');

function sitrep(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: REPO, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SPEC_FIELDS = [
  'event_id', 'doc_id', 'event_date', 'event_date_end', 'time_precision', 'historical', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'actor1_mention', 'actor2_mention',
  'country', 'iso3', 'admin1', 'admin2', 'location', 'latitude', 'longitude', 'geo_precision', 'geonameid',
  'fatalities', 'claims', 'evidence', 'notes', 'confidence', 'sources',
];
/** Beside the SPEC fields (README, "The event record"): always who decided the type; the others when they apply. */
const EXTRA_FIELDS = ['decided_by'];
const OPTIONAL_FIELDS = new Set(['crowd_size', 'fatalities_flag']);

test('extract prints SPEC event records for the bundled examples, with evidence inside the article text', () => {
  const r = sitrep(['extract', join(EXAMPLES, '01-idlib-shelling.txt')]);
  assert.equal(r.code, 0, r.err);
  const events = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(events.length >= 1);
  const text = readFileSync(join(EXAMPLES, '01-idlib-shelling.txt'), 'utf8');
  for (const e of events) {
    assert.deepEqual(Object.keys(e).filter((k) => !OPTIONAL_FIELDS.has(k)).sort(), [...SPEC_FIELDS, ...EXTRA_FIELDS].sort());
    assert.ok(['rules', 'model'].includes(e.decided_by), `decided_by ${e.decided_by}`);
    assert.match(e.event_date, /^\d{4}-\d{2}-\d{2}$/);
    for (const s of e.evidence) assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
    assert.equal(e.doc_id, '01-idlib-shelling');
  }
  const shelling = events.find((e) => e.sub_event_type === 'Shelling/artillery/missile attack');
  assert.ok(shelling, 'the shelling of Ariha');
  assert.equal(shelling.event_date, '2023-03-14');
  assert.match(shelling.actor1, /Military Forces of Syria/);
  assert.match(shelling.actor2, /Civilians/);
  assert.equal(shelling.fatalities, 5);
  assert.equal(shelling.location, 'Arīḩā');
  assert.equal(shelling.sources[0].publisher, 'Sitrep Wire');
});

test('extract writes csv, geojson and acled-csv', () => {
  const file = join(EXAMPLES, '02-kirkuk-ied.txt');
  const csv = sitrep(['extract', file, '--format', 'csv']);
  assert.equal(csv.code, 0, csv.err);
  const rows = parse(csv.out, { columns: true }) as Record<string, string>[];
  assert.ok(rows.length >= 1 && 'sub_event_type' in rows[0]);
  const acled = sitrep(['extract', file, '--format', 'acled-csv']);
  const arows = parse(acled.out, { columns: true }) as Record<string, string>[];
  assert.ok('event_id_cnty' in arows[0] && 'notes' in arows[0]);
  const geo = JSON.parse(sitrep(['extract', file, '--format', 'geojson']).out);
  assert.equal(geo.type, 'FeatureCollection');
  assert.ok(geo.features.every((f: { geometry: { type: string } }) => f.geometry.type === 'Point'));
});

test('bad input is reported with file and line, and the other articles still come out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  const jsonl = join(dir, 'mixed.jsonl');
  writeFileSync(
    jsonl,
    [
      JSON.stringify({ id: 'ok1', date: '2022-03-01', text: 'On 1 March 2022, Houthi forces shelled Al Dhale city, killing 2 civilians.' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'ok2', date: '2022-03-02', text: 'On 2 March 2022, unknown gunmen kidnapped a teacher in Aden.' }),
    ].join('\n'),
  );
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '   \n');
  const binary = join(dir, 'blob.txt');
  writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
  const r = sitrep(['extract', jsonl, empty, binary]);
  assert.equal(r.code, 1);
  assert.match(r.err, /mixed\.jsonl:2: .*JSON/);
  assert.match(r.err, /empty\.txt.*E_INPUT_EMPTY/);
  assert.match(r.err, /blob\.txt.*E_INPUT_BINARY/);
  const ids = new Set(r.out.trim().split('\n').map((l) => JSON.parse(l).doc_id));
  assert.deepEqual([...ids].sort(), ['ok1', 'ok2']);
});

test('stdin takes plain text, and --date supplies the publication date', () => {
  const r = sitrep(['extract', '-', '--date', '2022-06-08'], 'BAGHDAD (Sitrep Wire) - A roadside bomb killed three Iraqi soldiers near Tarmiyah on Tuesday, police said.\n');
  assert.equal(r.code, 0, r.err);
  const e = JSON.parse(r.out.trim().split('\n')[0]);
  assert.equal(e.sub_event_type, 'Remote explosive/landmine/IED');
  assert.equal(e.event_date, '2022-06-07');
  assert.equal(e.fatalities, 3);
});

test('usage errors exit 2 with a clear message', () => {
  const r = sitrep(['extract', '--date', '29/06/2016', join(EXAMPLES, '01-idlib-shelling.txt')]);
  assert.equal(r.code, 2);
  assert.match(r.err, /--date wants a date as YYYY-MM-DD/);
  assert.equal(sitrep(['nonsense']).code, 2);
});

test('a reader that closes the pipe early (| head) ends extract quietly with exit 0, not "write EPIPE"', async () => {
  const { spawn } = await import('node:child_process');
  // A large input, so that output is still being written when the reader goes away.
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-epipe-'));
  const story = readFileSync(join(EXAMPLES, '01-idlib-shelling.txt'), 'utf8');
  writeFileSync(join(dir, 'many.jsonl'), Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `s${i}`, text: story, published: '2023-03-14' })).join('\n'));
  const child = spawn(process.execPath, [BIN, 'extract', join(dir, 'many.jsonl')], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.equal(code, 0, err);
  assert.doesNotMatch(err, /EPIPE/);
});
