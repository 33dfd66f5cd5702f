import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { hyphenedNameParts } from './hyphen-names.ts';
import { places } from './index.ts';

const PLACES = new Set(['Kirkuk', 'Erbil', 'Israel', 'Guinea-Bissau', 'Freeport', 'Haul', 'Shadyside']);
const isPlace = (w: string) => PLACES.has(w) && w !== 'Haul';

test('a word hyphened to a word that is no place names a company', () => {
  assert.deepEqual([...hyphenedNameParts('Freeport-McMoRan Inc said so.', isPlace)].sort(), ['Freeport']);
  assert.ok(hyphenedNameParts('He rented a U-Haul van.', isPlace).has('Haul'));
  // nothing word-like right before the first capital: a letter, a digit, a mark, an apostrophe or a hyphen makes it no pair
  for (const before of ['x', '9', '\u0301', '’', '-']) assert.equal(hyphenedNameParts(`He drove ${before}Freeport-McMoRan trucks.`, isPlace).size, 0, before);
  assert.deepEqual([...hyphenedNameParts('He drove (Freeport-McMoRan) trucks.', isPlace)], ['Freeport']);
});

test('pairs of places, hyphened place names and Arabic heads are left alone', () => {
  assert.equal(hyphenedNameParts('The Kirkuk-Erbil road reopened.', isPlace).size, 0);
  assert.equal(hyphenedNameParts('Troops left Guinea-Bissau.', isPlace).size, 0);
  assert.equal(hyphenedNameParts('State Sen. Jane Roe, R-Florence, voted no.', isPlace).size, 0);
  assert.equal(hyphenedNameParts('Tom Doe, DFL-Cook, beat Watertown-ML\'s team and visited Chabad-Shadyside.', isPlace).size, 0);
  assert.equal(hyphenedNameParts('An Indo-Pacific pact replaced the Trans-Pacific one.', isPlace).size, 0);
  assert.equal(hyphenedNameParts('Rebels shelled Al-Bab and Deir-Hafer.', isPlace).size, 0);
  // the country keeps its reading in the pipeline (below); the set only names the candidates
  assert.ok(hyphenedNameParts('The Israel-Hamas talks stalled.', isPlace).has('Israel'));
});

const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string) => pipeline.run({ id: 't', text, title: null, published: null, publisher: 'Reuters', url: null, dateline: null, origin: { file: 'test' } });
const placed = (text: string) => mentionsOf(run(text), 'PLACE').filter((m) => m.place).map((m) => m.text);

test('a company named with a hyphen is no place anywhere in the story', () => {
  const got = placed('The Indonesian unit of Freeport-McMoRan Inc shut a road near its mine. A Freeport vehicle was hit by gunfire on Tuesday.');
  assert.ok(!got.includes('Freeport'), got.join(', '));
  assert.ok(!placed('Police said the man drove a U-Haul truck into pedestrians.').includes('Haul'));
});

test('places joined by a hyphen stay places', () => {
  const got = placed('Shelling hit the Kirkuk-Erbil road and the Israel-Hamas talks stalled.');
  for (const name of ['Kirkuk', 'Erbil', 'Israel']) assert.ok(got.includes(name), `${name} in ${got.join(', ')}`);
});

test('a name before "& Co" or a company suffix is a company\'s', () => {
  assert.ok(!placed('Wells Fargo & Co said its branch was robbed by armed men.').includes('Fargo'));
  assert.ok(!placed('Gunmen attacked a truck of Gorham Mining Inc near the border.').includes('Gorham'));
});
