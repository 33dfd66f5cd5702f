import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { createDeps } from '../pipeline/deps.ts';
import { goldArticle, predictEndToEnd, readGeoGold, scoreGeoparse, scoreGoldSpans, type GoldGeoDoc } from './geoparse.ts';
import { createPipeline } from '../pipeline/pipeline.ts';
import { stageFactories } from '../pipeline/registry.ts';
import { createSpanResolver } from '../stages/places/index.ts';
import { distanceKm } from '../geo/gazetteer.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(repoRoot, '..', 'shared');
const goldDir = join(shared, 'data', 'geoparsing-gold');
const scorer = join(shared, 'tools', 'score-geoparse.mjs');
const deps = createDeps();

function sharedMissing(t: { skip(msg: string): void }): boolean {
  if (existsSync(goldDir) && existsSync(scorer)) return false;
  if (process.env.CI === 'true') throw new Error(`${goldDir} is missing and CI=true: the geoparsing evaluation must run`);
  console.log(`skipping: ${goldDir} not found`);
  t.skip(`${goldDir} not found`);
  return true;
}

test('given spans: a name the gazetteer lacks stands at the town named before it; a name built on a well-known place at that place', () => {
  const text = 'Crowds gathered on Royal Street in New Orleans on Sunday. Later the Louisiana Federal Court and the Kasba Bonli market reopened.';
  const doc = createPipeline(stageFactories(['segment']), deps).run(goldArticle({ docid: 'x', title: '', text, toponyms: [] }));
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const [street, court, market] = createSpanResolver(deps)(doc, [span('Royal Street'), span('Louisiana Federal Court'), span('Kasba Bonli')]);
  assert.ok(street && distanceKm(street.latitude, street.longitude, 29.95, -90.07) < 20, JSON.stringify(street));
  assert.equal(street.name, 'Royal Street');
  assert.equal(court?.featureCode, 'ADM1');
  assert.equal(court?.admin1, 'Louisiana');
  assert.ok(market && distanceKm(market.latitude, market.longitude, 29.95, -90.07) < 20, 'after the last town, still that town');
});

test('end-to-end scoring follows the first overlapping prediction, like score-geoparse.mjs', () => {
  const gold: GoldGeoDoc[] = [{ docid: 'a', title: '', text: 'x', toponyms: [{ start: 0, end: 5, lat: 0, lon: 0 }, { start: 10, end: 15, lat: 10, lon: 10 }, { start: 20, end: 25 }] }];
  const s = scoreGeoparse(gold, [{ doc_id: 'a', start: 3, end: 8, latitude: 0, longitude: 1 }, { doc_id: 'a', start: 0, end: 2, latitude: 50, longitude: 50 }, { doc_id: 'b', start: 0, end: 1, latitude: 0, longitude: 0 }], 'all');
  assert.equal(s.toponyms, 2);
  assert.equal(s.recall, 50);
  assert.equal(s.acc161_of_found, 100);
  assert.equal(s.acc161_end_to_end, 50);
  assert.equal(s.median_km, 111.2);
  assert.equal(s.predicted_mentions, 2);
});

test('scores agree exactly with score-geoparse.mjs on the same predictions', (t) => {
  if (sharedMissing(t)) return;
  const file = join(goldDir, 'trnews.jsonl');
  const gold = readGeoGold(file, 'test');
  const preds = predictEndToEnd(deps, gold);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-geoparse-'));
  const predFile = join(dir, 'pred.jsonl');
  writeFileSync(predFile, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const theirs = JSON.parse(execFileSync(process.execPath, [scorer, file, predFile, '--split', 'test', '--json'], { encoding: 'utf8' }));
  const { mean_km: _mean, ...ours } = scoreGeoparse(gold, preds, 'test');
  assert.deepEqual(ours, theirs);
});

/** Floors a little under the TEST figures measured when they were set (gold spans, then end to end). */
const FLOORS: { file: string; spans: { acc: number; recall: number }; e2e: { acc: number; recall: number } }[] = [
  // end-to-end recall floors are the target (80)
  { file: 'lgl.jsonl', spans: { acc: 81, recall: 99 }, e2e: { acc: 73, recall: 80 } },
  { file: 'geovirus.jsonl', spans: { acc: 86, recall: 99 }, e2e: { acc: 82, recall: 80 } },
  { file: 'geowebnews.jsonl', spans: { acc: 76, recall: 99 }, e2e: { acc: 68, recall: 80 } },
  { file: 'trnews.jsonl', spans: { acc: 75, recall: 99 }, e2e: { acc: 71, recall: 80 } },
];

for (const f of FLOORS) {
  test(`geoparsing ${f.file} TEST split stays above its floors`, (t) => {
    if (sharedMissing(t)) return;
    const gold = readGeoGold(join(goldDir, f.file), 'test');
    const spans = scoreGoldSpans(deps, gold, 'test');
    console.log(`${f.file} gold spans`, JSON.stringify(spans));
    assert.ok(spans.acc161_end_to_end >= f.spans.acc, `gold-span acc@161 ${spans.acc161_end_to_end} < ${f.spans.acc}`);
    assert.ok(spans.recall >= f.spans.recall, `gold-span recall ${spans.recall} < ${f.spans.recall}`);
    const e2e = scoreGeoparse(gold, predictEndToEnd(deps, gold), 'test');
    console.log(`${f.file} end to end`, JSON.stringify(e2e));
    assert.ok(e2e.acc161_end_to_end >= f.e2e.acc, `end-to-end acc@161 ${e2e.acc161_end_to_end} < ${f.e2e.acc}`);
    assert.ok(e2e.recall >= f.e2e.recall, `end-to-end recall ${e2e.recall} < ${f.e2e.recall}`);
  });
}

test('the gold\'s url (or LGL\'s bare domain) reaches the article, as a news feed\'s would', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-geogold-'));
  const file = join(dir, 'gold.jsonl');
  const lines = [
    { docid: 'a1', text: 'Rain in London.', url: 'http://www.example.ca/news/1', toponyms: [] },
    { docid: 'a2', text: 'Rain in London.', domain: 'example.co.uk', toponyms: [] },
    { docid: 'a3', text: 'Rain in London.', toponyms: [] },
  ];
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const gold = readGeoGold(file, 'all');
  assert.deepEqual(gold.map((d) => goldArticle(d).url), ['http://www.example.ca/news/1', 'example.co.uk', null]);
});
