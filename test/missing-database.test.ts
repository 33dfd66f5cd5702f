import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO } from './helpers/shared.ts';

/**
 * Issue 13, item 2: a mistyped --db must not create an empty database and report success.
 * Read commands refuse a database file that does not exist; an ingest that stores nothing says
 * so, exits 1 and leaves no new database behind.
 */

const BIN = join(REPO, 'bin', 'sitrep.js');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-missing-db-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function sitrep(args: string[]) {
  // serve would listen for ever if it wrongly started: the timeout turns that into a failure
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, err: r.stderr };
}

describe('a database file that does not exist', () => {
  it('export refuses it and creates nothing', () => {
    const r = sitrep(['export', '--format', 'jsonl', '--db', 'typo.db']);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /no database at .*typo\.db/);
    assert.equal(existsSync(join(dir, 'typo.db')), false);
  });

  it('export without --db refuses a missing sitrep.db in the current folder', () => {
    const r = sitrep(['export', '--format', 'csv']);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /no database at .*sitrep\.db/);
    assert.equal(existsSync(join(dir, 'sitrep.db')), false);
  });

  it('serve refuses it and creates nothing', () => {
    const r = sitrep(['serve', '--db', 'typo.db', '--port', '0']);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /no database at .*typo\.db/);
    assert.equal(existsSync(join(dir, 'typo.db')), false);
  });
});

describe('an ingest that stores no article', () => {
  it('says so, exits 1 and leaves no new database behind (missing input)', () => {
    const r = sitrep(['ingest', 'nope.txt', '--db', 'x.db']);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /nope\.txt: no such file or folder/);
    assert.match(r.err, /no article was ingested/);
    assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('x.db')), []);
  });

  it('says so for a folder without articles too', () => {
    mkdirSync(join(dir, 'empty'), { recursive: true });
    const r = sitrep(['ingest', 'empty', '--db', 'y.db']);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /no article was ingested/);
    assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('y.db')), []);
  });
});
