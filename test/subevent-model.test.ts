// The sub-event classifier: retraining gives the committed weights byte for byte, and the TEST split keeps its floors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, haveShared, sharedPath } from './helpers/shared.ts';

const BIN = join(REPO, 'bin', 'sitrep.js');
const ACLED = sharedPath('data', 'acled-sample-2022');
const ME = join(ACLED, 'acled_sample_2022_middle_east.csv');
const WORLD = join(ACLED, 'acled_old_deletion_dummy_9000.csv');
const CASE = sharedPath('data', 'case2021-task2', 'case2021_task2_test.jsonl');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: REPO, timeout: 600_000 });

test('sitrep train subevent rebuilds models/subevent.bin byte for byte', (t) => {
  if (!haveShared(t, WORLD) || !haveShared(t, CASE)) return;
  const out = join(mkdtempSync(join(tmpdir(), 'sitrep-subevent-')), 'subevent.bin');
  const r = run(['train', 'subevent', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(readFileSync(out).equals(readFileSync(join(REPO, 'models', 'subevent.bin'))), 'retrained weights differ from the committed ones: run "npx sitrep train subevent" and commit models/subevent.bin');
});

test('ACLED Middle East notes TEST: event type and sub-event macro-F1 floors', (t) => {
  if (!haveShared(t, ME)) return;
  const r = run(['eval', 'notes', ME, '--split', 'test', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.ok(s.event_type_acc >= FLOORS.meType, `event type ${s.event_type_acc}`);
  assert.ok(s.sub_event_macro_f1 >= FLOORS.meF1, `sub-event macro-F1 ${s.sub_event_macro_f1}`);
});

test('CASE 2021 TEST: weighted F1 floor', (t) => {
  if (!haveShared(t, CASE)) return;
  const r = run(['eval', 'case', CASE, '--split', 'test', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.ok(s.weighted_f1_seen >= FLOORS.case, `weighted F1 ${s.weighted_f1_seen}`);
});

/**
 * A point or two under the measured TEST figures (97.3 / 94.5 / 76.0 on 4 Dec 2026, with the trust in the rules
 * chosen on a smoothed cross-validated CASE TRAIN curve, 0.2; 96.9 / 94.3 / 74.4 with the raw argmax on one held-out
 * fifth, 0.1; src/models/subevent/MODEL.md). The CASE floor held issue 11's goal of 75 until 5 Dec, but that figure
 * was a favourable draw (other shuffle seeds give 71-72, bench/subevent-stability.ts); retrained on the 114 TRAIN
 * articles added to the news gold that day the trust moved to 0.25 and CASE TEST is 73.4 (ME 96.6 / 93.4), so the
 * floor is a point or so under the measured figure, as the others are. The goal is reported as not met.
 */
const FLOORS = { meType: 95, meF1: 91.5, case: 72 };
