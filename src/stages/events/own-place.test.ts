import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesFor } from '../../../test/helpers/event-places.ts';
import { newDocument, type PlaceMention, type Sentence } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { chooseEventPlace } from './place.ts';
import { mergedPlace } from './merged-place.ts';

// Issue 10, the event's own place: a city the event's words do not attach to is no scene. Sentences are our own.
const places = placesFor('2017-10-06');

test('a place in a comment clause after the report ("…, police said, suggesting … since it lost Mosul") is not the scene', () => {
  const text =
    'BAGHDAD (Reuters) - Two suicide bombers killed 30 people in southern Iraq on Thursday, police said, suggesting the group is regrouping since it lost its stronghold in Mosul.';
  const got = places(text, 'BAGHDAD');
  assert.ok(got.length > 0, JSON.stringify(got));
  assert.ok(got.every((p) => !p.endsWith('@Mosul')), JSON.stringify(got));
});

test('"since Monday" only dates the event: the place after it stays the scene', () => {
  const text = 'KABUL (Reuters) - Taliban fighters have clashed with Afghan troops since Monday in Kunduz city, officials said on Wednesday.';
  const got = places(text, 'KABUL');
  assert.ok(got.some((p) => p.endsWith('@Kunduz')), JSON.stringify(got));
});

test('a capital that will act ("Moscow and Washington might find common ground") lends no scene to the next sentence', () => {
  const text =
    'MOSCOW (Reuters) - Russia condemned the strikes on Friday. ' +
    'Syria was one of the few areas where Moscow and Washington might be able to find common ground. ' +
    'The Kremlin says scores of people were killed by poison gas on Tuesday when the Syrian air force struck a depot.';
  const got = places(text, 'MOSCOW');
  assert.ok(got.some((p) => p.startsWith('Chemical weapon')), JSON.stringify(got));
  assert.ok(got.every((p) => !p.endsWith('@Moscow') && !p.endsWith('@Washington')), JSON.stringify(got));
});

test('an outlet introduced by name ("the TV station al-Mayadeen") is still the outlet when named again bare', () => {
  const text =
    'BEIRUT (Reuters) - A missile strike on an air base near Homs on Friday killed five people, the governor told the Lebanese TV station al-Mayadeen. ' +
    'In separate remarks to al-Mayadeen, he said the gas attack was a lie.';
  const got = places(text, 'BEIRUT');
  assert.ok(got.length > 0, JSON.stringify(got));
  assert.ok(got.every((p) => !p.includes('Mayādīn')), JSON.stringify(got));
  // the town of the same name stays a place where a preposition of place says so
  const town = places('BEIRUT (Reuters) - Syrian troops clashed with Islamic State fighters near al-Mayadeen on Monday, the Lebanese TV station al-Mayadeen reported.', 'BEIRUT');
  assert.deepEqual(town, ['Armed clash@Al Mayādīn']);
});

test('a journey\'s end ("a plane bound for Honolulu") is not where the plane was seized', () => {
  const text = 'Gunmen seized a plane bound for Honolulu and forced it to land in Clark.';
  const town = (name: string, latitude: number, longitude: number): Place => ({ name, latitude, longitude, geonameid: null, featureCode: 'PPL', countryCode: 'US', iso3: 'USA', country: 'United States', admin1: null, admin2: null, precision: 1 });
  const sentences: Sentence[] = [{ index: 0, start: 0, end: text.length, firstToken: 0, endToken: 0 }];
  const mentions: PlaceMention[] = [town('Honolulu', 21.3, -157.85), town('Clark', 15.18, 120.53)].map((p) => {
    const start = text.indexOf(p.name);
    return { id: `p${start}`, kind: 'PLACE', start, end: start + p.name.length, sentence: 0, text: p.name, confidence: 0.9, by: 'test', place: p };
  });
  const doc = { ...newDocument({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } }), sentences, mentions };
  const seized = { start: text.indexOf('seized'), end: text.indexOf('seized') + 6 };
  assert.equal(chooseEventPlace(doc, [0], seized)?.text, 'Clark');
});

test('a telling placed at the dateline for want of its own place does not move the event another telling placed', () => {
  const text = 'BAGHDAD (Reuters) - Suicide bombers killed 30 people in southern Iraq. Such attacks have been rare. The bombers struck near Nassiriya.';
  const sentences: Sentence[] = [{ index: 0, start: 0, end: text.length, firstToken: 0, endToken: 0 }];
  const doc = { ...newDocument({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: 'BAGHDAD', origin: { file: 'test' } }), sentences };
  const at = (surface: string, p: Partial<Place>): PlaceMention => {
    const start = text.indexOf(surface);
    const place: Place = { name: surface, latitude: 33, longitude: 44, geonameid: 1, featureCode: 'PPL', countryCode: 'IQ', iso3: 'IRQ', country: 'Iraq', admin1: null, admin2: null, precision: 1, ...p };
    return { id: `p${start}`, kind: 'PLACE', start, end: start + surface.length, sentence: 0, text: surface, confidence: 0.9, by: 'test', place };
  };
  const iraq = at('Iraq', { featureCode: 'PCLI', precision: 3 });
  const baghdad = { ...at('BAGHDAD', { featureCode: 'PPLC' }), place: { ...at('BAGHDAD', {}).place!, precision: 2 as const } };
  const nassiriya = at('Nassiriya', { latitude: 31.05, longitude: 46.26 });
  assert.equal(mergedPlace(doc, iraq, baghdad), iraq);
  assert.equal(mergedPlace(doc, iraq, nassiriya), nassiriya);
  // the dateline still places an event that had no place at all
  assert.equal(mergedPlace(doc, null, baghdad), baghdad);
});

test('a dateline fallback yields to the home of the state forces that acted ("BEIRUT/ERBIL … Syrian troops clashed …")', () => {
  const text =
    'BEIRUT/ERBIL (Reuters) - Syrian troops clashed with Islamic State fighters on Friday, a monitor said. ' +
    'Iraqi forces have fought the militants in Iraq for three years. The army declared victory in Deir al-Zor last month.';
  const clash = places(text, 'BEIRUT/ERBIL').filter((p) => p.startsWith('Armed clash'));
  assert.deepEqual(clash, ['Armed clash@Deir ez-Zor']);
  // the dateline country's own forces keep the dateline's rule
  const home = places('BEIRUT (Reuters) - Lebanese troops clashed with gunmen on Friday, the army said.', 'BEIRUT');
  assert.ok(home.every((p) => p.endsWith('@Beirut')), JSON.stringify(home));
});

test('a seat of government before a noun ("according to a White House report") says whose the report is; its lawn is a place', () => {
  const report = places('WASHINGTON (Reuters) - Syrian aircraft dropped a nerve agent on rebels in Syria on Tuesday, killing 80 people, according to a White House report.', 'WASHINGTON');
  assert.deepEqual(report, ['Chemical weapon@Syria']);
  const lawn = places('WASHINGTON (Reuters) - Police arrested a man who threw a smoke grenade onto the White House lawn on Tuesday.', 'WASHINGTON');
  assert.ok(lawn.some((p) => p.endsWith('@White House')), JSON.stringify(lawn));
});

test('a foreign seat of government does not narrow the country an event was told in; the country\'s own capital does', () => {
  const text = 'Strikes on Syria killed 80. The decision was taken in Washington. Jets also struck near Damascus.';
  const sentences: Sentence[] = [{ index: 0, start: 0, end: text.length, firstToken: 0, endToken: 0 }];
  const doc = { ...newDocument({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } }), sentences };
  const at = (surface: string, p: Partial<Place>): PlaceMention => {
    const start = text.indexOf(surface);
    const place: Place = { name: surface, latitude: 33.5, longitude: 36.3, geonameid: 2, featureCode: 'PPLC', countryCode: 'SY', iso3: 'SYR', country: 'Syria', admin1: null, admin2: null, precision: 1, ...p };
    return { id: `p${start}`, kind: 'PLACE', start, end: start + surface.length, sentence: 0, text: surface, confidence: 0.9, by: 'test', place };
  };
  const syria = at('Syria', { featureCode: 'PCLI', precision: 3 });
  const washington = at('Washington', { latitude: 38.9, longitude: -77.04, countryCode: 'US', iso3: 'USA', country: 'United States' });
  assert.equal(mergedPlace(doc, syria, washington), syria);
  const damascus = at('Damascus', {});
  assert.equal(mergedPlace(doc, syria, damascus), damascus);
});

test('a place in the earlier event this one is dated by ("a year after a truck attack … in Berlin") is never its place', () => {
  const text =
    'FRANKFURT (Reuters) - Police arrested a Syrian man in Germany on Tuesday. ' +
    'The arrest, a year after a truck attack killed 12 people at a market in Berlin, comes as officials warn of more plots.';
  const got = places(text, 'FRANKFURT').filter((p) => p.startsWith('Arrests'));
  assert.deepEqual(got, ['Arrests@Germany']);
});

test('a seat of government that confirms ("The White House later confirmed") lends no scene', () => {
  const got = places('WASHINGTON (Reuters) - The White House later confirmed the call. Gunmen killed five people on Monday.', 'WASHINGTON');
  assert.ok(got.length > 0 && got.every((p) => !p.endsWith('@White House')), JSON.stringify(got));
});

test('an event first told at the dateline for want of a place takes the town or region another telling names', () => {
  const text = 'LIMA (Reuters) - Police arrested eight men planning attacks, officials said. The men were arrested in Trujillo and in Piura province.';
  const sentences: Sentence[] = [{ index: 0, start: 0, end: text.length, firstToken: 0, endToken: 0 }];
  const doc = { ...newDocument({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: 'LIMA', origin: { file: 'test' } }), sentences };
  const at = (surface: string, p: Partial<Place>): PlaceMention => {
    const start = text.indexOf(surface);
    const place: Place = { name: surface, latitude: -12, longitude: -77, geonameid: start + 1, featureCode: 'PPL', countryCode: 'PE', iso3: 'PER', country: 'Peru', admin1: null, admin2: null, precision: 1, ...p };
    return { id: `p${start}`, kind: 'PLACE', start, end: start + surface.length, sentence: 0, text: surface, confidence: 0.9, by: 'test', place };
  };
  const lima = at('LIMA', { featureCode: 'PPLC' });
  const trujillo = at('Trujillo', { latitude: -8.1, longitude: -79 });
  const piura = at('Piura', { featureCode: 'ADM1', precision: 3, latitude: -5.2, longitude: -80.6 });
  assert.equal(mergedPlace(doc, lima, trujillo), trujillo);
  assert.equal(mergedPlace(doc, lima, piura), piura);
  // a country told is still no finer than the dateline's town
  assert.equal(mergedPlace(doc, lima, at('Peru', { featureCode: 'PCLI', precision: 3 })), lima);
});

test('state forces attacked in a sentence that names no place were attacked at home, not in the city filed from', () => {
  // the dateline's town, repeated by an earlier sentence ("an official in New Delhi"), is the same fallback; the story sets
  // something in Myanmar, so the forces struck are no troops posted abroad
  const text =
    'NEW DELHI (Reuters) - India has tightened security along its eastern border, officials said on Friday. ' +
    'We will not let them in, said a senior border official in New Delhi. ' +
    'Thousands have fled since Friday, when an attack by insurgents on Myanmar security forces set off a crackdown. ' +
    'Many roads in Myanmar were closed.';
  const got = places(text, 'NEW DELHI');
  assert.ok(got.length > 0, JSON.stringify(got));
  assert.ok(got.every((p) => !p.endsWith('@Delhi') && !p.endsWith('@New Delhi')), JSON.stringify(got));
  // troops of a country the story sets nothing in may be posted abroad: the attack on them stays where the story is
  const abroad = places('KABUL (Reuters) - The Taliban vowed to fight on. Officials in Kabul said the group was weaker. A suicide bomber carried out an attack on U.S. troops, killing two soldiers.', 'KABUL');
  assert.ok(abroad.length > 0 && abroad.every((p) => p.endsWith('@Kabul')), JSON.stringify(abroad));
});
