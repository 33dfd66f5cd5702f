// Quality floors on the TEST splits (SPEC: FNV-1a(id) % 5 == 0), and agreement with the shared yardstick.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bestPerDoc, extractNotes, readGoldNotes, scoreNotes } from '../src/eval/notes.ts';
import { evalCase2021 } from '../src/eval/case2021.ts';
import { createExtractor } from '../src/pipeline/extractor.ts';
import { haveShared, sharedPath } from './helpers/shared.ts';

const ME = sharedPath('data', 'acled-sample-2022', 'acled_sample_2022_middle_east.csv');
const SCORER = sharedPath('tools', 'score-notes.mjs');
const CASE = sharedPath('data', 'case2021-task2', 'case2021_task2_test.jsonl');
const extractor = createExtractor();
/** A few points under the measured TEST figure (70.5); the geocoding issue's target is 75. */
const LOCATION_FLOOR = 68;
/** A few points under the measured TEST figure, to catch regressions (not a target). */
const CASE_FLOOR = 0.58;

test('ACLED Middle East notes, TEST split: the issue\'s quality floors, scored exactly as score-notes.mjs scores them', (t) => {
  if (!haveShared(t, ME) || !haveShared(t, SCORER)) return;
  const gold = readGoldNotes(ME, 'test');
  const { records, failures } = extractNotes(extractor, gold, ME);
  assert.deepEqual(failures, []);
  const { score } = scoreNotes(gold, bestPerDoc(records), 'test');

  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  const pred = join(dir, 'pred.jsonl');
  writeFileSync(pred, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const shared = spawnSync(process.execPath, [SCORER, ME, pred, '--split', 'test', '--json'], { encoding: 'utf8' });
  assert.equal(shared.status, 0, shared.stderr);
  assert.deepEqual(score, JSON.parse(shared.stdout), 'sitrep eval and the shared scorer agree');

  assert.ok(score.event_type_acc >= 75, `event_type ${score.event_type_acc}`);
  assert.ok(score.sub_event_macro_f1 >= 55, `sub-event macro-F1 ${score.sub_event_macro_f1}`);
  assert.ok(score.actor1 >= 60, `actor1 ${score.actor1}`);
  assert.ok(score.fatalities_exact >= 80, `fatalities ${score.fatalities_exact}`);
  assert.ok(score.location_25km >= LOCATION_FLOOR, `location ${score.location_25km}`);
});

test('CASE 2021 Task 2, TEST split: weighted F1 over the ACLED sub-event classes stays above its floor', (t) => {
  if (!haveShared(t, CASE)) return;
  const r = evalCase2021(extractor, CASE, 'test');
  assert.ok(r.rows > 150);
  assert.ok(r.seen.weightedF1 >= CASE_FLOOR, `weighted F1 ${(100 * r.seen.weightedF1).toFixed(1)}`);
});
