import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesFor } from '../../../test/helpers/event-places.ts';

// Issue 10, the event's own place in whole wire stories (precision review of 4 Dec). Sentences are our own.
const places = placesFor('2017-10-03', { withBackground: true });

test('a town named only inside an actor\'s name ("a Damascus police station") beats the dateline\'s city', () => {
  const text =
    'BEIRUT (Reuters) - Islamic State said three of its fighters carried out an attack on a Damascus police station on Monday in which 17 people were killed. ' +
    'Two of the attackers blew themselves up inside the building.';
  const got = places(text, 'BEIRUT');
  assert.ok(got.length > 0 && got.every((p) => !p.endsWith('@Beirut')), JSON.stringify(got));
  assert.ok(got.some((p) => p.endsWith('@Damascus')), JSON.stringify(got));
});

test('a state before its institution ("the U.S. State Department said") is no scene: the clashes are in Kenya', () => {
  const text =
    'WASHINGTON (Reuters) - The U.S. government is deeply concerned about the political environment in Kenya as police and protesters clashed ahead of the election, the U.S. State Department said in a statement on Friday.';
  const got = places(text, 'WASHINGTON');
  assert.ok(got.length > 0, JSON.stringify(got));
  assert.ok(got.every((p) => p.endsWith('@Kenya')), JSON.stringify(got));
});
