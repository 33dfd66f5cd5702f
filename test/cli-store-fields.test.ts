import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { createApp } from '../src/server/app.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { REPO } from './helpers/shared.ts';

/** What extract writes beside the SPEC fields; ingest + export and /api/events must give the same. */
const FIELDS = ['decided_by', 'crowd_size', 'fatalities_flag'] as const;
const BIN = join(REPO, 'bin', 'sitrep.js');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-fields-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function sitrep(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir, timeout: 180_000 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/** ACLED-style notes as articles, one per convention: a protest's size tag, "coded as 0", a party's own figure. */
const INPUT = join(dir, 'notes.jsonl');
writeFileSync(INPUT, [
  { id: 'crowd', date: '2022-05-11', text: 'On 10 May 2022, around 50 teachers protested in Baghdad against unpaid salaries. [size=around 50]' },
  { id: 'zero', date: '2022-05-09', text: 'During the week of 2 May 2022, Islamic State militants attacked an army post near Rawa, killing 10 soldiers according to Amaq. Fatalities coded as 0 as the figure was reported by IS.' },
  { id: 'party', date: '2022-06-04', text: 'On 3 June 2022, Islamic State militants attacked an army post near Kirkuk, killing 10 soldiers according to Amaq.' },
].map((a) => JSON.stringify(a)).join('\n') + '\n');

const byId = <T extends { event_id: string }>(rows: T[]) => new Map(rows.map((r) => [r.event_id, r]));
const pick = (e: Record<string, unknown>) => Object.fromEntries(FIELDS.filter((f) => f in e).map((f) => [f, e[f]]));

test('ingest keeps decided_by, crowd_size and fatalities_flag: export (JSONL, GeoJSON, ACLED CSV) and /api/events match extract', async () => {
  const extracted = byId(sitrep(['extract', INPUT]).trim().split('\n').map((l) => JSON.parse(l)));
  const all = [...extracted.values()];
  assert.ok(all.some((e) => e.crowd_size) && all.some((e) => e.fatalities_flag?.kind === 'coded_as_zero') && all.some((e) => e.fatalities_flag?.kind === 'party_claim'),
    'the input exercises every field');
  const db = join(dir, 'store.db');
  sitrep(['ingest', INPUT, '--db', db]);

  const exported = byId(sitrep(['export', '--db', db]).trim().split('\n').map((l) => JSON.parse(l)));
  assert.deepEqual([...exported.keys()].sort(), [...extracted.keys()].sort());
  for (const [id, e] of extracted) {
    assert.deepEqual(pick(exported.get(id)), pick(e), id);
    // Where extract writes them: after sources, in the same order.
    const keys = (r: object) => Object.keys(r).filter((k) => k === 'sources' || (FIELDS as readonly string[]).includes(k));
    assert.deepEqual(keys(exported.get(id)), keys(e), id);
  }

  const features = (out: string) => byId(JSON.parse(out).features.map((f: { properties: Record<string, unknown> }) => f.properties));
  const geoExtract = features(sitrep(['extract', INPUT, '--format', 'geojson']));
  const geoExport = features(sitrep(['export', '--db', db, '--format', 'geojson']));
  assert.ok(geoExtract.size > 0);
  for (const [id, p] of geoExtract) assert.deepEqual(pick(geoExport.get(id)!), pick(p), id);

  type AcledRow = { event_id_cnty: string; tags: string; notes: string };
  const acled = (out: string) => new Map((parse(out, { columns: true }) as AcledRow[]).map((r) => [r.event_id_cnty, [r.tags, r.notes]]));
  const acledExtract = acled(sitrep(['extract', INPUT, '--format', 'acled-csv']));
  assert.ok([...acledExtract.values()].some(([tags]) => tags === 'crowd size=around 50'));
  assert.deepEqual(acled(sitrep(['export', '--db', db, '--format', 'acled-csv'])), acledExtract);

  const store = await openSqliteStore(db);
  try {
    const res = await createApp(store, { log: () => undefined }).request('/api/events?limit=50');
    assert.equal(res.status, 200);
    const { events } = (await res.json()) as { events: Record<string, unknown>[] };
    assert.equal(events.length, extracted.size);
    for (const e of events) assert.deepEqual(pick(e), pick(extracted.get(e.event_id as string)), e.event_id as string);
  } finally {
    await store.close();
  }
});
