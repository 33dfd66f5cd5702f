// `sitrep eval fakes`: the command runs end to end on invented articles, and FA-KES's TEST split keeps its floors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, haveShared, sharedPath } from './helpers/shared.ts';

const BIN = join(REPO, 'bin', 'sitrep.js');
const ARTICLES = sharedPath('data', 'news-fakes-syria', 'articles.jsonl');
const ANNOTATIONS = sharedPath('data', 'news-fakes-syria', 'annotations.jsonl');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: REPO, timeout: 600_000 });

test('sitrep eval fakes: invented articles and codings give the table, --json and --verbose lines of ids and fields', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-fakes-'));
  const articles = join(dir, 'articles.jsonl');
  const codings = join(dir, 'annotations.jsonl');
  writeFileSync(articles, [
    { id: 'inv-1', date: '2016-03-03', text: 'Published March 3 2016 Syrian government warplanes struck the town of Saraqib in Idlib province on Thursday, killing five civilians, a monitor said.' },
    { id: 'inv-2', date: '2016-03-04', text: 'The minister met his counterpart in Geneva on Friday to discuss the talks.' },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n');
  const coding = (id: string, location: string) => ({ id, location, actor: 'syrian government or russian troops', cause_of_death: 'shelling', nb_civilians: '5', nb_children: '0', nb_women: '0', nb_noncivilians: '0' });
  writeFileSync(codings, [coding('inv-1', 'idlib'), coding('inv-2', 'aleppo')].map((r) => JSON.stringify(r)).join('\n') + '\n');
  const json = run(['eval', 'fakes', articles, codings, '--split', 'all', '--json']);
  assert.equal(json.status, 0, json.stderr);
  const score = JSON.parse(json.stdout);
  assert.deepEqual([score.articles, score.incident_found, score.place, score.found_articles], [2, 50, 50, 1]);
  assert.equal(score.actor, 100);
  assert.equal(score.cause, 100);
  assert.equal(score.fatalities_exact, 100);
  const verbose = run(['eval', 'fakes', articles, codings, '--split', 'all', '--verbose']);
  assert.equal(verbose.status, 0, verbose.stderr);
  assert.match(verbose.stdout, /incident found %/);
  assert.match(verbose.stderr, /^inv-2  incident=none/m);
  assert.doesNotMatch(verbose.stderr, /minister|Geneva/, 'no article text');
});

/** A few points under the figures measured on TEST (98.2, 85.4, 57.7, 76.9, 47.0): to catch regressions, not targets. */
test('sitrep eval fakes, FA-KES TEST split: the floors hold', (t) => {
  if (!haveShared(t, ARTICLES) || !haveShared(t, ANNOTATIONS)) return;
  const r = run(['eval', 'fakes', ARTICLES, ANNOTATIONS, '--split', 'test', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.equal(s.articles, 171);
  assert.ok(s.incident_found >= 95, `incident found ${s.incident_found}`);
  assert.ok(s.place >= 81, `place ${s.place}`);
  assert.ok(s.actor >= 53, `actor ${s.actor}`);
  assert.ok(s.cause >= 72, `cause ${s.cause}`);
  assert.ok(s.fatalities_exact >= 43, `fatalities ${s.fatalities_exact}`);
});
