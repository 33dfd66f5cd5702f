import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGeoCues, loadPersonCues } from '../../geo/geo-lexicons.ts';
import type { Article } from '../../model/article.ts';
import { mentionsOf, type Document } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { createDetector, spelledAlike } from './detect.ts';
import { choosePlace, places } from './index.ts';

// Invented note-style sentences; the names are well-known places, the events are made up.
const deps = createDeps();
const pipeline = createPipeline([segment, places], deps);
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } } satisfies Article);
const placeOf = (doc: Document, surface: string) => mentionsOf(doc, 'PLACE').find((m) => m.text === surface);
const segmenter = createPipeline([segment], deps);
const detector = createDetector(loadGeoCues(deps.lexicons.dir), loadPersonCues(deps.lexicons.dir));
const raws = (text: string) => detector.detect(segmenter.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } }), deps.gazetteer()).raws;

test('spellings a letter apart are one name; a looser key is not', () => {
  assert.ok(spelledAlike('Yüreğir', 'Yuregir'));
  assert.ok(spelledAlike('Al Ḩasakah', 'Al Hasakeh'));
  assert.ok(spelledAlike('Tyre', 'Tyr'));
  assert.ok(!spelledAlike('Minna', 'El Mina'));
  assert.ok(spelledAlike('Juba', 'Al Jubah'));
  assert.ok(!spelledAlike('Hiraan', 'Hayran'));
});

test('a container is read where the town said to lie in it is: "Sidon (Sayda)" is Lebanese', () => {
  const doc = run('On 3 March 2022, fishermen blocked the coastal road in Sidon (Sayda) over fuel prices. [size=no report]');
  assert.equal(placeOf(doc, 'Sidon')?.place?.countryCode, 'LB');
  assert.equal(placeOf(doc, 'Sayda')?.place?.countryCode, 'LB');
  assert.equal(choosePlace(doc, [0])?.text, 'Sidon');
});

test('a region of the very name votes for its country, not a region it is another spelling of: Adana is Turkish', () => {
  const doc = run('On 9 May 2022, lawyers marched from the Adana courthouse to Seyhan town, Adana, over unpaid fees.');
  for (const m of mentionsOf(doc, 'PLACE').filter((x) => x.text === 'Adana')) assert.equal(m.place?.countryCode, 'TR');
  assert.equal(placeOf(doc, 'Seyhan')?.place?.countryCode, 'TR');
});

test('a placed name that weighs as much as a stray word elsewhere is no namesake: "Sons of Fire" does not make Bolu Albanian', () => {
  const doc = run('On 2 April 2022, the Sons of Fire group set a depot alight in Bolu town.');
  assert.equal(placeOf(doc, 'Bolu')?.place?.countryCode, 'TR');
});

test('with nothing pointing elsewhere, a small town said to be a place is read where it alone bears the name', () => {
  const doc = run('On 4 April 2022, teachers held a sit-in outside the school in Beit ed Dine (Chouf). [size=no report]');
  assert.equal(placeOf(doc, 'Beit ed Dine')?.place?.countryCode, 'LB');
});

test('a capitalised article makes a name of a word that alone is only part of names: "Al Bab city"', () => {
  const doc = run('On 8 June 2022, gunmen wounded a trader in Al Bab city in Aleppo countryside.');
  assert.equal(placeOf(doc, 'Al Bab')?.place?.countryCode, 'SY');
  assert.equal(choosePlace(doc, [0])?.text, 'Al Bab');
  // alone and uncued it stays a word of other names
  assert.equal(placeOf(run('The Bab was closed on Monday.'), 'Bab'), undefined);
});

test('short names said to be places are read by their exact spelling: Nawa, Of, Ibb', () => {
  assert.equal(placeOf(run('On 1 July 2022, gunmen shot a teacher in Nawa town in Dara countryside.'), 'Nawa')?.place?.countryCode, 'SY');
  const of = run('On 2 July 2022, tea growers rallied in Of town, Trabzon, over prices.');
  assert.equal(placeOf(of, 'Of')?.place?.countryCode, 'TR');
  assert.equal(choosePlace(of, [0])?.text, 'Of');
  assert.equal(placeOf(run('On 3 July 2022, a grenade hit a shop in Ibb city.'), 'Ibb')?.place?.countryCode, 'YE');
  // a closing bracket of containers is such a place too
  assert.equal(placeOf(run('On 4 July 2022, tribesmen clashed in Jabal Sabir (An Nadirah, Ibb).'), 'Ibb')?.place?.countryCode, 'YE');
  // and with no such word it is not read at all
  assert.equal(placeOf(run('Of the wounded, two were children.'), 'Of'), undefined);
});

test('"Al Bayda City" after "Saudi-led": the town is the region\'s seat, and the coalition\'s country no evidence', () => {
  const doc = run('On 5 July 2022, 2 Saudi-led coalition air raids targeted Al Bayda City. Casualties unknown.');
  assert.equal(placeOf(doc, 'Al Bayda')?.place?.countryCode, 'YE');
  assert.notEqual(placeOf(doc, 'Al Bayda')?.place?.featureCode, 'ADM1');
  assert.equal(placeOf(doc, 'City'), undefined);
});

test('a region named "X and Y" is one name, in the text and as a container', () => {
  const doc = run('On 6 July 2022, police fired on a truck in Khash city (Sistan and Baluchestan).');
  const region = placeOf(doc, 'Sistan and Baluchestan');
  assert.equal(region?.place?.featureCode, 'ADM1');
  assert.equal(region?.place?.countryCode, 'IR');
  assert.equal(placeOf(doc, 'Khash')?.place?.countryCode, 'IR');
  assert.equal(placeOf(doc, 'Baluchestan'), undefined);
});

test('a list goes on where its first name stands: "in Hajjah and Haradh" cues both', () => {
  const rs = raws('On 7 July 2022, while Aden was quiet, missiles hit homes in Hajjah and Haradh.');
  assert.equal(rs.find((r) => r.text === 'Haradh')?.placeCue, true);
  assert.equal(rs.find((r) => r.text === 'Aden')?.placeCue, false);
});

test('"X city" is a settlement: neither Samoa nor Amhara', () => {
  assert.equal(placeOf(run('On 8 July 2022, residents protested in the Jumhuriya neighbourhood of As Samawah city.'), 'As Samawah')?.place?.countryCode, 'IQ');
  const amara = run('On 9 July 2022, militiamen deployed to the streets of Amara city. They also closed the main road in Amara city.');
  for (const m of mentionsOf(amara, 'PLACE').filter((x) => x.text === 'Amara')) assert.equal(m.place?.countryCode, 'IQ');
});

test('the country of a currency is no evidence of where: Jounieh stays Lebanese beside "the US dollar"', () => {
  const doc = run('On 10 July 2022, drivers blocked the highway in Jounieh city (Keserwan) as the pound fell against the US dollar.');
  assert.equal(placeOf(doc, 'Jounieh')?.place?.countryCode, 'LB');
});

test('not places: an operation code name, a name after a title, the first word of an unknown "X al-Y"', () => {
  assert.equal(placeOf(run('On 11 July 2022, gendarmes destroyed 2 shelters during the Eren-41 operations in Tunceli.'), 'Eren'), undefined);
  assert.equal(placeOf(run('On 12 July 2022, protesters rallied outside the home of Interior Minister Ayelet Shaked in Tel Aviv.'), 'Ayelet'), undefined);
  const khan = run('On 13 July 2022, rebels shelled army posts in Khan al-Sabeel town in Idleb governorate.');
  assert.equal(placeOf(khan, 'Khan'), undefined);
  assert.equal(choosePlace(khan, [0])?.place?.countryCode, 'SY');
});

test('"the Aden - Taizz road in X (Y, Z)" names a road\'s two ends, not a city and its quarter', () => {
  const doc = run('On 14 July 2022, tribesmen closed the Aden - Taizz road at a junction in Tur Al Bahah (Lahij).');
  const tur = placeOf(doc, 'Tur Al Bahah');
  assert.equal(tur?.place?.countryCode, 'YE');
  assert.equal(tur?.place?.admin1, 'Lahij');
});

test('"(Marib, Marib)": the first is the district, read at its town, the second the governorate', () => {
  const doc = run('On 15 July 2022, artillery hit positions in Al Balaq (Marib, Marib) and Al Jubah (Marib).');
  const [district, region] = mentionsOf(doc, 'PLACE').filter((m) => m.text === 'Marib');
  assert.notEqual(district?.place?.featureCode, 'ADM1');
  assert.equal(district?.place?.countryCode, 'YE');
  assert.equal(region?.place?.featureCode, 'ADM1');
});

test('"X badia in Y countryside": Y contains X, so a namesake of X elsewhere is ruled out', () => {
  const doc = run('On 16 July 2022, warplanes struck positions in Quriyeh badia in Deir ez Zor countryside.');
  const chosen = choosePlace(doc, [0]);
  assert.equal(chosen?.place?.countryCode, 'SY');
  assert.equal(chosen?.place?.admin1, 'Deir ez-Zor');
});
