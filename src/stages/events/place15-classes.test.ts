import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesFor } from '../../../test/helpers/event-places.ts';
import { speechVenue } from './venue-places.ts';
import { groupNamePart } from './group-name-places.ts';
import { newDocument, type Document, type Mention, type PlaceMention, type Sentence } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { governmentMentions } from '../places/metonymy.ts';

// Review 13's place classes: a place that only anchors a speech or a statement, a place read out of a group's given
// name, a city's quarter read as a far namesake. Sentences are our own.
const places = placesFor('2017-11-17');

function mention(text: string, word: string): [Document, Mention] {
  const start = text.indexOf(word);
  const doc = { text } as Document;
  return [doc, { kind: 'PLACE', start, end: start + word.length, text: word, sentence: 0 } as unknown as Mention];
}

test('where a speaker stood at an event, summit or meeting is a speech venue; a checkpoint or a rally is not', () => {
  assert.equal(speechVenue(...mention('It will not happen, he said at the party event in Valencia.', 'Valencia')), true);
  assert.equal(speechVenue(...mention('The president told reporters during an EU summit in Brussels that he was worried.', 'Brussels')), true);
  assert.equal(speechVenue(...mention('She spoke on the sidelines of a meeting held by NATO in Warsaw.', 'Warsaw')), true);
  assert.equal(speechVenue(...mention('Soldiers said at a checkpoint in Hama that shelling had resumed.', 'Hama')), false);
  assert.equal(speechVenue(...mention('A bomb exploded at a meeting in Kabul on Monday.', 'Kabul')), false);
});

test('an arrest told after a speech at a summit abroad is placed in the country whose police made it', () => {
  const text =
    'BRUSSELS (Reuters) - The head of the European Parliament on Thursday urged Laos to free two reporters. ' +
    'He told reporters during an EU summit in Brussels that the arrests of the two reporters by Laotian police this week worried him.';
  const got = places(text, 'BRUSSELS');
  assert.ok(got.every((p) => !p.endsWith('@Brussels')), JSON.stringify(got));
});

test('the towns in a group\'s given name are parts of that name', () => {
  const text = 'Police detained the leader of a radical group called Holy Army - Free Kursk on Friday.';
  assert.equal(groupNamePart(...mention(text, 'Kursk')), true);
  assert.equal(groupNamePart(...mention('Police detained the leader of a radical group in Kursk on Friday.', 'Kursk')), false);
  assert.equal(groupNamePart(...mention('The movement known as the Kabul Youth marched.', 'Kabul')), true);
});

const place = (name: string, featureCode: string): Place => ({ name, latitude: 39.92, longitude: 32.85, geonameid: null, featureCode, countryCode: 'TR', iso3: 'TUR', country: 'Turkey', admin1: null, admin2: null, precision: 1 }) as Place;
function docOf(text: string, names: [string, string][]): Document {
  const sentences: Sentence[] = [{ index: 0, start: 0, end: text.length, firstToken: 0, endToken: 0 }];
  const mentions: PlaceMention[] = names.map(([name, code], k) => {
    const start = text.indexOf(name);
    return { id: `p${k}`, kind: 'PLACE', start, end: start + name.length, sentence: 0, text: name, confidence: 0.9, by: 'test', place: place(name, code) };
  });
  return { ...newDocument({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } }), sentences, mentions };
}

test('states listed as issuing a statement are governments, "the" before a listed name included', () => {
  const doc = docOf('Germany, Italy, the Netherlands and Canada issued a statement on the lawyer.', [['Germany', 'PCLI'], ['Italy', 'PCLI'], ['Netherlands', 'PCLI'], ['Canada', 'PCLI']]);
  assert.equal(governmentMentions(doc, doc.mentions as PlaceMention[]).size, 4);
  const scene = docOf('Protesters marched in Germany and Italy issued no comment.', [['Germany', 'PCLI']]);
  assert.equal(governmentMentions(scene, scene.mentions as PlaceMention[]).size, 0);
});

test('districts listed in a story about a city are its quarters, not a namesake town in another province', () => {
  const text =
    'BEIRUT (Reuters) - The Syrian army said on Friday it had taken full control of the city of Deir al-Zor from Islamic State. ' +
    'The army captured al-Hamidiya, Sheikh Yassin and al-Rashidia districts of the city in recent attacks, state media said. ' +
    'Deir al-Zor was the last major city held by the militants in Syria.';
  const got = places(text, 'BEIRUT');
  assert.ok(got.length > 0 && got.every((p) => !/@Al Ḩamīdīyah/.test(p)), JSON.stringify(got));
});

test('an event placed only at its province takes the town in it the sentence before names, not a wide part of it', () => {
  const text =
    'WASHINGTON (Reuters) - The United States on Friday urged Iraq to avoid clashes in the north. ' +
    'It said it was aware of reports of violent clashes around the town of Altun Kupri. ' +
    'Iraqi forces on Friday took control of the last district in the province of Kirkuk after a three-hour battle, security sources said.';
  const got = places(text, 'WASHINGTON');
  assert.ok(got.some((p) => p.endsWith('@Altun Kupri')) && got.every((p) => !p.endsWith('@Kirkuk')), JSON.stringify(got));
  const wide =
    'WASHINGTON (Reuters) - The United States on Friday urged Iraq to avoid clashes in the north. ' +
    'It said it was aware of reports of violent clashes around the town of Altun Kupri. ' +
    'Separately, Iraqi forces on Friday took control of the last district in the province of Kirkuk after a three-hour battle, security sources said.';
  assert.ok(places(wide, 'WASHINGTON').every((p) => !/^Government regains territory@Altun Kupri/.test(p)), JSON.stringify(places(wide, 'WASHINGTON')));
});
