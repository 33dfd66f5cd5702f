import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';

// Issue 12, end-to-end toponym recall: towns inside a speaker's name, legislators' home towns, one sense per story.
// Sentences are our own.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const placed = (doc: Document) => mentionsOf(doc, 'PLACE').filter((m) => m.place);
const at = (doc: Document, surface: string) => placed(doc).find((m) => m.text === surface);
const show = (doc: Document) => JSON.stringify(placed(doc).map((m) => [m.text, m.place?.name, m.place?.countryCode]));

test('a town followed by its own office inside the speaker\'s name is the office\'s town', () => {
  const mayor = run('Avondale Mayor Ed Rieker said the annexation would help the corridor.');
  assert.equal(at(mayor, 'Avondale')?.place?.countryCode, 'US', show(mayor));
  const chief = run('The blaze was out by noon, said Lubbock Fire Chief Jim Harlan.');
  assert.equal(at(chief, 'Lubbock')?.place?.admin1, 'Texas', show(chief));
  // the office's own words are no names: "Fire" is no Fier, Albania
  assert.ok(!placed(chief).some((m) => m.text === 'Fire' || m.text === 'Chief'), show(chief));
  // a village's name as the whole speaker is still a person's ("Saloum said")
  assert.equal(at(run('Saloum said the talks had failed.'), 'Saloum'), undefined);
});

test('a name after a lower-case "of" is no speaker', () => {
  const doc = run('A former resident of Lubbock told reporters she had been ill for weeks.');
  assert.equal(at(doc, 'Lubbock')?.place?.admin1, 'Texas', show(doc));
});

test('a city of 100,000 as the speaker is a toponym (its club or council), never a lesser town', () => {
  const doc = run('In a statement released after the match, Liverpool said it condemned the damage to the stadium.');
  assert.equal(at(doc, 'Liverpool')?.place?.countryCode, 'GB', show(doc));
});

test('a party\'s letters before a legislator\'s home town name an American town', () => {
  const doc = run('Sen. Jane Moore, R-Fairfax, attached the amendment. Rep. Tom Olson, DFL-Chisholm, voted against it.');
  assert.equal(at(doc, 'Fairfax')?.place?.countryCode, 'US', show(doc));
  assert.equal(at(doc, 'Chisholm')?.place?.countryCode, 'US', show(doc));
});

test('one sense per story: a mention set aside takes the place the same spelling resolved to elsewhere', () => {
  // the list's "Riga" alone, in a story of American towns, is doubted as a far namesake; "in Riga" resolves
  const doc = run('The Chicago company, based in Illinois, plans service between New York and Moscow, Kiev, Minsk and Riga next year. Its staff in Denver and Dallas will handle the bookings for Ohio and Texas. Its new office in Riga opens in May.');
  const rigas = placed(doc).filter((m) => m.text === 'Riga');
  assert.equal(rigas.length, 2, show(doc));
  assert.ok(rigas.every((m) => m.place?.countryCode === 'LV'), show(doc));
});

test('a place opening a paper\'s name is a toponym, never an event\'s place', () => {
  const doc = run('The premier told the Winnipeg Free Press that he had been abroad. The Moscow Times printed the letter.');
  const winnipeg = mentionsOf(doc, 'PLACE').find((m) => m.text === 'Winnipeg');
  assert.equal(winnipeg?.place?.countryCode, 'CA', show(doc));
  assert.equal(winnipeg?.site, true);
  assert.equal(mentionsOf(doc, 'PLACE').find((m) => m.text === 'Moscow')?.place?.countryCode, 'RU', show(doc));
  // a paper named for no place stays no place
  assert.ok(!placed(run('The Spectator Post printed the letter.')).length);
});

test('one sense per story carries only a well-known reading: a hamlet read from "at X" is no sense for the rest', () => {
  const doc = run('Activists marked the anniversary of the 1969 Stonewall riots in New York City on Sunday. The city will also hold a ceremony at Stonewall on Monday.');
  const riots = mentionsOf(doc, 'PLACE').find((m) => m.start === doc.text.indexOf('Stonewall riots'));
  assert.ok(!riots?.place || riots.site, show(doc));
});
