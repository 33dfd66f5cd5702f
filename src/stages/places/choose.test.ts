import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newDocument, type Document, type PlaceMention, type Sentence } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { choosePlace } from './choose.ts';

// Hand-built documents: the chooser is tested on given readings, whatever the resolver makes of the names.
const COUNTRIES: Record<string, [string, string]> = { SY: ['SYR', 'Syria'], LB: ['LBN', 'Lebanon'], IL: ['ISR', 'Israel'], IQ: ['IRQ', 'Iraq'], TR: ['TUR', 'Turkey'], RU: ['RUS', 'Russia'], IR: ['IRN', 'Iran'], YE: ['YEM', 'Yemen'], SS: ['SSD', 'South Sudan'], DO: ['DOM', 'Dominican Republic'], US: ['USA', 'United States'], SA: ['SAU', 'Saudi Arabia'] };
let nextId = 1;
function place(name: string, countryCode: string, latitude: number, longitude: number, o: Partial<Place> = {}): Place {
  const [iso3, country] = COUNTRIES[countryCode];
  return { name, latitude, longitude, geonameid: nextId++, featureCode: 'PPL', countryCode, iso3, country, admin1: null, admin2: null, precision: 1, ...o };
}
const country = (cc: string, lat: number, lon: number) => place(COUNTRIES[cc][1], cc, lat, lon, { featureCode: 'PCLI', precision: 3 });

/** A document whose place mentions are the given surfaces (the k-th occurrence when repeated) read as the given places. */
function docOf(text: string, readings: [string, Place][]): Document {
  const sentences: Sentence[] = [];
  const re = /[^.]+(?:\.|$)/g;
  for (let m = re.exec(text); m && m[0].length; m = re.exec(text)) sentences.push({ index: sentences.length, start: m.index, end: m.index + m[0].length, firstToken: 0, endToken: 0 });
  const seen = new Map<string, number>();
  const mentions: PlaceMention[] = readings.map(([surface, p]) => {
    let start = -1;
    for (let k = 0, from = 0; k <= (seen.get(surface) ?? 0); k++, from = start + 1) start = text.indexOf(surface, from);
    assert.ok(start >= 0, `"${surface}" is not in the text`);
    seen.set(surface, (seen.get(surface) ?? 0) + 1);
    const sentence = sentences.findIndex((s) => start >= s.start && start < s.end);
    return { id: `p${start}`, kind: 'PLACE', start, end: start + surface.length, sentence, text: surface, confidence: 0.9, by: 'test', place: p };
  });
  mentions.sort((a, b) => a.start - b.start);
  return { ...newDocument({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } }), sentences, mentions };
}

const tyre = place('Tyre', 'LB', 33.27, 35.19, { featureCode: 'PPLA2', admin1: 'South Lebanon' });
const farTira = place('Et Tira', 'IL', 32.23, 34.95);

test('a name read outside the place its brackets give is a namesake: the bracket wins', () => {
  const doc = docOf('Artillery shells hit Tayr Debba (Tyr) on Monday.', [
    ['Tayr', farTira],
    ['Tyr', tyre],
  ]);
  assert.equal(choosePlace(doc, [0])?.text, 'Tyr');
});

test('the namesake found out once is found out where the name recurs', () => {
  const doc = docOf('Artillery shells hit Tayr Debba (Tyr) on Monday. Around 50 shells fell on Tayr Debba and nearby fields.', [
    ['Tayr', farTira],
    ['Tyr', tyre],
    ['Tayr', farTira],
  ]);
  assert.equal(choosePlace(doc, [1])?.text, 'Tyr');
});

test('a name in its own container stays, and wins over the container', () => {
  const aleppo = place('Aleppo', 'SY', 36.2, 37.16, { featureCode: 'ADM1', admin1: 'Aleppo', precision: 3 });
  const bab = place('Al Bab', 'SY', 36.37, 37.52, { admin1: 'Aleppo' });
  const doc = docOf('Shells hit Al Bab city in Aleppo governorate.', [
    ['Al Bab', bab],
    ['Aleppo', aleppo],
  ]);
  assert.equal(choosePlace(doc, [0])?.text, 'Al Bab');
  // a town of the governorate's name is compared by governorate, not by distance
  const idlibGov = place('Idlib', 'SY', 35.93, 36.63, { featureCode: 'ADM1', admin1: 'Idlib', precision: 3 });
  const homsVillage = place('Khirbat', 'SY', 34.7, 36.56, { admin1: 'Homs' });
  const wrong = docOf('Rebels shelled Khan al-Sabeel town in Idleb governorate.', [
    ['Khan', homsVillage],
    ['Idleb', idlibGov],
  ]);
  assert.equal(choosePlace(wrong, [0])?.text, 'Idleb');
});

test('among equally specific places, the one given with its container wins ("X town, Y")', () => {
  const antalya = place('Antalya', 'TR', 36.9, 30.7, { featureCode: 'PPLA', admin1: 'Antalya' });
  const antalyaGov = place('Antalya', 'TR', 36.9, 30.7, { featureCode: 'ADM1', admin1: 'Antalya', precision: 3 });
  const manavgat = place('Manavgat', 'TR', 36.79, 31.44, { featureCode: 'PPLA2', admin1: 'Antalya' });
  const doc = docOf('Ukrainians living in Antalya staged a protest in Manavgat town, Antalya, against the war.', [
    ['Antalya', antalya],
    ['Manavgat', manavgat],
    ['Antalya', antalyaGov],
  ]);
  assert.equal(choosePlace(doc, [0], { start: doc.text.indexOf('staged'), end: doc.text.indexOf('staged') + 6 })?.text, 'Manavgat');
});

test('a square, road or gate named after a town is not that town', () => {
  const kirkuk = place('Kirkuk', 'IQ', 35.47, 44.39, { featureCode: 'PPLA', admin1: 'Kirkuk' });
  const sulaymaniyah = place('As Sulaymaniyah', 'IQ', 35.56, 45.44, { featureCode: 'PPLA', admin1: 'Sulaymaniyah' });
  const doc = docOf('Taxi drivers blocked the Kirkuk Road in front of the governorate building in Sulaymaniyah city.', [
    ['Kirkuk', kirkuk],
    ['Sulaymaniyah', sulaymaniyah],
  ]);
  assert.equal(choosePlace(doc, [0])?.text, 'Sulaymaniyah');
});

test('a way through or a point of departure is not the place; a place fought over is', () => {
  const crossing = place('Border crossing', 'IQ', 36.9, 42.4, { geonameid: null, featureCode: 'PSTB' });
  const shadadah = place('Ash Shaddadah', 'SY', 36.06, 40.73, { featureCode: 'PPLA3' });
  const via = docOf('A convoy entered Syria via Waleed crossing and headed to its bases in Shadadah area.', [
    ['Waleed crossing', crossing],
    ['Shadadah', shadadah],
  ]);
  assert.equal(choosePlace(via, [0])?.text, 'Shadadah');
  const hawija = place('Al Hawijah', 'IQ', 35.32, 43.76, { featureCode: 'PPLA2' });
  const kirkuk = place('Kirkuk', 'IQ', 35.47, 44.39, { featureCode: 'PPLA' });
  const ousted = docOf('Iraq launched an offensive to dislodge Islamic State from Hawija, west of the oil city of Kirkuk.', [
    ['Hawija', hawija],
    ['Kirkuk', { ...kirkuk, precision: 2 }],
  ]);
  assert.equal(choosePlace(ousted, [0])?.text, 'Hawija');
});

test('"coded to" and "Coded as" name the coder\'s place, whatever else the sentence names', () => {
  const baghdad = place('Baghdad', 'IQ', 33.34, 44.4, { featureCode: 'PPLC' });
  const kut = place('Al Kut', 'IQ', 32.51, 45.82, { featureCode: 'PPLA' });
  const doc = docOf('Police deployed along the road out of Baghdad on Monday. Coded as Kut city.', [
    ['Baghdad', baghdad],
    ['Kut', kut],
  ]);
  assert.equal(choosePlace(doc, [0])?.text, 'Kut');
});

test('the bracketed place of the first sentence fixes the country of names in later sentences', () => {
  const telAviv = place('Tel Aviv', 'IL', 32.08, 34.78, { featureCode: 'PPLA' });
  const yelets = place('Yelets', 'RU', 52.62, 38.5);
  const doc = docOf('Hundreds protested in Tel Aviv (Tel Aviv) against the war. Dozens demonstrated outside the house of Ayelet Shaked.', [
    ['Tel Aviv', telAviv],
    ['Tel Aviv', telAviv],
    ['Ayelet', yelets],
  ]);
  assert.equal(choosePlace(doc, [1])?.text, 'Tel Aviv');
});

test('prose brackets and countries are left alone', () => {
  const iraq = country('IQ', 33, 44);
  const syria = country('SY', 35, 38);
  const mosul = place('Mosul', 'IQ', 36.34, 43.13, { featureCode: 'PPLA' });
  const prose = docOf('Fighters flowing between the countries (Iraq and Syria) were stopped. Jets struck Mosul on Monday.', [
    ['Iraq', iraq],
    ['Syria', syria],
    ['Mosul', mosul],
  ]);
  assert.equal(choosePlace(prose, [1])?.text, 'Mosul');
  const iran = country('IR', 32, 53);
  const lebanon = country('LB', 33.9, 35.9);
  const hezbollah = docOf('Iran-backed Hezbollah in Lebanon denied it. The quake hit western Iran on Sunday.', [
    ['Iran', iran],
    ['Lebanon', lebanon],
    ['Iran', iran],
  ]);
  assert.equal(choosePlace(hezbollah, [1])?.place?.countryCode, 'IR');
});

test('the first-level regions closing the brackets fix the country: a far namesake is dropped, even bracketed', () => {
  const marib = place('Marib', 'YE', 15.46, 45.32, { geonameid: null, featureCode: 'ADM1', admin1: 'Marib', precision: 3 });
  const juba = place('Juba', 'SS', 4.85, 31.58, { featureCode: 'PPLC' });
  const doc = docOf('Rockets fell on Wadi Qaws (Al Jubah) and on Jabal Hilan (Marib) overnight.', [
    ['Al Jubah', juba],
    ['Marib', marib],
  ]);
  assert.equal(choosePlace(doc, [0])?.text, 'Marib');
  // a later sentence's far namesake ("Bani" read as Bani, Dominican Republic) yields to the bracket's region
  const dhamar = place('Dhamar', 'YE', 14.54, 44.41, { geonameid: null, featureCode: 'ADM1', admin1: 'Dhamar', precision: 3 });
  const bani = place('Bani', 'DO', 18.28, -70.33, { featureCode: 'PPLA' });
  const feud = docOf('Two clans fought in Wadi Harran (Al Hada, Dhamar) after a killing. Three men died on the side of Bani Harith.', [
    ['Dhamar', dhamar],
    ['Bani', bani],
  ]);
  assert.equal(choosePlace(feud, [1])?.place?.countryCode, 'YE');
});

test('the source\'s own name for the place, just across the border from the bracket\'s region, is still read there', () => {
  const sadah = place('Sadah', 'YE', 16.94, 43.76, { geonameid: null, featureCode: 'ADM1', admin1: 'Sadah', precision: 3 });
  const najran = place('Najran', 'SA', 17.49, 44.13, { featureCode: 'PPLA' });
  const doc = docOf("Shells hit positions in Al Khadra (Kitaf, Sadah) 'in Najran' on Monday.", [
    ['Sadah', sadah],
    ['Najran', najran],
  ]);
  assert.equal(choosePlace(doc, [0])?.text, 'Najran');
});

test('a known name before a bracketed district the gazetteer lacks is ACLED\'s place, and fixes the country', () => {
  const beitEdDine = place('Beit ed Dine', 'LB', 33.69, 35.58, { featureCode: 'PPLA2' });
  const us = place('United States', 'US', 39.83, -98.58, { geonameid: null, featureCode: 'PCLI', precision: 3 });
  const doc = docOf('Drivers blocked the road at Beit ed Dine junction (Chouf) at dawn. Protests at the fall of the pound against the US dollar spread.', [
    ['Beit ed Dine', beitEdDine],
    ['US', us],
  ]);
  assert.equal(choosePlace(doc, [1])?.text, 'Beit ed Dine');
  // an aside in brackets is no district
  const aside = docOf('Drivers blocked the road at Beit ed Dine junction (location unclear) at dawn. Protests at the fall of the pound against the US dollar spread.', [
    ['Beit ed Dine', beitEdDine],
    ['US', us],
  ]);
  assert.equal(choosePlace(aside, [1])?.text, 'US');
});

test('a bridge named after a town is not that town', () => {
  const homs = place('Homs', 'SY', 34.73, 36.72, { featureCode: 'PPLA' });
  const baghdad = place('Baghdad', 'IQ', 33.34, 44.4, { featureCode: 'PPLC' });
  const doc = docOf('At the Baghdad bridge on the Homs road, guards stopped two men.', [
    ['Baghdad', baghdad],
    ['Homs', homs],
  ]);
  // neither is the place outright: the one nearer the event's word wins
  const stopped = { start: doc.text.indexOf('stopped'), end: doc.text.indexOf('stopped') + 7 };
  assert.equal(choosePlace(doc, [0], stopped)?.text, 'Homs');
});

test('"Coded as X district" points to X named elsewhere when the words themselves were not read as a place', () => {
  const erbil = place('Erbil', 'IQ', 36.19, 44.01, { featureCode: 'PPLA' });
  const khanaqin = place('Khanaqin', 'IQ', 34.35, 45.39, { featureCode: 'PPLA2' });
  const rabia = place('Rabia', 'IQ', 36.8, 42.1);
  const doc = docOf('The brigade now answers to Erbil. It will operate around Rabia and Khanaqin. Coded as Khanaqin district.', [
    ['Erbil', erbil],
    ['Rabia', rabia],
    ['Khanaqin', khanaqin],
  ]);
  assert.equal(choosePlace(doc, [0])?.start, doc.text.indexOf('Khanaqin'));
});

test('a coded name the gazetteer lacks is placed by the district bracketed after it', () => {
  const taizCity = place('Taizz', 'YE', 13.58, 44.02, { featureCode: 'PPLA' });
  const maqbanah = place('Maqbanah', 'YE', 13.6, 43.73, { featureCode: 'PPLA2' });
  const taizGov = place('Taizz', 'YE', 13.58, 44.02, { geonameid: null, featureCode: 'ADM1', admin1: 'Taizz', precision: 3 });
  const doc = docOf('Drones struck positions west of Taizz (coded to Wadi Rasyan front) (Maqbanah, Taizz) on Monday.', [
    ['Taizz', taizCity],
    ['Maqbanah', maqbanah],
    ['Taizz', taizGov],
  ]);
  assert.equal(choosePlace(doc, [0])?.text, 'Maqbanah');
});

test('the region a point of departure lies in goes with it: the town is still the best guess', () => {
  const alBab = place('Al Bab', 'SY', 36.37, 37.52, { admin1: 'Aleppo' });
  const aleppo = place('Aleppo', 'SY', 36.2, 37.16, { geonameid: null, featureCode: 'ADM1', admin1: 'Aleppo', precision: 3 });
  const doc = docOf('Guards beat a boy from Al Bab city in Aleppo governorate near their base.', [
    ['Al Bab', alBab],
    ['Aleppo', aleppo],
  ]);
  assert.equal(choosePlace(doc, [0])?.text, 'Al Bab');
});

test('a region an earlier sentence lends yields to a town in it named shortly before: "a Florida company" after "in Orlando"', () => {
  const orlando = place('Orlando', 'US', 28.54, -81.38, { admin1: 'Florida' });
  const florida = place('Florida', 'US', 28.5, -81.7, { featureCode: 'ADM1', precision: 3, admin1: 'Florida' });
  const doc = docOf('A gunman killed 49 people at a nightclub in Orlando on Sunday. Another victim worked for a travel company in Florida. The shooter laughed as he fired.', [
    ['Orlando', orlando],
    ['Florida', florida],
  ]);
  assert.equal(choosePlace(doc, [2])?.text, 'Orlando');
  // a town outside the region lent is no nearer point of it
  const away = docOf('A gunman killed 49 people at a nightclub in Baghdad on Sunday. Another victim worked for a travel company in Florida. The shooter laughed as he fired.', [
    ['Baghdad', place('Baghdad', 'IQ', 33.34, 44.4)],
    ['Florida', florida],
  ]);
  assert.equal(choosePlace(away, [2])?.text, 'Florida');
});

test('the dateline town in the country an earlier sentence lends is the event\'s nearer point, at precision 2', () => {
  const doc = docOf('BAGHDAD (Reuters) - A militant was killed in an operation in Iraq last week. He blew himself up.', [
    ['BAGHDAD', place('Baghdad', 'IQ', 33.34, 44.4, { featureCode: 'PPLC' })],
    ['Iraq', country('IQ', 33, 44)],
  ]);
  const chosen = choosePlace(doc, [1]);
  assert.deepEqual([chosen?.place?.name, chosen?.place?.precision], ['Baghdad', 2]);
  const abroad = docOf('BEIRUT (Reuters) - A militant was killed in an operation in Iraq last week. He blew himself up.', [
    ['BEIRUT', place('Beirut', 'LB', 33.89, 35.5, { featureCode: 'PPLC' })],
    ['Iraq', country('IQ', 33, 44)],
  ]);
  assert.equal(choosePlace(abroad, [1])?.place?.name, 'Iraq');
});

test('a place another year dates ("the bombing of Baghdad airport in 2016") lends no place to a current event', () => {
  const text = 'A militant behind the bombing of Baghdad airport in 2016 was killed in Iraq last week. He blew himself up.';
  const readings: [string, Place][] = [
    ['Baghdad', place('Baghdad', 'IQ', 33.34, 44.4, { featureCode: 'PPLC' })],
    ['Iraq', country('IQ', 33, 44)],
  ];
  const doc = docOf(text, readings);
  const dated = { ...doc, article: { ...doc.article, published: '2017-11-24' } };
  assert.equal(choosePlace(dated, [1])?.text, 'Iraq');
  // told in the story's own year, the place stands
  const same = { ...doc, article: { ...doc.article, published: '2016-11-24' } };
  assert.equal(choosePlace(same, [1])?.text, 'Baghdad');
});

/** The document with its first mention given the relative phrase the places stage found before it. */
const withRelation = (doc: Document, relation: string): Document => ({ ...doc, mentions: doc.mentions.map((m, k) => (k === 0 ? { ...(m as PlaceMention), relation } : m)) });

test('a village "in the vicinity of" which the note places in a district is the place, not the district town', () => {
  const text = 'Two shepherds were injured by a device found in the vicinity of Magarakoy village in Idil district, Sirnak.';
  const village = place('Mağaraköy', 'TR', 37.28, 41.6, { admin1: 'Sirnak', precision: 2 });
  const idil = place('İdil', 'TR', 37.33, 41.89, { featureCode: 'PPLA2', admin1: 'Sirnak' });
  const sirnak = place('Sirnak', 'TR', 37.4, 42.6, { featureCode: 'ADM1', admin1: 'Sirnak', precision: 3, geonameid: null });
  const doc = withRelation(docOf(text, [['Magarakoy', village], ['Idil', idil], ['Sirnak', sirnak]]), 'in the vicinity of');
  assert.equal(choosePlace(doc, [0])?.text, 'Magarakoy');
  // a quarter "area in" a town is coded at the town
  const quarter = withRelation(docOf('Rioters clashed with forces in the Tell area in Khader town (Bethlehem).', [
    ['Tell', place('Tell', 'IL', 32.2, 35.21, { precision: 2 })],
    ['Khader', place('Khader', 'IL', 31.69, 35.17)],
    ['Bethlehem', place('Bethlehem', 'IL', 31.7, 35.2, { featureCode: 'PPLA2', precision: 2 })],
  ]), 'area');
  assert.equal(choosePlace(quarter, [0])?.text, 'Khader');
});

test('a name a park or hospital bears is no place of its own: the district the note names is', () => {
  const akdeniz = place('Akdeniz', 'TR', 36.82, 34.76, { featureCode: 'ADM2', admin1: 'Mersin', precision: 2 });
  const mersin = place('Mersin', 'TR', 36.8, 33.8, { featureCode: 'ADM1', admin1: 'Mersin', precision: 3, geonameid: null });
  const park = docOf('A demonstration was staged at Ozgur Cocuk park in Akdeniz town, Mersin.', [
    ['Ozgur', place('Uzgur', 'TR', 40.89, 38.36, { admin1: 'Giresun' })],
    ['Akdeniz', akdeniz],
    ['Mersin', mersin],
  ]);
  assert.equal(choosePlace(park, [0])?.text, 'Akdeniz');
  const hospital = docOf('Health workers staged a demonstration outside the Toros state hospital in Akdeniz town, Mersin.', [
    ['Toros', place('Toros', 'TR', 36.88, 34.12, { admin1: 'Mersin' })],
    ['Akdeniz', akdeniz],
    ['Mersin', mersin],
  ]);
  assert.equal(choosePlace(hospital, [0])?.text, 'Akdeniz');
  // a lower-case word before the park is no part of its name: "Aleppo and the park" keeps Aleppo
  const plain = docOf('Shelling hit Afrin and the park in Akdeniz town.', [
    ['Afrin', place('Afrin', 'TR', 36.8, 34.7, { admin1: 'Mersin' })],
    ['Akdeniz', akdeniz],
  ]);
  assert.equal(choosePlace(plain, [0])?.text, 'Afrin');
});

test("names listed as lying in a stated district are namesakes when read in another governorate, even backing each other", () => {
  const text = 'Warplanes struck PKK militants in Sehid Kendal, Sehid Zagros and Sehid Silan areas (Kurdish names) in Zap region (Al Amadiya district) of Duhok.';
  const amadiya = place('Al ‘Amādīyah', 'IQ', 37.09, 43.49, { featureCode: 'PPLA2', admin1: 'Duhok', precision: 3 });
  const doc = docOf(text, [
    ['Kendal', place('Kandālah', 'IQ', 36.62, 43.34, { admin1: 'Nineveh' })],
    ['Silan', place('Silān', 'IQ', 36.8, 43.7, { admin1: 'Nineveh' })],
    ['Al Amadiya', amadiya],
  ]);
  assert.equal(choosePlace(doc, [0])?.text, 'Al Amadiya');
  // read inside the district's governorate, the listed name is the place
  const inside = docOf(text, [
    ['Kendal', place('Kandālah', 'IQ', 37.0, 43.4, { admin1: 'Duhok' })],
    ['Silan', place('Silān', 'IQ', 36.8, 43.7, { admin1: 'Nineveh' })],
    ['Al Amadiya', amadiya],
  ]);
  assert.equal(choosePlace(inside, [0])?.text, 'Kendal');
});
