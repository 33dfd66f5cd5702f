import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mentionsOf } from '../../model/document.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// Issue 12: "Saint" spelled out is also a title, so "in Saint Paul" and "Saint Croix County" were read as a saint's name
// and lost, where "St. Paul" was found. After a place's cue, or with a county's word, the run is the place. Sentences are our own.
const extractor = createExtractor();
const story = storyOn('2018-03-01');
const places = (text: string) => mentionsOf(extractor.extract(story(text)).doc, 'PLACE').map((m) => [m.text, m.place?.name ?? null]);

test('a place whose name opens with "Saint" spelled out is found like its "St." form', () => {
  assert.deepEqual(places('The retrial moved to Saint Croix County, and the jury met in Saint Paul on Monday.'), [
    ['Saint Croix County', 'St. Croix County'],
    ['Saint Paul', 'Saint Paul'],
  ]);
});

test('a saint named as a person stays no place', () => {
  assert.deepEqual(places('Saint Peter said the faithful should pray, the preacher told a crowd.'), []);
});
