import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';
import { insideSlogan, maySloganIn } from './slogans.ts';

// Invented sentences: a chanted or written slogan's words name no place of the story.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const placeNames = (doc: Document) => mentionsOf(doc, 'PLACE').filter((m) => m.place && !m.demonym).map((m) => m.text);

test('insideSlogan: an open quote after a verb of chanting', () => {
  assert.equal(insideSlogan('crowds chanted "Death to '), true);
  assert.equal(insideSlogan('crowds chanted "Down with the mayor" as they marched through '), false);
  // quote marks lost, two spaces left behind each: a list of slogans
  assert.equal(insideSlogan('protesters blocked roads, yelling  the mayor is a thief  and  '), true);
  assert.equal(insideSlogan('protesters blocked roads, yelling  the mayor is a thief  in '), false);
  assert.equal(insideSlogan('a placard reading “Hands off '), true);
  // no quote: "chanted slogans in", "read a statement in"
  assert.equal(insideSlogan('they chanted slogans in '), false);
  assert.equal(insideSlogan('he read a statement in '), false);
});

test('"yelling \'Welcome USA\'" in a Juba camp: no Welcome, South Carolina', () => {
  const doc = run('Hundreds of protesters blocked roads near a camp in Juba on Monday, yelling "Kiir is a killer" and "Welcome USA".');
  assert.ok(!placeNames(doc).includes('Welcome'), JSON.stringify(placeNames(doc)));
  assert.ok(placeNames(doc).includes('Juba'), JSON.stringify(placeNames(doc)));
});

test('a country in a chant is no place of the protest; one named after the quote closes is', () => {
  const doc = run('Thousands of protesters chanted "Death to America" in Tehran on Friday.');
  assert.ok(!placeNames(doc).includes('America'), JSON.stringify(placeNames(doc)));
  assert.ok(placeNames(doc).includes('Tehran'), JSON.stringify(placeNames(doc)));
});

test('maySloganIn: a sentence without a chanting verb before a quote holds no slogan at any name', () => {
  const plain = 'Rebels shelled the town of Korvan near the river on Tuesday, officials said';
  assert.equal(maySloganIn(plain), false);
  // every prefix answers as the whole does
  for (let i = 0; i <= plain.length; i++) assert.equal(insideSlogan(plain.slice(0, i)), false);
  assert.equal(maySloganIn('crowds chanted "Death to Korvan'), true);
  assert.equal(maySloganIn('the marchers were singing  Free Korvan'), true);
});
