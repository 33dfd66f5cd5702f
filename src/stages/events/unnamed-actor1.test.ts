import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../model/actor.ts';
import { loadConventionalActors } from './conventional.ts';
import { unnamedActor1 } from './unnamed-actor1.ts';

const conv = loadConventionalActors();
const syria: Actor = { id: 'military-sy', name: 'Military Forces of Syria (2000-)', inter: 1, country: 'SY', kind: 'state' };
const is: Actor = { id: 'islamic-state', name: 'Islamic State', inter: 2, country: null, kind: 'jihadist' };
const police: Actor = { id: 'police-tr', name: 'Police Forces of Turkey (2016-)', inter: 1, country: 'TR', kind: 'state' };

test('unnamed actor1: the sub-event type\'s convention where the story names no one', () => {
  assert.equal(unnamedActor1('Government regains territory', is, 'IQ', conv)?.name, 'Military Forces of {country}');
  assert.equal(unnamedActor1('Air/drone strike', null, 'SY', conv)?.name, 'Unidentified Military Forces');
  // "The arrests were made after …": the state's police
  assert.equal(unnamedActor1('Arrests', null, 'SA', conv)?.name, 'Police Forces of {country}');
  // "Bomb disposal experts defused a booby-trapped car": the country's forces stopped an Islamic State weapon
  assert.equal(unnamedActor1('Disrupted weapons use', is, 'LY', conv)?.name, 'Military Forces of {country}');
});

test('unnamed actor1: never the other side\'s own force, and no convention for battles or bombings', () => {
  // a pro-Syrian regime drone shot down in Syria was not stopped by Syria's forces
  assert.equal(unnamedActor1('Disrupted weapons use', syria, 'SY', conv), null);
  // police officers detained in Turkey: the police are not both sides
  assert.equal(unnamedActor1('Arrests', police, 'TR', conv), null);
  assert.equal(unnamedActor1('Armed clash', is, 'SY', conv), null);
  assert.equal(unnamedActor1('Shelling/artillery/missile attack', null, 'SY', conv), null);
});
