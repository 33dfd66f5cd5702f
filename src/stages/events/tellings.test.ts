import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../model/actor.ts';
import type { ActorMention, EventActor, PlaceMention } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { bareVictim, provincesApart, sameStateSide } from './tellings.ts';
import { sameActor } from './merge.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';

const actor = (name: string, inter: Actor['inter'], country: string | null, kind?: string): Actor => ({ id: name.toLowerCase().replace(/\W+/g, '-'), name, inter, country, kind });
const told = (a: Actor, text: string | null): EventActor => ({
  actor: a,
  mention: text === null ? null : ({ id: text, kind: 'ACTOR', start: 0, end: text.length, sentence: 0, text, confidence: 0.9, by: 'test', actor: a, via: 'name' } as ActorMention),
});
const place = (name: string, precision: 1 | 2 | 3, admin1: string, featureCode = precision === 3 ? 'ADM1' : 'PPL', countryCode = 'IQ'): PlaceMention => ({
  id: name, kind: 'PLACE', start: 0, end: name.length, sentence: 0, text: name, confidence: 0.9, by: 'test',
  place: { name, latitude: 33, longitude: 44, geonameid: null, featureCode, countryCode, iso3: 'IRQ', country: 'Iraq', admin1, admin2: null, precision } as Place,
});

const iraqArmy = actor('Military Forces of Iraq (2014-2018)', 1, 'IQ', 'state');
test('tellings: one state side told with and without its period, as troops, or as its government', () => {
  assert.equal(sameStateSide(iraqArmy, actor('Military Forces of Iraq', 1, 'IQ', 'state'), null), true);
  assert.equal(sameStateSide(iraqArmy, actor('Military Forces of {country}', 1, null, 'state'), 'IQ'), true);
  assert.equal(sameStateSide(iraqArmy, actor('Government of Iraq (2014-2018)', 1, 'IQ', 'state'), null), true);
  // the sides merge.ts compares: "the Iraqi army" and "Military Forces of Iraq (2014-2018)" tell one clash
  assert.equal(sameActor(told(iraqArmy, 'Iraqi forces'), told(actor('Military Forces of Iraq', 1, 'IQ', 'state'), 'the Iraqi army'), { country: 'IQ' }), true);
  // (a note or a snippet, which tells one event, compares its sides as before)
  assert.equal(sameActor(told(iraqArmy, 'Iraqi forces'), told(actor('Military Forces of Iraq', 1, 'IQ', 'state'), 'the Iraqi army')), false);
});

test('tellings: police and army, or two states, stay two sides', () => {
  assert.equal(sameStateSide(iraqArmy, actor('Police Forces of Iraq (2014-2018)', 1, 'IQ', 'state'), null), false);
  assert.equal(sameStateSide(iraqArmy, actor('Military Forces of Syria (2000-)', 1, 'SY', 'state'), null), false);
  assert.equal(sameStateSide(iraqArmy, actor('Islamic State', 2, null, 'jihadist'), null), false);
  assert.equal(sameActor(told(iraqArmy, 'Iraqi forces'), told(actor('Military Forces of Syria (2000-)', 1, 'SY', 'state'), 'the Syrian army'), { country: 'IQ' }), false);
});

test('tellings: victims told only as people are the ones another telling names, not soldiers', () => {
  const civilians = actor('Civilians ({country})', 7, null, 'civilians');
  const taliban = told(actor('Taliban', 2, 'AF', 'rebel'), 'Taliban fighters');
  assert.equal(bareVictim(told(civilians, '12 people'), taliban), true);
  assert.equal(bareVictim(told(civilians, 'civilians'), taliban), true);
  assert.equal(bareVictim(told(civilians, 'Christian pilgrims'), taliban), false);
  assert.equal(bareVictim(told(civilians, 'people'), told(iraqArmy, 'soldiers')), false);
});

test('tellings: a province does not hold a town of another province of the country', () => {
  const anbar = place('Al Anbar', 3, 'Anbar');
  assert.equal(provincesApart(anbar, place('Baghdad', 1, 'Baghdad')), true);
  assert.equal(provincesApart(place('Baghdad', 1, 'Baghdad'), anbar), true);
  // its own towns, two provinces, two towns, a whole country, another country: left to the other tests
  assert.equal(provincesApart(anbar, place('Ramadi', 1, 'Anbar')), false);
  assert.equal(provincesApart(anbar, place('Ninewa', 3, 'Ninawa')), false);
  assert.equal(provincesApart(place('Ramadi', 1, 'Anbar'), place('Baghdad', 1, 'Baghdad')), false);
  assert.equal(provincesApart(place('Iraq', 3, 'Iraq', 'PCLI'), place('Baghdad', 1, 'Baghdad')), false);
  assert.equal(provincesApart(anbar, place('Damascus', 1, 'Dimashq', 'PPLC', 'SY')), false);
});

const ex = createExtractor();
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const current = (text: string, published: string) => ex.extract(art(text, published)).records.filter((r) => !r.historical);
const show = (rs: ReturnType<typeof current>) => JSON.stringify(rs.map((r) => `${r.sub_event_type} @ ${r.location} ${r.event_date} ${r.actor1}`));

test('tellings: a story of raids in a city and in another province keeps them two events', () => {
  const rs = current(
    'ISTANBUL (Reuters) - Turkish police detained 30 people in two separate operations on Friday over suspected links to Islamic State, officials said. Police arrested 20 foreign nationals in an operation in Istanbul. Ten more people were arrested in the southern province of Adana.',
    '2017-10-10',
  );
  assert.deepEqual(rs.map((r) => r.location).sort(), ['Adana', 'Istanbul'], show(rs));
});

test('tellings: a definite lead dated only by the story is the event a later sentence dates', () => {
  const rs = current(
    "KABUL (Reuters) - Afghanistan's deadliest truck bombing drew offers of help from neighbours, officials said. Aid flights landed at the airport on Tuesday. Ministers met donors in the capital. Within hours of the huge explosion that hit Kabul on Saturday, hospitals were full. At least 90 people were killed in the blast. Schools stayed closed.",
    '2017-10-17',
  );
  const bombings = rs.filter((r) => r.sub_event_type === 'Remote explosive/landmine/IED');
  assert.equal(bombings.length, 1, show(rs));
  assert.equal(bombings[0].event_date, '2017-10-14', show(rs));
});

test('tellings: a definite capture is not the offensive launched on another day', () => {
  const rs = current(
    'BAGHDAD (Reuters) - The fall of Hawija to Iraqi forces leaves Islamic State only a strip of land by the Syrian border. Officials met on Thursday. Residents returned. Shops reopened. Iraqi forces launched an offensive on Sept. 21 to dislodge Islamic State from the Hawija area. Aid groups were ready.',
    '2017-10-06',
  );
  assert.equal(rs.length, 2, show(rs));
  assert.ok(rs.some((r) => r.event_date !== '2017-09-21'), show(rs));
});
