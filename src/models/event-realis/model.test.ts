import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseThreshold, fitLogistic, rankAuc, type RealisExample } from './train.ts';
import { EVENT_REALIS_FILE, loadEventRealisModel, logisticModel, realisModelFile } from './model.ts';
import { createRealisStage } from '../../stages/realis/index.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { combinedProbability, evidenceSentences, SENTENCE_PREFIX, sentenceFeatures, toldInPassing } from './features.ts';

// A tiny fixture: "dated" events are real, "generic" ones are not; "noise" says nothing.
const fixture: RealisExample[] = Array.from({ length: 40 }, (_, i) => ({
  doc: `d${i}`,
  features: ['bias', i % 2 ? 'dated' : 'generic', ...(i % 3 ? ['noise'] : [])],
  label: (i % 2 ? 1 : 0) as 0 | 1,
}));

test('realis training is deterministic and learns which way a feature points', () => {
  const a = fitLogistic(fixture, { minCount: 1 });
  const b = fitLogistic([...fixture], { minCount: 1 });
  assert.deepEqual([...a.entries()], [...b.entries()]);
  assert.ok((a.get('dated') ?? 0) > 0.5, `dated ${a.get('dated')}`);
  assert.ok((a.get('generic') ?? 0) < -0.5, `generic ${a.get('generic')}`);
  assert.ok(Math.abs(a.get('noise') ?? 0) < 0.2);
});

test('the threshold never gives up more than a twentieth of the rules\' recall', () => {
  // ten real events of twenty gold; a higher threshold would be more precise but lose recall
  const scored = [
    ...Array.from({ length: 10 }, (_, i) => ({ p: 0.2 + i * 0.05, label: 1 as const })),
    ...Array.from({ length: 10 }, () => ({ p: 0.15, label: 0 as const })),
  ];
  const c = chooseThreshold(scored, 20);
  assert.ok(c.recall >= 0.95 * 0.5 - 1e-9, `recall ${c.recall}`);
  assert.ok(c.threshold > 0.15 && c.threshold <= 0.2, `threshold ${c.threshold}`);
});

test('the committed weights load and fit their schema', () => {
  const m = loadEventRealisModel();
  assert.ok(m.threshold > 0 && m.threshold < 1);
  const p = m.probability(['bias']);
  assert.ok(p > 0 && p < 1);
});

test('the realis stage drops what the model doubts in a whole article, keeps background and briefs, and says who decided', () => {
  const rules = createExtractor({ stages: RULES_ORDER });
  const body = 'Rebels shelled army positions in Daraa on Monday, killing four soldiers. ' + 'Officials met in the capital. '.repeat(6);
  const article = { id: 'a', text: `${body}The rebels first captured the town of Nawa in 2014.`, title: null, published: '2022-05-11', publisher: null, url: null, dateline: null, origin: { file: 'a' } };
  const doc = rules.extract(article).doc;
  assert.ok(doc.events.some((e) => !e.historical) && doc.events.some((e) => e.historical));
  // both halves (event and sentence) doubt, or both trust
  const doubt = createRealisStage(logisticModel({ model: 'event-realis', version: 1, threshold: 0.5, weights: { bias: -3, [`${SENTENCE_PREFIX}bias`]: -3 } }));
  const trust = createRealisStage(logisticModel({ model: 'event-realis', version: 1, threshold: 0.5, weights: { bias: 3, [`${SENTENCE_PREFIX}bias`]: 3 } }));
  const log = { debug() {}, warn() {} };
  const dropped = doubt.run(doc, { log }).events;
  assert.ok(dropped.every((e) => e.historical) && dropped.length > 0);
  const kept = trust.run(doc, { log }).events.filter((e) => !e.historical);
  assert.ok(kept.length > 0 && kept.every((e) => e.decidedBy === 'model' && e.confidence === 0.953));
  const brief = rules.extract({ ...article, id: 'b', text: 'Rebels shelled army positions in Daraa on Monday, killing four soldiers.' }).doc;
  assert.deepEqual(doubt.run(brief, { log }).events, brief.events);
});

test('where the F1 curve is flat (within half a point), the threshold is the lowest one as good as the best: it drops the fewest events', () => {
  // 20 real events of 40 gold at p 0.5, 6 false ones at p 0.06: F1 0.61 keeping them all, 0.67 from 0.075 up
  const scored = [...Array.from({ length: 20 }, () => ({ p: 0.5, label: 1 as const })), ...Array.from({ length: 6 }, () => ({ p: 0.06, label: 0 as const }))];
  assert.equal(chooseThreshold(scored, 40).threshold, 0.075);
  // one false event more at p 0.09 costs a point of F1 at 0.075 (0.656 against 0.667 at 0.1): a real gain, so 0.1 is chosen
  assert.equal(chooseThreshold([...scored, { p: 0.09, label: 0 }], 40).threshold, 0.1);
  // but half a point or less is noise: 60 real events of 100 gold at p 0.5 and one false at p 0.09 (F1 0.746 against 0.75)
  const big = [...Array.from({ length: 60 }, () => ({ p: 0.5, label: 1 as const })), { p: 0.09, label: 0 as const }];
  assert.equal(chooseThreshold(big, 100).threshold, 0.025);
});

test('an event told in passing (deep in the body, undated, unplaced, no casualties) is dropped by rule; the same words in the lead are not', () => {
  const rules = createExtractor({ stages: RULES_ORDER });
  const filler = 'Officials met in the capital to discuss the budget. '.repeat(6);
  const stage = createRealisStage(logisticModel({ model: 'event-realis', version: 1, threshold: 0.5, weights: { bias: 3 } }));
  const log = { debug() {}, warn() {} };
  const base = { title: null, published: '2017-11-28', publisher: null, url: null, dateline: null, origin: { file: 'p' } };
  const passing = 'Government troops fought Islamic State militants in Syria.';
  const deep = rules.extract({ ...base, id: 'deep', text: `${filler}${passing}` }).doc;
  const coded = deep.events.filter((e) => !e.historical);
  assert.ok(coded.length > 0, 'the rules code it');
  assert.ok(coded.every((e) => toldInPassing(deep, e)));
  assert.deepEqual(stage.run(deep, { log }).events.filter((e) => !e.historical), []);
  // dated and placed in a town, or told in the lead, it is news the model weighs
  const told = rules.extract({ ...base, id: 'told', text: `${filler}Government troops fought Islamic State militants in Syria on Monday.` }).doc;
  assert.ok(told.events.some((e) => !e.historical && !toldInPassing(told, e)));
  const lead = rules.extract({ ...base, id: 'lead', text: `${passing} ${filler}` }).doc;
  assert.ok(lead.events.filter((e) => !e.historical).every((e) => !toldInPassing(lead, e)));
});

test('the sentence half scores the sentences that tell an event, and the event probability is the mean with the event half', () => {
  const rules = createExtractor({ stages: RULES_ORDER });
  const doc = rules.extract({ id: 's', text: 'Rebels shelled army positions in Daraa on Monday, killing 4 soldiers. ' + 'Officials met in the capital. '.repeat(6), title: null, published: '2022-05-11', publisher: null, url: null, dateline: null, origin: { file: 's' } }).doc;
  const f = sentenceFeatures(doc, 0);
  assert.ok(f.includes(`${SENTENCE_PREFIX}w=shelled`) && f.includes(`${SENTENCE_PREFIX}w=num`) && f.every((x) => x.startsWith(SENTENCE_PREFIX)), 'words, numbers folded, all prefixed');
  const m = logisticModel({ model: 'event-realis', version: 1, threshold: 0.5, weights: { bias: 0, [`${SENTENCE_PREFIX}w=shelled`]: 2 } });
  const ev = doc.events[0];
  const sents = evidenceSentences(doc, ev).map((i) => sentenceFeatures(doc, i));
  const ps = 1 / (1 + Math.exp(-2));
  assert.ok(Math.abs(combinedProbability(m, ['bias'], sents) - (0.5 + ps) / 2) < 1e-9);
  assert.equal(combinedProbability(m, ['bias'], []), 0.5, 'no sentence: the event half alone');
});

test('the AUC of out-of-fold probabilities is the share of real-false pairs ranked right, ties counting half', () => {
  assert.equal(rankAuc([{ p: 0.9, label: 1 }, { p: 0.1, label: 0 }]), 1);
  assert.equal(rankAuc([{ p: 0.1, label: 1 }, { p: 0.9, label: 0 }]), 0);
  assert.equal(rankAuc([{ p: 0.5, label: 1 }, { p: 0.5, label: 0 }, { p: 0.2, label: 0 }]), 0.75);
  assert.equal(rankAuc([{ p: 0.5, label: 1 }]), 0.5, 'one class alone ranks nothing');
});

test('SITREP_REALIS_MODEL points the realis stage at another weights file, for experiments; unset, the committed one', () => {
  const saved = process.env.SITREP_REALIS_MODEL;
  try {
    delete process.env.SITREP_REALIS_MODEL;
    assert.equal(realisModelFile(), EVENT_REALIS_FILE);
    process.env.SITREP_REALIS_MODEL = '/tmp/other-realis.json';
    assert.equal(realisModelFile(), '/tmp/other-realis.json');
  } finally {
    if (saved === undefined) delete process.env.SITREP_REALIS_MODEL;
    else process.env.SITREP_REALIS_MODEL = saved;
  }
});
