import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';
import { publisherCountry, publisherEvidence } from './publisher-country.ts';

const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string, url: string | null): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url, dateline: null, origin: { file: 'test' } });
const at = (doc: Document, surface: string) => mentionsOf(doc, 'PLACE').find((m) => m.text === surface);

test('a national domain names its country; generic domains and codes sold as generic ones name none', () => {
  assert.equal(publisherCountry('http://www.lfpress.ca/news/local/2009/story.html'), 'CA');
  assert.equal(publisherCountry('cambridge-news.co.uk'), 'GB');
  assert.equal(publisherCountry('https://www.dailystar.com.lb/News.aspx?id=1'), 'LB');
  assert.equal(publisherCountry('HTTPS://Example.IE:8080/x'), 'IE');
  for (const u of ['http://www.example.com/a', 'example.net', 'https://example.news/x', 'example.tv', 'example.io', 'example.co', 'example.eu', 'localhost', '', null, undefined]) assert.equal(publisherCountry(u), null, String(u));
  assert.deepEqual(publisherEvidence('example.co.uk'), [['GB', 1]]);
  assert.deepEqual(publisherEvidence('example.com'), []);
});

test('a local story that names no country reads its towns in the paper\'s country', () => {
  const text = 'The council in London voted on Tuesday to close two libraries. The mayor said the budget left no choice.';
  const ca = at(run(text, 'http://www.example-press.ca/news/1'), 'London');
  assert.equal(ca?.place?.countryCode, 'CA');
  const com = at(run(text, 'http://www.example-press.com/news/1'), 'London');
  assert.equal(com?.place?.countryCode, 'GB');
});

test('a country the story names outright outweighs the paper\'s domain', () => {
  const doc = run('Flooding hit Paris and the rest of France on Monday, the French ministry said.', 'http://example.ca/world');
  assert.equal(at(doc, 'Paris')?.place?.countryCode, 'FR');
});
