import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { makeStoredArticle, makeStoredEvent } from '../../store/store-contract.ts';
import { EVENT_RECORD_FIELDS } from '../../output/formats.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import { exportCommand, parseBbox, storedToRecord } from './export.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-export-'));
const db = path.join(dir, 'x.db');
after(() => rmSync(dir, { recursive: true, force: true }));

before(async () => {
  const store = await openSqliteStore(db);
  const a = makeStoredEvent({ event_id: 'ev-a', doc_id: 'd1', notes: 'Clash, with "quotes"' });
  const b = makeStoredEvent({ event_id: 'ev-b', doc_id: 'd1', event_date: '2022-03-01', event_date_end: '2022-03-01', country: 'Iraq', iso3: 'IRQ', latitude: null, longitude: null, location: null });
  const h = makeStoredEvent({ event_id: 'ev-h', doc_id: 'd1', historical: true, event_date: '2014-01-01', event_date_end: '2014-12-31', time_precision: 4, fatalities: null });
  await store.saveArticle(makeStoredArticle({ doc_id: 'd1', event_ids: ['ev-a', 'ev-b', 'ev-h'] }), [a, b, h]);
  await store.close();
});

async function run(...args: string[]): Promise<string> {
  const out = path.join(dir, `out-${Math.random().toString(36).slice(2)}`);
  assert.equal(await exportCommand(['--db', db, '--out', out, ...args]), 0);
  return readFileSync(out, 'utf8');
}

describe('sitrep export', () => {
  it('maps a stored event to the SPEC record (bookkeeping dropped, evidence keeps its article)', () => {
    const r = storedToRecord(makeStoredEvent({ event_id: 'x' }));
    assert.deepEqual(Object.keys(r).sort(), [...EVENT_RECORD_FIELDS].sort());
    assert.deepEqual(r.evidence, [{ doc_id: 'doc-a', start: 0, end: 40 }]);
  });

  it('jsonl, date order, historical hidden by default', async () => {
    const lines = (await run('--format', 'jsonl')).trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.event_id), ['ev-a', 'ev-b']);
    const all = (await run('--format', 'jsonl', '--historical')).trim().split('\n');
    assert.equal(all.length, 3);
  });

  it('csv with the SPEC header and quoting', async () => {
    const csv = await run('--format', 'csv', '--country', 'Syria');
    const [header, row, end] = csv.split('\r\n');
    assert.equal(header, EVENT_RECORD_FIELDS.join(','));
    assert.match(row, /^ev-a,/);
    assert.match(row, /"Clash, with ""quotes"""/);
    assert.equal(end, '');
  });

  it('geojson leaves out events without coordinates', async () => {
    const fc = JSON.parse(await run('--format', 'geojson'));
    assert.deepEqual(fc.features.map((f: { id: string }) => f.id), ['ev-a']);
  });

  it('acled-csv and filters (bbox, text, from)', async () => {
    const acled = await run('--format', 'acled-csv', '--bbox', '35,30,45,40', '--text', 'hasaka', '--from', '2022-01-01');
    const rows = acled.trim().split('\r\n');
    assert.equal(rows.length, 2);
    assert.match(rows[0], /^event_id_cnty,event_date,year/);
    assert.match(rows[1], /^ev-a,2022-01-20,2022,/);
  });

  it('acled-csv from the CLI carries its timestamp, and unknown fatalities as 0', async () => {
    const before = Math.floor(Date.now() / 1000);
    const rows = parseCsv(await run('--format', 'acled-csv', '--historical'), { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 3);
    for (const r of rows) assert.ok(Number(r.timestamp) >= before, `timestamp "${r.timestamp}"`);
    assert.equal(rows.find((r) => r.event_id_cnty === 'ev-h')!.fatalities, '0', 'unknown is 0 in ACLED CSV');
    assert.equal(rows.find((r) => r.event_id_cnty === 'ev-b')!.fatalities, '12');
    const jsonl = (await run('--format', 'jsonl', '--historical')).trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(jsonl.find((e) => e.event_id === 'ev-h').fatalities, null, 'JSONL keeps unknown as null');
  });

  it('takes the API\'s filter names too (--event-type, --min_fatalities), and names an unknown flag', async () => {
    const byApiName = (await run('--format', 'jsonl', '--event-type', 'Battles', '--min_fatalities', '1')).trim().split('\n');
    const byCliName = (await run('--format', 'jsonl', '--type', 'Battles', '--min-fatalities', '1')).trim().split('\n');
    assert.deepEqual(byApiName, byCliName);
    assert.equal(byApiName.length, 2);
    assert.equal((await run('--format', 'jsonl', '--event-type=Protests')).trim(), '');
    await assert.rejects(exportCommand(['--db', db, '--colour', 'red']), (e: Error) => /unknown option "--colour"/.test(e.message) && /sitrep help/.test(e.message) && !/positional argument/.test(e.message));
  });

  it('rejects bad arguments with usage errors', async () => {
    assert.throws(() => parseBbox('1,2,3'), /W,S,E,N/);
    await assert.rejects(exportCommand(['--db', db, '--format', 'xml']), /--format/);
    await assert.rejects(exportCommand(['--db', db, '--from', '2020-13-01']), /--from/);
  });
});
