import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mentionsOf } from '../../model/document.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// Issue 12: GeoWebNews counts rivers, islands, mountain ranges and water bodies as toponyms, and cities500 (towns only)
// has none of them: lexicons/geo-physical.jsonl (rivers, islands, ranges) and the water bodies of geo-regions.jsonl name
// them. A water body joined by "of" is read whole ("Gulf of Aden" is the gulf, not the port). Sentences are our own.
const extractor = createExtractor();
const story = storyOn('2018-03-01');
const places = (text: string) => mentionsOf(extractor.extract(story(text)).doc, 'PLACE').map((m) => [m.text, m.place?.name ?? null, m.place?.featureCode ?? null]);

test('rivers, islands, ranges and lakes are places of their own', () => {
  const found = places('Hikers crossed the Appalachians, rafted the Cauvery, sailed past Borneo and camped by Lake Baikal.');
  assert.deepEqual(found, [
    ['Appalachians', 'Appalachian Mountains', 'MTS'],
    ['Cauvery', 'Kaveri', 'STM'],
    ['Borneo', 'Borneo', 'ISL'],
    ['Lake Baikal', 'Lake Baikal', 'LK'],
  ]);
});

test('a water body joined by "of" is read whole, not as the town or country after "of"', () => {
  const found = places('Tankers left the Gulf of Aden for the Bay of Bengal and the Gulf of Mexico.');
  assert.deepEqual(found.map(([t, n]) => [t, n]), [
    ['Gulf of Aden', 'Gulf of Aden'],
    ['Bay of Bengal', 'Bay of Bengal'],
    ['Gulf of Mexico', 'Gulf of Mexico'],
  ]);
});

test('a river is never an event\'s place: the event takes the town the story names instead', () => {
  const { records } = extractor.extract(story('Artillery shelled villages on the east bank of the Euphrates on Friday, killing five civilians. The villages lie east of Deir ez-Zor city.'));
  assert.ok(records.length > 0);
  for (const r of records) assert.notEqual(r.location, 'Euphrates', JSON.stringify(records.map((x) => x.location)));
});
