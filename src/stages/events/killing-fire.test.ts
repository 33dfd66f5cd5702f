import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';

// Stories we wrote ourselves (nonev18): a fire told as what killed people, and an arson told as someone setting it, each
// as the lead of a whole article.
const BODY = ['The area lies south of the city centre.', 'Residents said shops had reopened.', 'A spokesman gave no further details.', 'Fuel prices rose on the news.', 'Talks on the budget are due next week.'];
const art = (lead: string): Article => ({ id: 'fire', text: [lead, ...BODY].join(' '), published: '2017-10-16', title: null, publisher: null, url: null, dateline: null, origin: { file: 'invented' } });
const x = createExtractor();
const types = (text: string) => x.extract(art(text)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

test('a fire told as what killed people, with no one said to set it, is an accident, not an attack', () => {
  assert.deepEqual(types('Detectives are still searching the housing block where a fire killed about 60 people.'), []);
  assert.deepEqual(types('Residents mourned on Monday after a fire at a crowded market in Dhaka that killed 14 people.'), []);
});

test('a fire someone set stays an attack, and gunfire is no fire', () => {
  assert.deepEqual(types('Gunmen set fire to a school in Kano, killing 12 pupils, police said on Monday.'), ['Mob violence']);
  assert.deepEqual(types('Gunmen opened fire on a bus in Kano on Monday, killing 12 passengers, police said.'), ['Attack']);
});
