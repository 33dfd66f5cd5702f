import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';
import { ofPhrases } from './of-names.ts';

// Invented sentences: a country's name joined by "of" is read whole, not as the other country its last word names.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const countries = (doc: Document) => mentionsOf(doc, 'PLACE').filter((m) => m.place).map((m) => `${m.text}:${m.place!.countryCode}`);

test('ofPhrases: longest first, the article kept', () => {
  assert.deepEqual(ofPhrases('The Republic of the Congo'), ['The Republic of the Congo', 'Republic of the Congo']);
  assert.deepEqual(ofPhrases('United States of America'), ['United States of America', 'States of America']);
});

test('"Democratic Republic of Congo" is Congo-Kinshasa, and a town there keeps its reading', () => {
  const doc = run('Senators called for sanctions on officials in the Democratic Republic of Congo. A protester was killed in Goma on Thursday.');
  assert.ok(countries(doc).includes('Democratic Republic of Congo:CD'), JSON.stringify(countries(doc)));
  assert.ok(!countries(doc).some((c) => c.endsWith(':CG')), JSON.stringify(countries(doc)));
  assert.ok(countries(doc).includes('Goma:CD'), JSON.stringify(countries(doc)));
});

test('"Republic of Ireland" whole; "Bank of England" is no country name and leaves England as before', () => {
  assert.ok(countries(run('Fans travelled from the Republic of Ireland on Monday.')).includes('Republic of Ireland:IE'));
  assert.ok(!countries(run('The Bank of England raised rates in London.')).some((c) => c.startsWith('Bank')));
});
