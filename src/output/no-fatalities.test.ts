// Issue 10 (actors12): types ACLED codes with no fatalities never take the toll of another event of their story.
// Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createExtractor } from '../pipeline/extractor.ts';
import { fatalitiesFor } from './no-fatalities.ts';
import { storyOn } from '../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-09-25');

test('an arrest does not take the toll of the coup it is linked to', () => {
  const rs = ex.extract(art('Turkish police arrested 11 people in Istanbul on Monday over links to the failed coup in which more than 240 people were killed.')).records;
  const arrest = rs.find((r) => r.sub_event_type === 'Arrests');
  assert.ok(arrest, JSON.stringify(rs.map((r) => r.sub_event_type)));
  assert.equal(arrest.fatalities, 0);
});

test('the types without fatalities are zeroed; others and unknown counts are kept', () => {
  assert.equal(fatalitiesFor('Agreement', 500), 0);
  assert.equal(fatalitiesFor('Abduction/forced disappearance', 14), 0);
  assert.equal(fatalitiesFor('Arrests', null), null);
  assert.equal(fatalitiesFor('Armed clash', 12), 12);
  assert.equal(fatalitiesFor('Mob violence', 3), 3);
  // a protest told with deaths is a mistyped one whose toll is right
  assert.equal(fatalitiesFor('Protest with intervention', 2), 2);
});
