import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document, PlaceMention } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { loadSeats } from '../../geo/geo-lexicons.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';
import { chooseEventPlace } from '../events/place.ts';

// Written sentences: an institution named as the site places the event at its country's capital.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const seats = (doc: Document): PlaceMention[] => mentionsOf(doc, 'PLACE').filter((m) => m.seat);
const at = (doc: Document, word: string) => ({ start: doc.text.indexOf(word), end: doc.text.indexOf(word) + word.length });

test('the seats lexicon: lower-case phrases, each once', () => {
  const phrases = loadSeats().map((s) => s.phrase);
  assert.ok(phrases.includes('parliament') && phrases.includes('presidential palace') && phrases.includes('supreme court'));
  assert.equal(new Set(phrases).size, phrases.length);
});

test("a country's possessive or a people's name before an institution named as the site: the capital", () => {
  const court = run("Islamic State claimed a suicide attack that killed 22 people outside Afghanistan's Supreme Court.");
  assert.deepEqual(seats(court).map((m) => [m.text, m.place?.name, m.place?.countryCode]), [["Afghanistan's Supreme Court", 'Kabul', 'AF']]);
  const parliament = run('Gunmen stormed the Iraqi parliament on Monday.');
  assert.deepEqual(seats(parliament).map((m) => [m.text, m.place?.name]), [['Iraqi parliament', 'Baghdad']]);
  const palace = run('Mortar shells hit the presidential palace in an attack claimed by al Shabaab, Somalia police said.');
  assert.deepEqual(seats(palace).map((m) => m.place?.name), ['Mogadishu']);
});

test('an institution that speaks or acts is no site; nor is a palace whose sentence names two countries', () => {
  assert.deepEqual(seats(run('The Afghan defence ministry said 20 Taliban fighters were killed.')), []);
  assert.deepEqual(seats(run("Iraq's parliament voted to reject the referendum.")), []);
  assert.deepEqual(seats(run('The leaders of Iran and Turkey met at the presidential palace.')), []);
});

test("the event takes the seat over its country's centroid, but not over a town its clause names", () => {
  const court = run("A suicide bomber killed 22 people outside Afghanistan's Supreme Court.");
  assert.equal(chooseEventPlace(court, [0], at(court, 'killed'))?.place?.name, 'Kabul');
  assert.equal(chooseEventPlace(court, [0], at(court, 'killed'))?.seat, true);
  const town = run('Gunmen attacked the Afghan defence ministry building in Kandahar, killing five.');
  assert.match(chooseEventPlace(town, [0], at(town, 'attacked'))?.place?.name ?? '', /^Kandah/);
});

test('a seat is no toponym: the country named in its possessive stays the article country', () => {
  const doc = run("A bomb exploded outside Afghanistan's Supreme Court.");
  const plain = mentionsOf(doc, 'PLACE').filter((m) => !m.seat && !m.demonym).map((m) => m.text);
  assert.ok(plain.includes('Afghanistan'), JSON.stringify(plain));
});

test('an institution inside a longer word is none: the guard before the phrase holds with any letter or digit before it', () => {
  // the guard, read after the phrase's first letter, still sees the character before the phrase
  assert.deepEqual(seats(run('Gunmen stormed the Iraqi parliament on Monday.')).map((m) => m.text), ['Iraqi parliament']);
  assert.deepEqual(seats(run('Gunmen stormed the Iraqi éparliament on Monday.')), []);
  assert.deepEqual(seats(run('Gunmen stormed the Iraqi 2parliament on Monday.')), []);
  assert.deepEqual(seats(run('Gunmen stormed the Iraqi Parliament on Monday.')).map((m) => m.text), ['Iraqi Parliament']);
});
