import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO } from './helpers/shared.ts';

const BIN = join(REPO, 'bin', 'sitrep.js');
const sitrep = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: REPO, timeout: 60_000 });

test('--help lists --min-fatalities, eval dedup, demo --token and export-corrections (issue 13, item 13)', () => {
  const r = sitrep('--help');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /--min-fatalities/);
  assert.match(r.stdout, /sitrep eval dedup/);
  assert.match(r.stdout, /sitrep demo [^\n]*--token/);
  assert.match(r.stdout, /sitrep export-corrections/);
  assert.match(r.stdout, /--reviewed/);
});

test('an unknown flag is named and points to "sitrep help", not Node\'s raw message', () => {
  const r = sitrep('export', '--db', 'no-such.db', '--colour', 'red');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown option "--colour"/);
  assert.match(r.stderr, /sitrep help/);
  assert.doesNotMatch(r.stderr, /positional argument|TypeError|ERR_PARSE_ARGS/);
});
