import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Place } from '../../model/place.ts';
import { workNameTails } from './facility-names.ts';

// A hamlet's name ending a work's name ("the Upper Big Branch mine" read as Branch, Minnesota) is no event's place.
// Sentences are our own.
const hamlet = { geonameid: 1, featureCode: 'PPL', population: 500 } as Place;
const city = { geonameid: 2, featureCode: 'PPLA', population: 900_000 } as Place;

function tails(text: string, names: [string, Place][]): string[] {
  const found = names.map(([w, place]) => {
    const start = text.indexOf(w);
    return { at: { start, end: start + w.length, w }, place };
  });
  return [...workNameTails(text, found)].map((a) => a.w);
}

test('a small place ending a run of capitalised words a work noun follows is the work name, and so is the run said again', () => {
  const text = 'An explosion at Massey’s Upper Big Branch mine killed 29. The accident at Upper Big Branch was blamed on safety lapses.';
  const first = text.indexOf('Branch');
  const second = text.indexOf('Branch', first + 1);
  const found = [{ at: { start: first, end: first + 6 }, place: hamlet }, { at: { start: second, end: second + 6 }, place: hamlet }];
  assert.equal(workNameTails(text, found).size, 2);
  assert.deepEqual(tails('Workers struck at the Deepwater Horizon rig on Monday.', [['Horizon', hamlet]]), ['Horizon']);
});

test('a place alone, a place opening the name, or a big town stays a place', () => {
  // no capitalised word before it
  assert.deepEqual(tails('Gunmen attacked a gold mine near Branch on Monday.', [['Branch', hamlet]]), []);
  // "In Branch": a preposition opening a sentence is no work's name
  assert.deepEqual(tails('In Branch mine workers went on strike.', [['Branch', hamlet]]), []);
  // no work's noun after it
  assert.deepEqual(tails('Protesters marched through Upper Big Branch on Monday.', [['Branch', hamlet]]), []);
  // a city of 100,000 or a province's seat lies where the work is
  assert.deepEqual(tails('Militants attacked the North Kirkuk oil field.', [['Kirkuk', city]]), []);
});
