import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../model/article.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';
import { loadCountryEpithets } from './country-epithets.ts';
import { placesFor } from '../../../test/helpers/event-places.ts';

// Issue 10: "the Gulf kingdom" stands for the country the story named, not for the dateline city. Sentences are our own.
const pipeline = createPipeline([segment, places], createDeps());
const article = (text: string): Article => ({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const epithets = (text: string) => mentionsOf(pipeline.run(article(text)), 'PLACE').filter((m) => m.seat).map((m) => [m.text, m.place?.name]);

test('the country epithets lexicon loads, each phrase once, with two-letter codes', () => {
  const rows = loadCountryEpithets();
  const phrases = rows.map((r) => r.phrase.toLowerCase());
  assert.ok(phrases.includes('the gulf kingdom') && phrases.includes('the islamic republic'));
  assert.equal(new Set(phrases).size, phrases.length);
});

test('an epithet stands for the listed country the story named last, or the only one listed', () => {
  assert.deepEqual(epithets('Bahrain said on Sunday that police had arrested 12 men in the Gulf kingdom.'), [['the Gulf kingdom', 'Bahrain']]);
  assert.deepEqual(epithets('Saudi forces said on Sunday a missile was fired at the Gulf kingdom.'), [['the Gulf kingdom', 'Saudi Arabia']]);
  assert.deepEqual(epithets('Militants killed five guards inside the Islamic Republic on Monday.'), [['the Islamic Republic', 'Iran']]);
  // several countries listed and none named: no reading
  assert.deepEqual(epithets('A missile was fired at the Gulf kingdom on Saturday.'), []);
  // "the kingdom of X" names the country itself
  assert.deepEqual(epithets('Saudi officials visited the kingdom of Jordan.'), []);
});

test('a missile fired at the Gulf kingdom is coded at the country the story named, not at the dateline city', () => {
  const got = placesFor('2017-11-17')('DUBAI (Reuters) - Saudi Arabia said on Sunday it was ready. The Houthis fired a ballistic missile at the Gulf kingdom on Saturday, the coalition said.', 'DUBAI');
  assert.ok(got.includes('Shelling/artillery/missile attack@Saudi Arabia'), JSON.stringify(got));
});
