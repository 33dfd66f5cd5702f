import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesFor } from '../../../test/helpers/event-places.ts';

// Issue 10, the event's own place: where people fled to and where someone will travel are not where the violence was.
// Sentences are our own.
const places = placesFor('2017-10-06');

test('the country refugees fled to is not the scene of the attack they fled', () => {
  const fled = places('NAIROBI (Reuters) - Gunmen attacked a village in South Sudan on Friday, killing 15 people, and survivors fled across the border to Uganda, the U.N. said.', 'NAIROBI');
  assert.ok(fled.length && fled.every((p) => p.endsWith('@South Sudan')), JSON.stringify(fled));
  const crossed = places('Thousands of refugees have crossed into Kenya after soldiers killed dozens of civilians, aid workers said on Friday.', null);
  assert.ok(crossed.every((p) => !p.endsWith('@Kenya')), JSON.stringify(crossed));
  const refuge = places('Government jets killed 20 people in Aleppo on Thursday, and hundreds of families sought refuge in Jordan, residents said.', null);
  assert.ok(refuge.length && refuge.every((p) => p.endsWith('@Aleppo')), JSON.stringify(refuge));
});

test('a trip not yet made is no scene; the place the event\'s words give is', () => {
  const trip = places('MANILA (Reuters) - Police arrested three opposition activists on Monday, days before the president travels to Singapore next week for talks.', 'MANILA');
  assert.ok(trip.length && trip.every((p) => !p.endsWith('@Singapore')), JSON.stringify(trip));
  const will = places('Police arrested three opposition activists in Cebu on Monday. The president will visit Japan for a summit.', null);
  assert.ok(will.every((p) => !p.endsWith('@Japan')), JSON.stringify(will));
});

test('a trade a place names ("a Wall Street banker", "a London lawyer") says who, not where', () => {
  const got = places('Islamist militants killed a London banker in a bomb attack in Libya on Monday, officials said.', null);
  assert.ok(got.length && got.every((p) => p.endsWith('@Libya')), JSON.stringify(got));
  const street = places('Islamist militants kidnapped a Wall Street banker in Mali on Monday, officials said.', null);
  assert.ok(street.length && street.every((p) => p.endsWith('@Mali')), JSON.stringify(street));
});

test('a crossing by those who attack is the scene; only the fleeing people\'s crossing is not', () => {
  const raid = places('Islamist militants crossed into Niger and killed five soldiers at a border post on Tuesday, officials said.', null);
  assert.ok(raid.length && raid.every((p) => p.endsWith('@Niger')), JSON.stringify(raid));
});
