import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document, PlaceMention } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';

// GeoWebNews annotates streets, buildings and venues as toponyms; the gazetteer has none of them.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const sites = (doc: Document): PlaceMention[] => mentionsOf(doc, 'PLACE').filter((m) => m.site);

test('a street or venue after "at", "in", "block of" is a site placed at the town named with it', () => {
  const doc = run('The press conference at Barclays Center in Brooklyn ended early. Police in Winnipeg were called to the 400 block of Assiniboine Avenue.');
  const byText = new Map(sites(doc).map((m) => [m.text, m]));
  assert.deepEqual([...byText.keys()], ['Barclays Center', 'Assiniboine Avenue']);
  assert.equal(byText.get('Barclays Center')?.place?.admin1, 'New York', 'the town named right after it');
  assert.equal(byText.get('Assiniboine Avenue')?.place?.admin1, 'Manitoba', 'the nearest town before it');
  assert.equal(byText.get('Assiniboine Avenue')?.place?.featureCode, 'RD');
  assert.equal(byText.get('Assiniboine Avenue')?.place?.precision, 2);
});

test('sentence ends, articles and people\'s names are no part of a site', () => {
  const doc = run('Protesters gathered in Austin on Saturday. The Church said nothing. Renzo Holzmann is a professor at the University of Valparaiso. It is an unusual race. A letter from Mike Park arrived in Austin.');
  assert.deepEqual(sites(doc).map((m) => m.text), []);
});

test('a site is never an event\'s place nor the record\'s country: it is flagged', () => {
  const doc = run('Gunmen opened fire at Altnagelvin Hospital in Derry on Monday.');
  const hospital = sites(doc).find((m) => m.text === 'Altnagelvin Hospital');
  assert.ok(hospital?.site, JSON.stringify(mentionsOf(doc, 'PLACE').map((m) => m.text)));
});

test('a town the gazetteer lacks, said to be one, is a site, and so are its bare repetitions', () => {
  const doc = run('He worked as a house painter in the small town of Kasba Bonli in northwestern India. That seems the case in Kasba Bonli, a market town in Rajasthan. Aondona was displaced from Umemger village.');
  const found = sites(doc);
  assert.deepEqual(found.map((m) => m.text), ['Kasba Bonli', 'Kasba Bonli', 'Umemger']);
  assert.ok(found.every((m) => m.place?.countryCode === 'IN'), JSON.stringify(found.map((m) => m.place?.countryCode)));
  const people = run('The community of Philippine President Rodrigo Duterte met in Manila.');
  assert.deepEqual(sites(people).map((m) => m.text), []);
});

test('the place a newspaper is named for is a site at that place; a paper\'s own words are none', () => {
  const doc = run('The network told The Washington Post the trip was planned. The Daily Mail ran it too, by Peter Goffin, The Canadian Press.');
  const found = new Map(sites(doc).map((m) => [m.text, m.place]));
  assert.deepEqual([...found.keys()], ['Washington', 'Canadian']);
  assert.equal(found.get('Washington')?.admin1, 'District of Columbia');
  assert.equal(found.get('Canadian')?.countryCode, 'CA');
});

test('a site gone to, part of, or opening a sentence is a site too', () => {
  const doc = run('He rented the 26th floor of Trump Tower in New York. Dulles International Airport is 22 miles from Washington.');
  assert.deepEqual(sites(doc).map((m) => m.text), ['Trump Tower']);
  // the airport is a landmark of its own (landmarks.jsonl), read at the airport rather than as a site at its town
  assert.equal(mentionsOf(doc, 'PLACE').find((m) => m.text === 'Dulles International Airport')?.place?.featureCode, 'AIRP');
  const prison = sites(run('A Philippine judge sent the convicts to the New Bilibid Prison in Manila.'));
  assert.deepEqual(prison.map((m) => m.text), ['New Bilibid Prison']);
  assert.equal(prison[0].place?.countryCode, 'PH', 'the town named right after it');
});

test('a title makes a person of a site\'s name, and a headline opening with one is no site', () => {
  const doc = run('Spokeswoman Jessica Bridge said the plan was sound. Highest Stock Market Ever Recorded In Tokyo. Saint Mary\'s Hospital in Boston was closed.');
  assert.deepEqual(sites(doc).map((m) => m.text), ['Saint Mary\'s Hospital']);
});

test('a name the resolver abstains on gives way to the site it opens', () => {
  // "Alder" reaches only Aldeire, Spain, which an English story sets aside; it opens the hospital's name, a site in Liverpool
  const text = "Doctors in Liverpool, England, spoke to reporters in Manchester and Leeds. Doctors at the Alder Hey Children's Hospital in Liverpool said no.";
  const doc = run(text);
  const at = text.indexOf('Alder');
  const here = mentionsOf(doc, 'PLACE').filter((m) => m.start <= at && m.end > at);
  assert.equal(here.length, 1, JSON.stringify(mentionsOf(doc, 'PLACE').map((m) => [m.text, m.start, m.place?.name ?? null])));
  assert.equal(here[0].text, "Alder Hey Children's Hospital");
  assert.equal(here[0].site, true);
  assert.equal(here[0].place?.countryCode, 'GB');
});
