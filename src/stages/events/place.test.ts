import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newDocument, type Document, type PlaceMention, type Sentence } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { chooseEventPlace } from './place.ts';

// Hand-built one-sentence documents: the event's place is tested on given readings, whatever the resolver makes of the names.
function place(name: string, latitude: number, longitude: number, o: Partial<Place> = {}): Place {
  return { name, latitude, longitude, geonameid: null, featureCode: 'PPL', countryCode: 'SY', iso3: 'SYR', country: 'Syria', admin1: null, admin2: null, precision: 1, ...o };
}
function docOf(text: string, readings: [string, Place, string?][]): Document {
  const sentences: Sentence[] = [{ index: 0, start: 0, end: text.length, firstToken: 0, endToken: 0 }];
  const mentions: PlaceMention[] = readings.map(([surface, p, relation]) => {
    const start = text.indexOf(surface);
    assert.ok(start >= 0, surface);
    return { id: `p${start}`, kind: 'PLACE', start, end: start + surface.length, sentence: 0, text: surface, confidence: 0.9, by: 'test', place: p, ...(relation ? { relation } : {}) };
  });
  return { ...newDocument({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } }), sentences, mentions };
}
const at = (doc: Document, word: string) => ({ start: doc.text.indexOf(word), end: doc.text.indexOf(word) + word.length });

test('a relative phrase describes the place named just before it: "the Qalamoun mountains to the northwest of Bir Qassab"', () => {
  const doc = docOf('Rebels clashed with IS in the Qalamoun mountains to the northwest of Bir Qassab.', [
    ['Qalamoun', place('Qalamoun', 33.95, 36.6, { featureCode: 'MTS', precision: 3 })],
    ['Bir Qassab', place('Bir Qassab', 33.25, 36.75, { precision: 2 }), 'to the northwest of'],
  ]);
  assert.equal(chooseEventPlace(doc, [0], at(doc, 'clashed'))?.text, 'Qalamoun');
});

test('"Shadadah area" describes Shadadah, not the crossing named before it; list items describe nothing', () => {
  const area = docOf('A convoy entered Syria via Waleed crossing, then headed to Shadadah area bases.', [
    ['Waleed crossing', place('Waleed crossing', 36.9, 42.4, { featureCode: 'PSTB', precision: 2 })],
    ['Shadadah', place('Ash Shaddadah', 36.06, 40.73, { precision: 2 }), 'area'],
  ]);
  assert.equal(chooseEventPlace(area, [0], at(area, 'convoy'))?.text, 'Shadadah');
  const list = docOf('Forces fired artillery at positions in Bani Hasan (Abs) and west of Haradh (Hajjah).', [
    ['Abs', place('Abs', 16.0, 43.2, { countryCode: 'YE', iso3: 'YEM', country: 'Yemen', precision: 3 })],
    ['Haradh', place('Haradh', 16.4, 43.06, { countryCode: 'YE', iso3: 'YEM', country: 'Yemen', precision: 2 }), 'west of'],
    ['Hajjah', place('Hajjah', 15.7, 43.6, { countryCode: 'YE', iso3: 'YEM', country: 'Yemen', featureCode: 'ADM1', precision: 3 })],
  ]);
  assert.equal(chooseEventPlace(list, [0], at(list, 'fired'))?.text, 'Haradh');
});

test('a place in a job title ("Middle East director at a rights group") is no event place; the place of the arrests is', () => {
  const doc = docOf('The arrests in Jeddah are a sign of a crackdown, said the Middle East director at a rights group.', [
    ['Jeddah', place('Jeddah', 21.54, 39.17, { countryCode: 'SA', iso3: 'SAU', country: 'Saudi Arabia' })],
    ['Middle East', place('Middle East', 29.0, 41.0, { featureCode: 'RGN', countryCode: '', iso3: '', country: '', precision: 3 })],
  ]);
  assert.equal(chooseEventPlace(doc, [0], at(doc, 'arrests'))?.text, 'Jeddah');
  // with the region's title as the only place, the event has none rather than the job's region
  const only = docOf('These arrests are a sign of a crackdown, said the Middle East director at a rights group.', [
    ['Middle East', place('Middle East', 29.0, 41.0, { featureCode: 'RGN', countryCode: '', iso3: '', country: '', precision: 3 })],
  ]);
  assert.equal(chooseEventPlace(only, [0], at(only, 'arrests')), null);
});

test('"a Florida-based company" says where a firm is based, not where the event happened', () => {
  const florida = place('Florida', 28.5, -81.7, { featureCode: 'ADM1', countryCode: 'US', iso3: 'USA', country: 'United States', precision: 3 });
  const based = docOf('Another victim, shot in the attack, was a manager at a Florida-based travel company.', [['Florida', florida]]);
  assert.equal(chooseEventPlace(based, [0], at(based, 'attack')), null);
  const scene = docOf('Another victim was shot in the attack in Florida on Sunday.', [['Florida', florida]]);
  assert.equal(chooseEventPlace(scene, [0], at(scene, 'attack'))?.text, 'Florida');
});

test('a state that blames "with its allies" is no scene: "an attack which the United States and its allies blamed on Syria"', () => {
  const us = place('United States', 39.8, -98.6, { featureCode: 'PCLI', countryCode: 'US', iso3: 'USA', country: 'United States', precision: 3 });
  const syria = place('Syria', 35.0, 38.5, { featureCode: 'PCLI', precision: 3 });
  const doc = docOf('A chemical attack which the United States and its allies blamed on the government killed 80 people in Syria.', [
    ['Syria', syria],
    ['United States', us],
  ]);
  assert.equal(chooseEventPlace(doc, [0], at(doc, 'attack'))?.text, 'Syria');
  const alone = docOf('A chemical attack this week, which the United States and its allies blamed on the government, killed 80.', [['United States', us]]);
  // the government is kept only where the story offers no other place
  assert.equal(chooseEventPlace(alone, [0], at(alone, 'attack'))?.text, 'United States');
});
