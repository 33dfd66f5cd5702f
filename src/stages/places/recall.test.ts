import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';
import { createDetector } from './detect.ts';
import { loadGeoCues, loadPersonCues } from '../../geo/geo-lexicons.ts';

// Issue 12, end-to-end toponym recall: classes of names the detector or the resolver lost. Sentences are our own.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const placed = (doc: Document) => mentionsOf(doc, 'PLACE').filter((m) => m.place);
const at = (doc: Document, surface: string) => placed(doc).find((m) => m.text === surface);

test('an abbreviated Saint, Mount or Fort opens the name it belongs to', () => {
  const doc = run('Officials in St. Petersburg said the consulate would close. He studied at a college in St. Louis and moved to Ft. Myers, Fla. ST. LOUIS police said nothing.');
  assert.equal(at(doc, 'St. Petersburg')?.place?.countryCode !== undefined, true, JSON.stringify(placed(doc).map((m) => m.text)));
  assert.equal(at(doc, 'St. Louis')?.place?.admin1, 'Missouri');
  assert.equal(at(doc, 'ST. LOUIS')?.place?.admin1, 'Missouri');
  assert.equal(at(doc, 'Ft. Myers')?.place?.admin1, 'Florida');
  // "St" alone after a name is still no place, nor is the word after it a surname-place
  assert.ok(!placed(doc).some((m) => m.text === 'Louis' || m.text === 'Petersburg'));
});

test('a region inside a list that goes on is the next item, not the container of the name before it', () => {
  const tour = run('The Swedish band will play shows in Copenhagen, Hamburg, Brasoc and Mannheim this month after Stockholm and Gothenburg.');
  assert.equal(at(tour, 'Copenhagen')?.place?.countryCode, 'DK', JSON.stringify(placed(tour).map((m) => [m.text, m.place?.countryCode])));
  const firm = run('The firm has offices in Los Angeles, Miami, West Palm Beach, New York, and Detroit.');
  assert.equal(at(firm, 'West Palm Beach')?.place?.admin1, 'Florida');
  // a real container in a list still contains: Athens is the Georgia one
  const athens = at(run('He was born in Athens, Georgia, and Atlanta mourned him.'), 'Athens');
  assert.equal(athens?.place?.admin1, 'Georgia');
});

test('"Quebec City": a town\'s own name with "City" is its own name, also where its country is named in passing', () => {
  const doc = run('The leaders met in Washington and Mexico City. Trudeau spoke to reporters in Quebec City on Friday. Ottawa and Washington, Texas and Ohio were named again.');
  assert.equal(at(doc, 'Quebec City')?.place?.countryCode, 'CA');
});

test('inside a sentence the capital says "name" whatever part of speech the tagger guesses; at its start it does not', () => {
  const doc = run('On Thursday morning the Concord Police executed two search warrants in New Hampshire. A Charleston man was charged in West Virginia.');
  assert.ok(at(doc, 'Concord'), JSON.stringify(placed(doc).map((m) => [m.text])));
  // a sentence set in title case, or a sentence's first word, says nothing by its capital
  const deps = createDeps();
  const detector = createDetector(loadGeoCues(deps.lexicons.dir), loadPersonCues(deps.lexicons.dir));
  const mid = (text: string, name: string) => detector.detect(createPipeline([segment], deps).run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } }), deps.gazetteer()).raws.find((r) => r.text === name)?.midSentence;
  assert.equal(mid('The council met in Athens on Monday and voted.', 'Athens'), true);
  assert.equal(mid('Glass Recycling Begins On Friday In Athens.', 'Athens'), false);
  assert.equal(mid('Athens voted on Monday to close the center.', 'Athens'), false);
});

test('a county the gazetteer knows once is no hamlet, wherever the story is', () => {
  const doc = run('Victims in Friday\'s Darke County fatal auto accident were identified. The driver had served in Gaza and the West Bank.');
  assert.equal(at(doc, 'Darke County')?.place?.admin1, 'Ohio');
});

test('"Lancashire County Council", "Tipperary County Council": a British or Irish county is no missing US county', () => {
  const doc = run('The loans are funded by Lancashire County Council and the grant by Tipperary County Council.');
  assert.equal(at(doc, 'Lancashire County')?.place?.countryCode, 'GB');
  assert.equal(at(doc, 'Tipperary County')?.place?.countryCode, 'IE');
  // a US county the Census knows stays a US county
  assert.equal(at(run('Deputies in Darke County and Miami County responded.'), 'Darke County')?.place?.countryCode, 'US');
});

test('a capital\'s name said bare is the capital, not a small town of its name in the story\'s state', () => {
  const doc = run('Schools in Clarke County and Oconee County will cut jobs, according to a Washington-based group. Athens and Watkinsville schools met.');
  assert.equal(at(doc, 'Washington')?.place?.admin1, 'District of Columbia');
  // the words around still settle a namesake: "Washington, Ga."
  assert.equal(at(run('He grew up in Washington, Ga., and moved to Athens.'), 'Washington')?.place?.admin1, 'Georgia');
});

test('a national capital called by its very name is no stray namesake, out of the story\'s countries or not', () => {
  const doc = run('Baltia Air Lines hopes to open offices in New York and Boston, and in Moscow, Kiev, Minsk and Riga next year.');
  assert.equal(at(doc, 'Riga')?.place?.countryCode, 'LV');
});

test('peoples\' words the country package lacks are demonyms of their country, not towns of like spelling', () => {
  const doc = run('Kazakh officials met a Bosnian Serb delegation and the Philippine Sports Commission in Almaty.');
  const dem = new Map(mentionsOf(doc, 'PLACE').filter((m) => m.demonym).map((m) => [m.text, m.place?.countryCode]));
  assert.equal(dem.get('Kazakh'), 'KZ');
  assert.equal(dem.get('Serb'), 'RS');
  assert.equal(dem.get('Philippine'), 'PH');
  assert.ok(!placed(doc).some((m) => !m.demonym && m.text === 'Kazakh'), 'no town Qazax');
});

test('a name before its town\'s own institution ("Palestine Civic Center", "Slidell PD") is the town, not part of a longer unknown name', () => {
  const doc = run('The Forestry Service office on U.S. 287 in Texas lies past the Palestine Civic Center, behind Fire Station No. 4.');
  assert.equal(at(doc, 'Palestine')?.place?.admin1, 'Texas');
  assert.equal(at(run('The boy drowned in the pool, police said (Picture: Slidell PD).'), 'Slidell')?.place?.admin1, 'Louisiana');
});

test('a sentence\'s capitalised opening word is no part of the name after it, unless a place bears the whole name', () => {
  const text = 'In Rome, pizzeria owners celebrated on Monday. In Canada, the product only reached the distributor. In Salah lies in Algeria.';
  const doc = createPipeline([segment, places], createDeps()).run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
  const byText = new Map(mentionsOf(doc, 'PLACE').map((m) => [m.text, m.place]));
  assert.equal(byText.get('Rome')?.countryCode, 'IT', JSON.stringify([...byText.keys()]));
  assert.equal(byText.get('Canada')?.featureCode, 'PCLI');
  assert.equal(byText.get('In Salah')?.countryCode, 'DZ');
});

test('a region whose spelling key is very short is still read after a town and a comma ("Provo, Utah")', () => {
  const text = 'Water expert Ben Carter, of Cedar City, Utah, wrote that the water was safe.';
  const doc = createPipeline([segment, places], createDeps()).run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
  const utah = mentionsOf(doc, 'PLACE').find((m) => m.text === 'Utah');
  assert.equal(utah?.place?.featureCode, 'ADM1', JSON.stringify(mentionsOf(doc, 'PLACE').map((m) => m.text)));
});
