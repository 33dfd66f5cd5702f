import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newDocument, type Document, type PlaceMention, type Sentence } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { governmentMentions } from './metonymy.ts';

// Hand-built one-sentence documents: which readings of a capital stand for its government.
const ankara: Place = { name: 'Ankara', latitude: 39.92, longitude: 32.85, geonameid: null, featureCode: 'PPLC', countryCode: 'TR', iso3: 'TUR', country: 'Turkey', admin1: null, admin2: null, precision: 1 } as Place;
function docOf(text: string): Document {
  const sentences: Sentence[] = [{ index: 0, start: 0, end: text.length, firstToken: 0, endToken: 0 }];
  const start = text.indexOf('Ankara');
  const mentions: PlaceMention[] = [{ id: 'p', kind: 'PLACE', start, end: start + 6, sentence: 0, text: 'Ankara', confidence: 0.9, by: 'test', place: ankara }];
  return { ...newDocument({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } }), sentences, mentions };
}
const isGovernment = (text: string) => {
  const doc = docOf(text);
  return governmentMentions(doc, doc.mentions as PlaceMention[]).size === 1;
};

test('a capital others call or deem something is a party they judge, not the scene of the bombing told beside it', () => {
  assert.equal(isGovernment('Survivors of the truck bombing called Ankara their only genuine international partner.'), true);
  assert.equal(isGovernment('Officials hailed Ankara as a true friend after the blast.'), true);
  assert.equal(isGovernment('Many regard Ankara as the key mediator.'), true);
  // the verb alone or the predicate alone is no judgment: a place still
  assert.equal(isGovernment('A bomb exploded in a district called Ankara yesterday.'), false);
  assert.equal(isGovernment('The wounded were flown to Ankara as the toll rose.'), false);
});

test('a capital said to be someone\'s friend or ally, or to invest in a country, is that party too', () => {
  assert.equal(isGovernment('Ankara is the best friend to Somalia, said a graduate.'), true);
  assert.equal(isGovernment('Ankara has been a key ally of the government.'), true);
  assert.equal(isGovernment('Ankara has invested heavily in Somalia over the past five years.'), true);
  assert.equal(isGovernment('Ankara is the capital of Turkey.'), false);
});

test('a place named before its regional or provincial government stands for that government', () => {
  assert.equal(isGovernment('Protesters demanded that the Ankara Regional Government resign.'), true);
  assert.equal(isGovernment('The Ankara provincial council met on Monday.'), true);
  assert.equal(isGovernment('A bomb exploded at a regional government office in Ankara.'), false);
});
