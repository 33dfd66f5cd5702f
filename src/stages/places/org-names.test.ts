import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';
import { orgTailBefore } from './detect.ts';

// Written sentences: the words after an organisation's word and "for"/"of" are its name, not a small town's.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const placeNames = (doc: Document) => mentionsOf(doc, 'PLACE').filter((m) => m.place && !m.demonym).map((m) => m.text);

test('orgTailBefore: an organisation word then "for" or "of"', () => {
  const org = (w: string) => ['Alliance', 'Front', 'Movement', 'Council'].includes(w);
  assert.equal(orgTailBefore('the head of the National Alliance for ', org), true);
  assert.equal(orgTailBefore('the Front for the ', org), true);
  assert.equal(orgTailBefore('protesters marched for ', org), false);
  assert.equal(orgTailBefore('the mayor of ', org), false);
});

test('"Alliance for Change", "Movement for Democratic Change": no Changé, France', () => {
  const doc = run('Jean Dupont, head of the opposition Alliance for Change, said protesters would march in Lome on Thursday.');
  assert.ok(!placeNames(doc).includes('Change'), JSON.stringify(placeNames(doc)));
  assert.ok(placeNames(doc).includes('Lome'), JSON.stringify(placeNames(doc)));
});

test('a country or a big city after an organisation word stays a place', () => {
  const doc = run('Officials of the Council of Europe met delegates of the Front for the Liberation of Mozambique.');
  assert.ok(placeNames(doc).some((t) => /Mozambique/.test(t)), JSON.stringify(placeNames(doc)));
});
