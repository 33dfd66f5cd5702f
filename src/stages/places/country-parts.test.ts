import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../model/article.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';
import { placesFor } from '../../../test/helpers/event-places.ts';

// Issue 10: "in the country's north" is a part of the story's country, coded at the country and not at the dateline
// capital the reporter files from; also the person role nouns the reviews met. Sentences are our own.
const pipeline = createPipeline([segment, places], createDeps());
const article = (text: string): Article => ({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const parts = (text: string) => mentionsOf(pipeline.run(article(text)), 'PLACE').filter((m) => m.seat).map((m) => [m.text, m.place?.name, m.place?.precision]);
const events = placesFor('2017-11-17');

test('a compass part of "the country" is a mention of the story\'s country, at precision 3', () => {
  assert.deepEqual(parts('Jordan says gunmen killed five border guards in the country s north on Tuesday.'), [['the country s north', 'Jordan', 3]]);
  assert.deepEqual(parts('Jordan says gunmen killed five border guards in the far north of the country.').map((p) => p[1]), ['Jordan']);
  assert.deepEqual(parts('Jordan says gunmen killed five border guards in northern parts of the country.').map((p) => p[1]), ['Jordan']);
  assert.deepEqual(parts('Jordan says gunmen killed five border guards in the country’s restive north-east.').map((p) => p[0]), ['the country’s restive north-east']);
  // a compass word that is no part of the country, and a country part in a story that names no country
  assert.deepEqual(parts('Jordan says the guards fled north on Tuesday.'), []);
  assert.deepEqual(parts('Gunmen killed five guards in the country s north.'), []);
});

test('the part is found however "the country" is cased or spaced (the scan that spares stories without it reads alike)', () => {
  assert.deepEqual(parts('Jordan says gunmen killed five guards. The country’s north is restive.').map((p) => p[0]), ['The country’s north']);
  assert.deepEqual(parts('Jordan says gunmen killed five guards in the\ncountry’s north.').map((p) => p[1]), ['Jordan']);
  assert.deepEqual(parts('Jordan says gunmen killed five guards in THE COUNTRY’S NORTH.').map((p) => p[1]), ['Jordan']);
});

test('an event in the country\'s north is coded at the country, not at the dateline capital', () => {
  const got = events('AMMAN (Reuters) - Gunmen killed five soldiers in the country s north on Tuesday, officials said.', 'AMMAN');
  assert.ok(got.length && got.every((e) => e.endsWith('@Jordan')), JSON.stringify(got));
  const other = events('BAGHDAD (Reuters) - Militants killed six Iraqi policemen in the north of the country on Tuesday, officials said.', 'BAGHDAD');
  assert.ok(other.length && other.every((e) => e.endsWith('@Iraq')), JSON.stringify(other));
});

test('a town the clause names stays the event\'s place beside the country part', () => {
  const got = events('ABUJA (Reuters) - Militants killed 12 Nigerian villagers in the town of Mubi in the country s northeast on Tuesday, police said.', 'ABUJA');
  assert.ok(got.length && got.every((e) => e.endsWith('@Mubi')), JSON.stringify(got));
});

test('a role noun like "entrepreneur" before a name makes it a person, not a town', () => {
  const named = (text: string) => mentionsOf(pipeline.run(article(text)), 'PLACE').filter((m) => m.place).map((m) => m.text);
  assert.deepEqual(named('Last week, tech entrepreneur Sama Tanya saw police fire teargas at protesters in Cameroon.'), ['Cameroon']);
  assert.deepEqual(named('Businessman Sama Tanya said the police fired teargas at protesters in Cameroon.'), ['Cameroon']);
});

test('an unnamed area of the country, or elsewhere in it, is the country, not the dateline capital', () => {
  const remote = events('LIMA (Reuters) - Gunmen shot dead a community leader in a remote area of the country on Saturday, police said.', 'LIMA');
  assert.ok(remote.length && remote.every((e) => e.endsWith('@Peru')), JSON.stringify(remote));
  const elsewhere = events('LIMA (Reuters) - Gunmen killed five farmers elsewhere in the country on Saturday, police said.', 'LIMA');
  assert.ok(elsewhere.length && elsewhere.every((e) => e.endsWith('@Peru')), JSON.stringify(elsewhere));
  // a district named by its town is that town's, no unnamed part of the country
  assert.deepEqual(parts('Gunmen killed a guard in a northern district of Lima on Saturday, Peru said.'), []);
});
