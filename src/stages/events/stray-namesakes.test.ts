import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document, PlaceMention } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { strayNamesakes } from './stray-namesakes.ts';

// Invented mentions; the places are real, the story is made up.
const place = (name: string, countryCode: string, featureCode: string, population: number | undefined, geonameid: number | null): Place =>
  ({ name, countryCode, country: countryCode, featureCode, population, geonameid, latitude: 0, longitude: 0, admin1: null, precision: 1 }) as unknown as Place;
let at = 0;
const said = (text: string, p: Place): PlaceMention => ({ id: `m${at}`, kind: 'PLACE', start: at, end: (at += text.length + 1) - 1, sentence: 0, text, confidence: 1, by: 'places', place: p });
const docOf = (mentions: PlaceMention[]) => ({ mentions }) as unknown as Document;

const bolivia = place('Bolivia', 'BO', 'PCLI', undefined, null);
const elAltoPeru = place('El Alto', 'PE', 'PPL', 9303, 3697441);

test('a small town of a country the story names by no other word is a stray namesake: El Alto, Peru, in a Bolivian story', () => {
  const ms = [said('Bolivia', bolivia), said('El Alto', elAltoPeru), said('La Paz', place('La Paz', 'BO', 'PPLG', 2_004_652, 3911925)), said('As El Alto', elAltoPeru)];
  const stray = strayNamesakes(docOf(ms));
  assert.deepEqual(ms.filter(stray).map((m) => m.text), ['El Alto', 'As El Alto']);
});

test('a town of a country the story names otherwise, a big city and a country are kept', () => {
  const peru = place('Peru', 'PE', 'PCLI', undefined, null);
  const brussels = place('Brussels', 'BE', 'PPLC', 1_019_022, 2800866);
  const ms = [said('Bolivia', bolivia), said('La Paz', place('La Paz', 'BO', 'PPLG', 2_004_652, 3911925)), said('El Alto', elAltoPeru), said('Peru', peru), said('Brussels', brussels)];
  assert.deepEqual(ms.filter(strayNamesakes(docOf(ms))).map((m) => m.text), []);
});

test('a story naming no country twice has no focus to call anything stray', () => {
  const ms = [said('El Alto', elAltoPeru)];
  assert.deepEqual(ms.filter(strayNamesakes(docOf(ms))).map((m) => m.text), []);
});
