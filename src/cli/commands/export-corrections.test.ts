import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { reviewEvent } from '../../store/review.ts';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { makeStoredArticle, makeStoredEvent } from '../../store/store-contract.ts';
import { exportCorrectionsCommand } from './export-corrections.ts';
import { exportCommand } from './export.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-corrections-'));
const db = path.join(dir, 'x.db');
after(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'HASAKA (Sitrep Wire) - Islamic State fighters attacked the prison on Thursday. Twelve people were killed. A rally is planned.';
const ATTACK = { start: TEXT.indexOf('Islamic'), end: TEXT.indexOf('Thursday.') + 'Thursday.'.length };
const RALLY = { start: TEXT.indexOf('A rally'), end: TEXT.length };

before(async () => {
  const store = await openSqliteStore(db);
  const events = [
    makeStoredEvent({ event_id: 'ev-attack', doc_id: 'd1', evidence: [{ doc_id: 'd1', ...ATTACK }] }),
    makeStoredEvent({ event_id: 'ev-rally', doc_id: 'd1', event_type: 'Protests', sub_event_type: 'Peaceful protest', evidence: [{ doc_id: 'd1', ...RALLY }] }),
    makeStoredEvent({ event_id: 'ev-other', doc_id: 'd1', event_date: '2022-01-21', event_date_end: '2022-01-21' }),
  ];
  await store.saveArticle(makeStoredArticle({ doc_id: 'd1', text: TEXT, published: '2022-01-21', event_ids: events.map((e) => e.event_id) }), events);
  await reviewEvent(store, 'ev-attack', { action: 'edit', changes: { actor2: 'Civilians (Syria)', inter2: 7, fatalities: 10, time_precision: 4 }, reason: 'prisoners killed' }, 'amina', '2024-03-01T00:00:00.000Z');
  await reviewEvent(store, 'ev-rally', { action: 'reject', reason: 'planned, not held' }, 'li', '2024-03-02T00:00:00.000Z');
  await store.close();
});

async function run(command: (args: string[]) => Promise<number>, ...args: string[]): Promise<string> {
  const out = path.join(dir, `out-${Math.random().toString(36).slice(2)}`);
  assert.equal(await command(['--db', db, '--out', out, ...args]), 0);
  return readFileSync(out, 'utf8');
}

describe('sitrep export --reviewed / --rejected and export-corrections', () => {
  it('--reviewed exports only accepted or edited events; --rejected only the rejected; neither hides the rejected', async () => {
    const ids = async (...a: string[]) => (await run(exportCommand, '--format', 'jsonl', ...a)).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).event_id).sort();
    assert.deepEqual(await ids('--reviewed'), ['ev-attack']);
    assert.deepEqual(await ids('--rejected'), ['ev-rally']);
    assert.deepEqual(await ids(), ['ev-attack', 'ev-other']);
    const [line] = (await run(exportCommand, '--format', 'jsonl', '--reviewed')).trim().split('\n');
    assert.equal(JSON.parse(line!).review_status, undefined, 'records keep the SPEC fields');
    await assert.rejects(exportCommand(['--db', db, '--reviewed', '--rejected']), /exclude each other/);
  });

  it('writes the corrections in the news-gold format, evidence as a quote and as character offsets', async () => {
    const gold = JSON.parse(await run(exportCorrectionsCommand));
    assert.deepEqual(Object.keys(gold), ['d1']);
    const doc = gold.d1;
    assert.equal(doc.date, '2022-01-21');
    assert.equal(doc.set, 'conflict');
    assert.equal(doc.events.length, 1);
    const e = doc.events[0];
    assert.deepEqual(
      [e.event_type, e.sub_event_type, e.actor1, e.actor2, e.fatalities, e.time_precision, e.historical],
      ['Battles', 'Armed clash', 'Islamic State', 'Civilians (Syria)', 10, 3, false],
    );
    assert.deepEqual(e.evidence_spans, [ATTACK]);
    assert.equal(e.evidence, TEXT.slice(ATTACK.start, ATTACK.end));
    assert.deepEqual(e.review.corrected.sort(), ['actor2', 'fatalities', 'inter2', 'interaction', 'time_precision']);
    assert.equal(e.review.reviewer, 'amina');
    assert.deepEqual(doc.rejected.map((r: { event_id: string }) => r.event_id), ['ev-rally']);
    assert.equal(doc.rejected[0].evidence, 'A rally is planned.');
    // The gold scorer's fields are all there (../shared/data/news-gold/GUIDELINE.md).
    for (const k of ['event_type', 'sub_event_type', 'actor1', 'actor2', 'location', 'country', 'latitude', 'longitude', 'geo_precision', 'event_date', 'event_date_end', 'time_precision', 'fatalities', 'historical', 'evidence']) {
      assert.ok(k in e, k);
    }
  });
});
