import assert from 'node:assert/strict';
import { test } from 'node:test';
import { haveShared, sharedPath } from '../../../test/helpers/shared.ts';
import { iob1ToIob2, nerCorpusFiles, readTaggedJsonl, type TaggedSentence } from './corpus.ts';
import { entitySpans, evaluateTagger } from './evaluate.ts';
import { createTagger, decodeWeights, encodeWeights, loadNerModel } from './model.ts';
import { trainPerceptron } from './train.ts';

/** Made-up sentences, enough for the perceptron to learn something. */
const FIXTURE: TaggedSentence[] = [
  { words: ['Maria', 'Lopez', 'visited', 'Springfield', '.'], tags: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] },
  { words: ['Acme', 'Corp', 'opened', 'an', 'office', 'in', 'Riverton', '.'], tags: ['B-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'B-LOC', 'O'] },
  { words: ['Lopez', 'said', 'the', 'talks', 'went', 'well', '.'], tags: ['B-PER', 'O', 'O', 'O', 'O', 'O', 'O'] },
  { words: ['Troops', 'left', 'Riverton', 'for', 'Lakeside', '.'], tags: ['O', 'O', 'B-LOC', 'O', 'B-LOC', 'O'] },
  { words: ['Tom', 'Baker', 'of', 'Acme', 'Corp', 'said', 'so', '.'], tags: ['B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'] },
];

// The model card's figure for the committed weights on CoNLL-2003 eng.testb (MODEL.md).
const CARD_CONLL_TEST_F1 = 79.6;

test('entity spans follow IOB2, and a stray I- opens an entity', () => {
  assert.deepEqual(entitySpans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG']), ['PER:0:2', 'LOC:3:4', 'LOC:4:5', 'ORG:5:6']);
});

test('training on a tiny fixture is deterministic, byte for byte, and learns it', () => {
  const opts = { bits: 12, epochs: 5, seed: 7 };
  const a = encodeWeights(12, trainPerceptron(FIXTURE, opts).weights);
  const b = encodeWeights(12, trainPerceptron(FIXTURE, opts).weights);
  assert.ok(a.equals(b), 'same data, same seed, same bytes');
  const other = encodeWeights(12, trainPerceptron(FIXTURE, { ...opts, seed: 8 }).weights);
  assert.ok(!a.equals(other), 'the seed orders the sentences');
  const tagger = createTagger(decodeWeights(a));
  assert.equal(evaluateTagger(tagger, FIXTURE).overall.f1, 1);
});

test('a model file that is not one is refused with a message that says how to rebuild it', () => {
  assert.throws(() => decodeWeights(Buffer.from('not a model')), /sitrep train ner/);
});

test('the committed weights load and reproduce the model card CoNLL-2003 test F1', (t) => {
  const file = nerCorpusFiles(sharedPath('data', 'ner')).conllTest;
  if (!haveShared(t, file)) return;
  const f1 = 100 * evaluateTagger(loadNerModel(), readTaggedJsonl(file)).overall.f1;
  assert.ok(Math.abs(f1 - CARD_CONLL_TEST_F1) <= 0.2, `F1 ${f1.toFixed(2)} vs card ${CARD_CONLL_TEST_F1}`);
});

test('IOB1 (wikigold, the original CoNLL scheme) becomes IOB2', () => {
  assert.deepEqual(iob1ToIob2(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG']), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG']);
});
