import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { choosePlace, places } from './index.ts';

// The hand-placed Lebanese towns and districts of landmarks.jsonl, and the Gulf airport, through the real gazetteer.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: 'ACLED', url: null, dateline: null, origin: { file: 'test' } });
const at = (doc: Document, surface: string) => mentionsOf(doc, 'PLACE').find((m) => m.text === surface);

test('Lebanese towns and districts missing from cities500 are read in Lebanon, not at a namesake abroad', () => {
  const cases: [string, string][] = [
    ['Protesters burned tyres on the coast road at Khalde on Friday.', 'Khalde'],
    ['Municipal police scuffled with campaigners in Bourj Hammoud (Matn).', 'Bourj Hammoud'],
    ['Municipal police scuffled with campaigners in Bourj Hammoud (Matn).', 'Matn'],
    ['A fight broke out outside a bakery in Nahr Ibrahim (Jubayl).', 'Nahr Ibrahim'],
    ['Taxi drivers blocked the main road in Keserwan on Monday.', 'Keserwan'],
  ];
  for (const [text, name] of cases) assert.equal(at(run(text), name)?.place?.countryCode, 'LB', `${name} in: ${text}`);
});

test('the note\'s place is the Lebanese village, not its district\'s namesake abroad', () => {
  const doc = run('A fight broke out outside a bakery in Nahr Ibrahim (Jubayl) over bread.');
  const chosen = choosePlace(doc, [0]);
  assert.equal(chosen?.text, 'Nahr Ibrahim');
  assert.equal(chosen?.place?.countryCode, 'LB');
});

test('a Yemeni town whose name folds onto Matn stays Yemeni inside its stated governorate', () => {
  const m = at(run('Tribesmen clashed in Matnah (Bani Matar, Sanaa) on Monday.'), 'Matnah');
  assert.equal(m?.place?.countryCode, 'YE');
});

test('an airport named by its city is the airport', () => {
  const m = at(run('Missiles struck an extension of Abu Dhabi International Airport under construction.'), 'Abu Dhabi International Airport');
  assert.equal(m?.place?.featureCode, 'AIRP');
  assert.equal(m?.place?.countryCode, 'AE');
});
