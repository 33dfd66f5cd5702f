import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { createExtractor } from '../pipeline/extractor.ts';
import { haveShared, sharedPath } from '../../test/helpers/shared.ts';
import { evalDedupFixtures, evalDedupUcdp, pairwiseScore, readUcdpHeadlines } from './dedup.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'dedup', 'reports.jsonl');
const UCDP = sharedPath('data', 'ucdp-ged-iraq', 'ged_iraq_2014_2018.csv');
const extractor = createExtractor();
const sets = (o: Record<string, string[]>) => new Map(Object.entries(o).map(([k, v]) => [k, new Set(v)]));

describe('pairwise merge scoring', () => {
  it('counts pairs that share a group, articles in several groups included', () => {
    const gold = sets({ a: ['x'], b: ['x'], c: ['x', 'y'], d: ['y'], e: [] });
    const pred = sets({ a: ['1'], b: ['1'], c: ['2'], d: ['2'], e: ['2'] });
    const s = pairwiseScore(gold, pred);
    // gold: ab ac bc cd = 4; pred: ab cd ce de = 4; true: ab cd = 2
    assert.deepEqual([s.gold_pairs, s.pred_pairs, s.true_pairs, s.precision, s.recall], [4, 4, 2, 0.5, 0.5]);
  });
});

describe('dedup quality', () => {
  it('on the invented paired reports (floors just below the measured P 1.0 / R 0.67)', async () => {
    const s = await evalDedupFixtures(extractor, FIXTURES);
    console.log(`# dedup fixtures: ${JSON.stringify(s)}`);
    assert.equal(s.articles, 19);
    assert.ok(s.precision >= 0.9, `precision ${s.precision}`);
    assert.ok(s.recall >= 0.6, `recall ${s.recall}`);
  });

  // Floors just below the measured P 0.770 / R 0.208 / 0.285 when extracted. The sub-event classifier once retyped
  // these headlines too (recall 0.171); it no longer overrules the rules in a headline (models/subevent/headline.ts).
  it('on UCDP GED Iraq source headlines, TEST split (floors just below the measured figures)', async (t) => {
    if (!haveShared(t, UCDP)) return;
    const { articles, gold } = readUcdpHeadlines(UCDP, 'test');
    assert.ok(articles.length > 500 && gold.size === articles.length);
    const s = await evalDedupUcdp(extractor, UCDP, 'test');
    console.log(`# dedup UCDP test: ${JSON.stringify(s)}`);
    assert.ok(s.precision >= 0.74, `precision ${s.precision}`);
    assert.ok(s.recall >= 0.2, `recall ${s.recall}`);
    assert.ok(s.recall_when_extracted >= 0.27, `recall when extracted ${s.recall_when_extracted}`);
  });
});
