import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesFor } from '../../../test/helpers/event-places.ts';
import { newDocument, type Mention, type PlaceMention, type Sentence } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { launchOrigin } from './launch-origin.ts';
import { describedFacility } from './described-facility.ts';
import { strayNamesakes } from './stray-namesakes.ts';
import { placeOfOtherEvent } from './lent-places.ts';
import { agreementVenue } from './agreement-venue.ts';

// Which place mention is the event's scene: where a rocket was sent, not where it set out; a facility the clause
// describes, not another event's town; a town introduced in the story's country, not a namesake abroad. Our own sentences.
const places = placesFor('2017-12-08');

const at = (name: string, countryCode: string, latitude: number, longitude: number, extra: Partial<Place> = {}): Place => ({
  name, latitude, longitude, geonameid: 1, featureCode: 'PPL', countryCode, iso3: countryCode + 'X', country: countryCode, admin1: null, admin2: null, precision: 1, ...extra,
});

/** A one-sentence document with the given names as place mentions. */
function docWith(text: string, named: readonly (readonly [string, Place])[]) {
  const doc = newDocument({ id: 't', text, title: null, published: '2017-12-08', publisher: 'Test', url: null, dateline: null, origin: { file: 'test' } });
  (doc.sentences as Sentence[]).push({ index: 0, start: 0, end: text.length, firstToken: 0, endToken: 0 });
  for (const [word, place] of named) {
    const start = text.indexOf(word);
    (doc.mentions as Mention[]).push({ kind: 'PLACE', start, end: start + word.length, text: word, sentence: 0, confidence: 1, place, candidates: [place] } as unknown as PlaceMention);
  }
  return doc;
}
const span = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

test('the sender\'s place ("militants in Northland fired a rocket into Southland") is no scene of the firing', () => {
  const text = 'Militants in Northtown fired a rocket into Southland on Friday and the army responded with air strikes.';
  const doc = docWith(text, [['Northtown', at('Northtown', 'NA', 10, 10)], ['Southland', at('Southland', 'SL', 11, 11, { featureCode: 'PCLI', precision: 3 })]]);
  const [north] = doc.mentions;
  assert.equal(launchOrigin(doc, north, span(text, 'rocket')), true);
  // the strikes that answered it are told after the destination: they hit where the rocket set out
  assert.equal(launchOrigin(doc, north, span(text, 'air strikes')), false);
});

test('"fired from X" is an origin only where the sentence names where the missile went', () => {
  const withTarget = 'A missile fired from Westland landed in Easttown on Monday.';
  const d1 = docWith(withTarget, [['Westland', at('Westland', 'WL', 1, 1)], ['Easttown', at('Easttown', 'EL', 2, 2)]]);
  assert.equal(launchOrigin(d1, d1.mentions[0], span(withTarget, 'missile')), true);
  assert.equal(launchOrigin(d1, d1.mentions[1], span(withTarget, 'missile')), false);
  // within one country the firer's town stays: police in a city fire at marchers heading for its square
  const home = 'Police in Oldtown fired tear gas at marchers heading toward Newtown on Monday.';
  const d3 = docWith(home, [['Oldtown', at('Oldtown', 'WL', 1, 1)], ['Newtown', at('Newtown', 'WL', 1.01, 1.01)]]);
  assert.equal(launchOrigin(d3, d3.mentions[0], span(home, 'fired')), false);
  const alone = 'A missile was fired from Westland on Monday.';
  const d2 = docWith(alone, [['Westland', at('Westland', 'WL', 1, 1)]]);
  assert.equal(launchOrigin(d2, d2.mentions[0], span(alone, 'missile')), false);
});

test('whole stories: the rocket lands where it was fired at, the reply strikes where it came from', () => {
  const got = places('JERUSALEM (Reuters) - Palestinian militants in Gaza fired a rocket into Israel on Friday, the military said.', 'JERUSALEM');
  assert.ok(got.length > 0, JSON.stringify(got));
  assert.ok(got.every((p) => !p.endsWith('@Gaza')), JSON.stringify(got));
});

test('a facility the clause describes ("missiles at an Arcadian airfield") is the one the story names, not another event\'s town', () => {
  const text = 'Gas killed dozens in the town of Oldtown near Bluewater. Warships fired missiles at an Arcadian airfield on Thursday. The jets had taken off from the Redrock airfield.';
  const doc = newDocument({ id: 't', text, title: null, published: '2017-12-08', publisher: 'Test', url: null, dateline: null, origin: { file: 'test' } });
  let k = 0;
  for (const s of text.split(/(?<=\.) /)) {
    const start = text.indexOf(s);
    (doc.sentences as Sentence[]).push({ index: k++, start, end: start + s.length, firstToken: 0, endToken: 0 });
  }
  const put = (word: string, place: Place, sentence: number) => {
    const start = text.indexOf(word);
    const m = { kind: 'PLACE', start, end: start + word.length, text: word, sentence, confidence: 1, place, candidates: [place] } as unknown as PlaceMention;
    (doc.mentions as Mention[]).push(m);
    return m;
  };
  const oldtown = put('Oldtown', at('Oldtown', 'AR', 35, 36), 0);
  const redrock = put('Redrock', at('Redrock', 'AR', 34, 37, { geonameid: 8 }), 2);
  const trigger = span(text, 'fired');
  // the town lent by the sentence before is another event's: the named airfield replaces it
  assert.equal(describedFacility(doc, oldtown, [1], trigger), redrock);
  // a town the clause names itself stays
  const own = { ...oldtown, sentence: 1 };
  assert.equal(describedFacility(doc, own, [1], trigger), null);
  // two airfields named: the description stays unread
  put('Bluewater', at('Bluewater', 'AR', 33, 38, { geonameid: 9, featureCode: 'AIRB' }), 0);
  assert.equal(describedFacility(doc, oldtown, [1], trigger), null);
});

test('a town introduced by its kind alone ("in the town of Kayo") is the story\'s country\'s, not a namesake abroad', () => {
  const text = 'Fighting raged in Eastland on Saturday. The army said Eastland rebels held Portville. A reporter was killed in the town of Kayo.';
  const big = at('Kayo', 'FA', 1, 1, { population: 150_000 });
  const doc = docWith(text, [['Eastland', at('Eastland', 'EL', 5, 5, { featureCode: 'PCLI', precision: 3, geonameid: 2 })], ['Portville', at('Portville', 'EL', 5.1, 5.1, { geonameid: 3 })], ['Kayo', big]]);
  const stray = strayNamesakes(doc);
  assert.equal(stray(doc.mentions[2]), true);
  // named with its country's adjective, a town abroad of that size stays
  const text2 = 'Fighting raged in Eastland on Saturday. The army said Eastland rebels held Portville. A reporter was killed in the Farish city of Kayo.';
  const doc2 = docWith(text2, [['Eastland', at('Eastland', 'EL', 5, 5, { featureCode: 'PCLI', precision: 3, geonameid: 2 })], ['Portville', at('Portville', 'EL', 5.1, 5.1, { geonameid: 3 })], ['Kayo', big]]);
  assert.equal(strayNamesakes(doc2)(doc2.mentions[2]), false);
});

test('a place the story calls another event\'s scene is not lent to the next sentence\'s event', () => {
  const text = 'The strike was decided before the events in Oldshire (the province where the gas poisoning took place). Officials said the strikes were meant to help the rebels.';
  const doc = docWith(text, [['Oldshire', at('Oldshire', 'AR', 35, 36, { featureCode: 'ADM1', precision: 3 })]]);
  (doc.sentences as Sentence[]).splice(0, 1, { index: 0, start: 0, end: text.indexOf(' Officials') + 1, firstToken: 0, endToken: 0 }, { index: 1, start: text.indexOf('Officials'), end: text.length, firstToken: 0, endToken: 0 });
  assert.equal(placeOfOtherEvent(doc, doc.mentions[0], span(text, 'strikes were')), true);
  // told plainly, the province may still lend itself
  const plain = 'The strike was decided in Oldshire on Friday. Officials said the strikes were meant to help the rebels.';
  const doc2 = docWith(plain, [['Oldshire', at('Oldshire', 'AR', 35, 36, { featureCode: 'ADM1', precision: 3 })]]);
  assert.equal(placeOfOtherEvent(doc2, doc2.mentions[0], span(plain, 'strikes were')), false);
});

test('an agreement is placed where it was signed, not at a party\'s capital', () => {
  const text = 'The government in Oldtown and the rebels signed a peace deal in Farcity on Monday.';
  const doc = docWith(text, [['Oldtown', at('Oldtown', 'EL', 5, 5, { featureCode: 'PPLC' })], ['Farcity', at('Farcity', 'FA', 9, 9, { featureCode: 'PPLC' })]]);
  assert.equal(agreementVenue(doc, [0], span(text, 'peace deal'))?.text, 'Farcity');
  // an armed clash in the same words is not an agreement: the rule leaves it to the place rules
  assert.equal(agreementVenue(doc, [0], span(text, 'rebels')), null);
  // an agreement with no venue named leaves the choice to the place rules too
  const plain = 'The government in Oldtown and the rebels agreed a ceasefire on Monday.';
  const d2 = docWith(plain, [['Oldtown', at('Oldtown', 'EL', 5, 5, { featureCode: 'PPLC' })]]);
  assert.equal(agreementVenue(d2, [0], span(plain, 'ceasefire')), null);
});
