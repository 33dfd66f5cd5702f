import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';

// A provincial seat's bare name where the story means the province. Sentences are our own.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const named = (doc: Document, surface: string) => mentionsOf(doc, 'PLACE').filter((m) => m.place && m.text === surface);
const show = (doc: Document) => JSON.stringify(mentionsOf(doc, 'PLACE').map((m) => [m.text, m.place?.featureCode, m.place?.precision]));

test('a list closed by "provinces" or an apposition that calls the name a province makes every bare mention the province', () => {
  const doc = run('Turkish troops entered Idlib on Monday. Ankara and Moscow agreed to monitor Idlib and Hama provinces. Fighting went on in Idlib, a province held by rebels.');
  const idlib = named(doc, 'Idlib');
  assert.equal(idlib.length, 3, show(doc));
  assert.ok(idlib.every((m) => m.place?.precision === 3), show(doc));
});

test('a story that calls the name a city keeps the bare name the city', () => {
  const doc = run('Ankara and Moscow agreed to monitor Idlib and Hama provinces. Jets struck Idlib on Monday. Rebels shelled Idlib city later.');
  const bare = named(doc, 'Idlib');
  assert.equal(bare[1]?.place?.precision, 1, show(doc));
  // a list without a plural kind of region says nothing: "fled to Idlib and Hama" is the towns
  const towns = run('Hundreds of families fled to Idlib and Hama on Monday.');
  assert.equal(named(towns, 'Idlib')[0]?.place?.precision, 1, show(towns));
});

test('a bare region\'s name is the region the story called by it, not a namesake region of another country', () => {
  // a story mostly of India: without the story's own words, the bare "Punjab" reads as India's
  const doc = run("Shelling hit villages in Pakistan's Punjab province. Pakistan Rangers Punjab returned fire, the army said. Officials in Jammu, Srinagar and New Delhi said Indian troops were on alert across India and Kashmir, and India's army chief flew to Jammu from New Delhi.");
  const punjab = named(doc, 'Punjab');
  assert.equal(punjab.length, 1, show(doc));
  assert.equal(punjab[0].place?.countryCode, 'PK', JSON.stringify(punjab[0].place));
});
