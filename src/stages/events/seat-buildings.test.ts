import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesFor } from '../../../test/helpers/event-places.ts';

// Issue 10, class 6: a seat of government (the White House, the Kremlin, the Pentagon) named as the government that acts
// or speaks is no event's place; named as a place it is one. Sentences are our own.
const places = placesFor('2017-11-17');

test('"the Pentagon said …" lends no place to a strike its own sentence does not place', () => {
  const text =
    'WASHINGTON (Reuters) - The Pentagon will send more troops to the region, officials said on Friday. ' +
    'An air strike killed 12 militants on Thursday, a spokesman said.';
  const got = places(text, 'WASHINGTON');
  assert.ok(got.length > 0 && got.every((p) => !/Pentagon/.test(p)), JSON.stringify(got));
});

test('protesters outside the White House: the building is the scene', () => {
  const text = 'WASHINGTON (Reuters) - Hundreds of protesters rallied outside the White House on Friday against the travel ban.';
  const got = places(text, 'WASHINGTON');
  assert.ok(got.some((p) => /White House/.test(p)), JSON.stringify(got));
});
