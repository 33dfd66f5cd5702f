import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesFor } from '../../../test/helpers/event-places.ts';

// A town's part or the tail of a longer name read as a namesake in another country than the story's ("the district of
// Al Mashhad" in an Aleppo story read as Mashhad, Iran). Sentences are our own.
const places = placesFor('2016-11-30');

test('a district named in a story whose places agree on one country is no namesake abroad, however big', () => {
  const got = places('Government forces pounded rebel areas of Aleppo and Homs on Tuesday. The observatory reported a barrel bomb attack on the district of Al Mashhad, killing five civilians.', null);
  assert.ok(got.length > 0 && got.every((p) => !p.endsWith('@Mashhad')), JSON.stringify(got));
});

test('the same name said as a town of its own stays that town', () => {
  const got = places('Gunmen attacked a police post in Mashhad on Monday, killing two officers, Iranian media said.', null);
  assert.ok(got.length > 0 && got.every((p) => p.endsWith('@Mashhad')), JSON.stringify(got));
});

test('once said to be a town part, the name is that part where the story repeats it bare', () => {
  const got = places(
    'Militants shelled the Sulaymaniyah neighborhood of the Syrian city of Aleppo on Saturday, killing two people. ' +
      'Rebels in Homs and Hama fired rockets too. The Sulaymaniyah area was hit by a mortar attack that killed three people on Monday.',
    null,
  );
  assert.ok(got.length > 0 && got.every((p) => !/@As Sulaym/.test(p)), JSON.stringify(got));
});
