import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { createSubEventStage } from '../../stages/subevent/index.ts';
import { silentLogger } from '../../pipeline/stage.ts';
import type { SubEventType } from '../../model/taxonomy.ts';
import { lexiconFeatureNames, subEventFeatures } from './features.ts';
import { denseModel, deserialise, serialise, type SubEventModel } from './model.ts';
import { CLASSES, expectedCalibrationError, fit, NO_EVENT, reliability, type Example } from './train.ts';

const rules = createExtractor({ stages: RULES_ORDER });
const note = (id: string, text: string) => ({ id, text, title: null, published: '2022-05-03', publisher: 'ACLED', url: null, dateline: null, origin: { file: 'test' } });
const PROTEST = note('p1', 'On 3 May 2022, around 200 teachers held a peaceful demonstration in front of the ministry in Baghdad demanding higher wages. [size=around 200]');

function examplesOf(texts: [string, SubEventType | null][]): Example[] {
  return texts.map(([text, label], i) => {
    const { doc } = rules.extract(note(`x${i}`, text));
    return { id: `x${i}`, features: subEventFeatures(doc, doc.events[0] ?? null, true), label: label ? CLASSES.indexOf(label) : NO_EVENT, source: 'test', rules: doc.events[0] ? CLASSES.indexOf(doc.events[0].subEventType) : -1 };
  });
}

const TOY: [string, SubEventType][] = [
  ['On 1 May 2022, students protested peacefully in Basra against power cuts.', 'Peaceful protest'],
  ['On 2 May 2022, farmers demonstrated in Najaf over water shortages.', 'Peaceful protest'],
  ['On 4 May 2022, Turkish drones struck a vehicle near Qamishli, killing 2 fighters.', 'Air/drone strike'],
  ['On 5 May 2022, a drone strike hit a car near Sinjar.', 'Air/drone strike'],
];

test('training is deterministic and the committed form predicts what the fitted weights predict', () => {
  const ex = examplesOf(TOY);
  const a = serialise({ ...fit(ex, { epochs: 4 }), temperature: 1.5 });
  const b = serialise({ ...fit(ex, { epochs: 4 }), temperature: 1.5 });
  assert.ok(a.equals(b), 'two fits of the same examples differ');
  const dense = denseModel({ ...fit(ex, { epochs: 4 }), temperature: 1.5 });
  const packed = deserialise(a);
  for (const e of ex) {
    const p = dense.probabilities(e.features);
    const q = packed.probabilities(e.features);
    const top = (x: Float64Array) => x.indexOf(Math.max(...x));
    assert.equal(top(q), top(p));
    assert.equal(top(q), e.label, 'a model fitted on four texts gets them right');
    assert.ok(Math.abs(p[top(p)] - q[top(q)]) < 0.02, 'quantising moves probabilities by less than 2 points');
  }
  assert.throws(() => deserialise(a.subarray(0, a.length - 1)), /truncated/);
});

/** A model that gives `sub` probability p, no event `none`, and shares the rest among the other types. */
test('the no-event output is learned from texts labelled with no type, and the committed form keeps it', () => {
  const ex = examplesOf([
    ...TOY,
    ['On 6 May 2022, an earthquake struck the coast, damaging hundreds of homes.', null],
    ['On 7 May 2022, floods swept through the valley after days of heavy rain.', null],
  ]);
  const packed = deserialise(serialise({ ...fit(ex, { epochs: 4 }), temperature: 1 }));
  for (const e of ex) {
    const p = packed.probabilities(e.features);
    assert.equal(p.length, CLASSES.length + 1, 'one output per type and one for no event');
    assert.equal(p.indexOf(Math.max(...p)), e.label);
  }
  // a file of the version before the no-event output is refused with a pointer to retraining, not misread
  const bytes = serialise({ ...fit(ex, { epochs: 1 }), temperature: 1 });
  const old = Buffer.from(bytes.toString('latin1').replace('"version":2', '"version":1'), 'latin1');
  assert.throws(() => deserialise(old), /does not fit this version/);
});

test('the lexicon features read triggers and cues where the rules coded no event', () => {
  const text = 'Police fired tear gas at hundreds of demonstrators who marched to the parliament.';
  const names = lexiconFeatureNames(text);
  assert.ok(names.includes('c:intervention'), names.join(' '));
  assert.ok(names.some((n) => n.startsWith('h:')), names.join(' '));
  assert.deepEqual(lexiconFeatureNames('The minister spoke about the budget on Monday.'), []);
});

test("the model's own cues name the words of the types CASE 2021 confused most, and only those", () => {
  const has = (text: string, cue: string) => assert.ok(lexiconFeatureNames(text).includes(`c:${cue}`), `${cue}: ${text}`);
  const lacks = (text: string, cue: string) => assert.ok(!lexiconFeatureNames(text).includes(`c:${cue}`), `not ${cue}: ${text}`);
  has('Afghan security forces recaptured the district from the Taliban on Friday.', 'regain');
  has('Government troops took the town back from the rebels.', 'regain');
  lacks('Rebels captured the town on Friday.', 'regain');
  has('The army deployed more troops to the border after 160 soldiers defected.', 'force-movement');
  has('Hezbollah forces pull back from areas in the province of Daraa.', 'force-movement');
  lacks('Soldiers clashed with rebels near the border.', 'force-movement');
  has('Turkish forces have set up a new observation post in Idlib.', 'base-established');
  has('Russian forces established a military base in the village.', 'base-established');
  lacks('Turkish forces shelled a base in Idlib.', 'base-established');
  has('Police seized seven illegal firearms and 200 rounds of ammunition.', 'weapons-seized');
  has('Three suspicious packages were intercepted before delivery.', 'weapons-seized');
  lacks('Gunmen fired on a police patrol.', 'weapons-seized');
  has('Security forces used excessive force to disperse the march.', 'peaceful-crowd');
  has('Police beat unarmed demonstrators outside parliament.', 'peaceful-crowd');
  lacks('Protesters threw stones at the police.', 'peaceful-crowd');
});

function fixedModel(sub: SubEventType, p: number, none = 0): SubEventModel {
  return {
    classes: CLASSES,
    trustRules: 1,
    probabilities() {
      const out = new Float64Array(CLASSES.length + 1).fill((1 - p - none) / (CLASSES.length - 1));
      out[CLASSES.indexOf(sub)] = p;
      out[NO_EVENT] = none;
      return out;
    },
  };
}

test('the subevent stage: agreeing with the rules, the rules decided; overruling them, the model did; confidence is its probability', () => {
  const { doc } = rules.extract(PROTEST);
  assert.equal(doc.events[0]?.subEventType, 'Peaceful protest', 'the rules code the protest');
  const agree = createSubEventStage(fixedModel('Peaceful protest', 0.8)).run(doc, { log: silentLogger });
  assert.equal(agree.events[0].decidedBy, 'rules');
  assert.equal(agree.events[0].confidence, 0.8);
  const overrule = createSubEventStage(fixedModel('Violent demonstration', 0.6)).run(doc, { log: silentLogger });
  const ev = overrule.events[0];
  assert.equal(ev.decidedBy, 'model');
  assert.equal(ev.subEventType, 'Violent demonstration');
  assert.equal(ev.eventType, 'Riots');
  assert.equal(ev.disorderType, 'Demonstrations');
  assert.equal(ev.confidence, 0.6);
  assert.equal(doc.events[0].subEventType, 'Peaceful protest', 'the input document is not changed');
});

test('reliability table: bins by confidence, and a model right as often as it says has no calibration error', () => {
  const pairs = [...Array(10)].map((_, i) => ({ p: 0.9, ok: i < 9 }));
  const rows = reliability(pairs);
  const bin = rows.find((r) => r.n > 0)!;
  assert.equal(bin.bin, '0.90–0.95');
  assert.ok(Math.abs(bin.accuracy - 0.9) < 1e-9);
  assert.ok(expectedCalibrationError(pairs) < 1e-9);
  assert.ok(Math.abs(expectedCalibrationError(pairs.map((x) => ({ ...x, ok: false }))) - 0.9) < 1e-9);
});

test('a brief the rules coded nothing in gets the model’s event only when it beats the model’s no-event output, never an article or a headline', () => {
  const brief = rules.extract(note('n1', 'Thousands of people filled the main square of the capital on Sunday, waving flags and banners against corruption, organisers said. The crowd went home in the evening.')).doc;
  assert.equal(brief.events.length, 0, 'the rules code no event here (else this test shows nothing)');
  const sure = createSubEventStage(fixedModel('Peaceful protest', 0.8)).run(brief, { log: silentLogger });
  assert.equal(sure.events.length, 1);
  assert.equal(sure.events[0].subEventType, 'Peaceful protest');
  assert.equal(sure.events[0].eventType, 'Protests');
  assert.equal(sure.events[0].decidedBy, 'model');
  assert.equal(sure.events[0].confidence, 0.8);
  assert.ok(sure.events[0].notes.length > 0, 'the event has a note');
  // the learned abstain decides, not a cut-off: a type less sure than the no-event output gives no event, a type surer
  // than it gives one however unsure it is
  assert.equal(createSubEventStage(fixedModel('Peaceful protest', 0.3, 0.5)).run(brief, { log: silentLogger }).events.length, 0, 'no event is more probable: none');
  assert.equal(createSubEventStage(fixedModel('Peaceful protest', 0.3, 0.29)).run(brief, { log: silentLogger }).events.length, 1, 'the type is more probable than no event');
  assert.equal(createSubEventStage(fixedModel('Peaceful protest', 0.3, 0.29)).run(brief, { log: silentLogger }).events[0].confidence, 0.3);
  const headline = rules.extract(note('h1', 'Thousands march in capital against corruption')).doc;
  assert.equal(headline.events.length, 0);
  assert.equal(createSubEventStage(fixedModel('Peaceful protest', 0.9)).run(headline, { log: silentLogger }).events.length, 0, 'a headline: no event');
  const sentences = [...Array(8)].map((_, i) => `The minister spoke about the budget for the ${i + 1}th time on Monday.`).join(' ');
  const article = rules.extract(note('a1', sentences)).doc;
  assert.equal(article.events.length, 0);
  assert.equal(createSubEventStage(fixedModel('Peaceful protest', 0.9)).run(article, { log: silentLogger }).events.length, 0, 'an article: no event');
  // a short wire story is a news story, not a snippet: the rules' silence stands
  for (const opening of ['LONDON (Reuters) - ', '(Reuters) - ']) {
    const wire = rules.extract(note('w1', `${opening}The prime minister will visit the capital at the end of the month to promote trade, a spokesman said. Her office confirmed the plan.`)).doc;
    assert.equal(wire.events.length, 0);
    assert.equal(createSubEventStage(fixedModel('Peaceful protest', 0.9)).run(wire, { log: silentLogger }).events.length, 0, `${opening}: no event`);
  }
});
