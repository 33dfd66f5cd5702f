import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import { segmentText } from './index.ts';
import { readCoreModel, segmentWinkModel, type WinkModel } from './wink-model.ts';

const require = createRequire(import.meta.url);
const packageModel = require('wink-eng-lite-web-model') as WinkModel & { core: () => unknown };

// stories we wrote ourselves, with what wink treats apart: contractions, numbers and dates, a negation,
// entities, an e-mail, a hashtag, abbreviations and line breaks
const TEXTS = [
  'IDLIB, Syria — Shelling hit the village of Kafr Nabl in Idlib province on Monday, killing two civilians, a local rescue group said.',
  "Police didn't say who fired. At least 12 people were hurt on 3/4/2022 at 10:30 in St. Paul, Minn., officials said.\n\nThe U.S. Embassy wasn't open.",
  'Protesters in Basra chanted "No to corruption!" while #Iraq trended; write to press@example.org for details. Dr. Smith, 45, of Erbil was not among them.',
  'HEADLINE WITHOUT A FULL STOP\nThe army said it had killed 1,200 militants since January 2021 — a figure the group denied.',
];

test('wink model: the core model read here is the one the package builds', () => {
  const dir = require.resolve('wink-eng-lite-web-model/package.json').replace(/package\.json$/, '');
  const ours = readCoreModel(`${dir}dist/languages/cur/models/eng-core-web-model.json`);
  assert.deepStrictEqual(ours, packageModel.core());
});

test('segment: sentences, tokens and tags with wink reduced to sentences and tags match the full pipe', () => {
  const full = winkNLP(packageModel);
  const reduced = winkNLP(segmentWinkModel(), ['sbd', 'pos']);
  for (const text of TEXTS) {
    const want = segmentText(full, text);
    const got = segmentText(reduced, text);
    assert.ok(want.sentences.length > 0 && want.tokens.some((t) => t.pos === 'PROPN'), 'the full pipe tags the text');
    assert.deepStrictEqual(got, want, text);
  }
});

test('wink model: the addons read on first call give what the package gives (stem, lemma, readability)', () => {
  const full = winkNLP(packageModel);
  const reduced = winkNLP(segmentWinkModel(), ['sbd', 'pos']);
  const text = 'The fighters were running from the villages after the mice had fled the burning houses.';
  const a = full.readDoc(text);
  const b = reduced.readDoc(text);
  // (wink's typings give these three a signature its out() does not take)
  const its = full.its as unknown as Record<'lemma' | 'stem' | 'readabilityStats', never>;
  assert.deepStrictEqual(b.tokens().out(its.lemma), a.tokens().out(its.lemma));
  assert.ok(b.tokens().out(its.lemma).includes('mouse'), 'the lemmatizer ran');
  assert.deepStrictEqual(b.tokens().out(its.stem), a.tokens().out(its.stem));
  assert.deepStrictEqual(b.out(its.readabilityStats), a.out(its.readabilityStats));
});
