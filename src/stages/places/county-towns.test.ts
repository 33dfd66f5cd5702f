import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';

const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const at = (doc: Document, surface: string) => mentionsOf(doc, 'PLACE').filter((m) => m.text === surface);

test('a town named beside the story\'s one county takes its reading inside that county', () => {
  const doc = run('Athens police arrested a man on Friday. He was taken to the Henderson County Jail, where he remains. Athens officers said more arrests may follow.');
  const county = at(doc, 'Henderson County')[0];
  assert.equal(county?.place?.admin1, 'Texas');
  const towns = at(doc, 'Athens');
  assert.ok(towns.length >= 1);
  for (const m of towns) assert.equal(m.place?.admin1, 'Texas', 'Athens');
});

test('a town its own words place elsewhere keeps that reading', () => {
  const doc = run('A Henderson County teacher returned from Athens, Greece, on Monday.');
  const m = at(doc, 'Athens')[0];
  assert.equal(m?.place?.countryCode, 'GR');
});

test('"Lebanon" beside "Boone County" is Lebanon, Indiana, not the bigger Lebanon, Pennsylvania', () => {
  const one = run('Lebanon firefighters answered the call. The Boone County sheriff said the road reopened.');
  assert.equal(at(one, 'Lebanon')[0]?.place?.admin1, 'Indiana');
});
