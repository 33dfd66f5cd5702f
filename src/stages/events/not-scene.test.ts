import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesFor } from '../../../test/helpers/event-places.ts';
import { speechVenue } from './venue-places.ts';
import { topicPlace } from './topic-places.ts';
import { originPlace } from './origin-places.ts';
import { constituency } from './constituency.ts';
import type { Document, Mention } from '../../model/document.ts';

// Issue 10, class 6: places a story names that are no event's scene — a speech venue, a person's home town, a dispute's
// subject. Sentences are our own.
const places = placesFor('2017-11-17');

/** A bare document and a place mention over `word`, enough for the context predicates. */
function mention(text: string, word: string): [Document, Mention] {
  const start = text.indexOf(word);
  const doc = { text } as Document;
  return [doc, { kind: 'PLACE', start, end: start + word.length, text: word, sentence: 0 } as unknown as Mention];
}

test('speech venues and visits: "during a visit to London", "told reporters in Ankara"; a rally is no venue', () => {
  assert.equal(speechVenue(...mention('The opposition leader said during a visit to London that the vote was illegal.', 'London')), true);
  assert.equal(speechVenue(...mention('The minister told reporters in Ankara that troops would stay.', 'Ankara')), true);
  assert.equal(speechVenue(...mention('He told a news conference in Geneva on Monday.', 'Geneva')), true);
  assert.equal(speechVenue(...mention('Police fired tear gas at protesters in Kisumu.', 'Kisumu')), false);
  assert.equal(speechVenue(...mention('He was speaking at a rally in Kisumu when police fired.', 'Kisumu')), false);
});

test('home towns: "a native of", "his hometown of", "<Name>, from the city of"; not a plain "men from the village of"', () => {
  assert.equal(originPlace(...mention('The suspect, a native of Tikrit, was arrested.', 'Tikrit')), true);
  assert.equal(originPlace(...mention('He was buried in his hometown of Ghazni.', 'Ghazni')), true);
  assert.equal(originPlace(...mention('Ahmed Salem, from the coastal city of Derna, was captured by troops.', 'Derna')), true);
  assert.equal(originPlace(...mention('Ahmed Salem, from the Libyan city of Derna, was captured by troops.', 'Libyan')), true);
  assert.equal(originPlace(...mention('Two men from the village of Kafr Nabl were killed in an air strike.', 'Kafr Nabl')), false);
});

test('a dispute\'s subject: "recognition of Jerusalem as", "sovereignty over Crimea"; "in Jerusalem" stays', () => {
  assert.equal(topicPlace(...mention("clashes over the recognition of Jerusalem as Israel's capital", 'Jerusalem')), true);
  assert.equal(topicPlace(...mention("after he recognized Jerusalem as Israel's capital", 'Jerusalem')), true);
  assert.equal(topicPlace(...mention('talks on sovereignty over Crimea', 'Crimea')), true);
  assert.equal(topicPlace(...mention('a ceremony recognized in Paris', 'Paris')), false);
  assert.equal(topicPlace(...mention('protesters clashed with police in Jerusalem', 'Jerusalem')), false);
});

test('the event is placed where it happened, not where its teller spoke', () => {
  const text =
    'NAIROBI (Reuters) - Kenyan police shot dead two protesters in Kisumu on Friday, witnesses said. ' +
    'The vote was illegal, the opposition leader said during a visit to London.';
  const got = places(text, 'NAIROBI');
  assert.ok(got.length > 0 && got.every((p) => !p.endsWith('@London')), JSON.stringify(got));
});

test('a clash over a city\'s status is not placed in that city', () => {
  const text =
    "GAZA (Reuters) - Israeli soldiers shot dead a Palestinian man on Friday near the Gaza border in clashes over the U.S. recognition of Jerusalem as Israel's capital, medics said.";
  const got = places(text, 'GAZA');
  assert.ok(got.length > 0 && got.every((p) => !p.endsWith('@Jerusalem')), JSON.stringify(got));
});

test('a captive\'s home town is not where he was captured', () => {
  const text =
    'CAIRO (Reuters) - Egyptian forces captured a militant on Friday after an air raid in the Western Desert, the army said. ' +
    'The militant, Ahmed Salem, from the Libyan city of Derna, was captured following the raid.';
  const got = places(text, 'CAIRO');
  assert.ok(got.length > 0 && got.every((p) => !p.endsWith('@Darnah') && !p.endsWith('@Derna')), JSON.stringify(got));
});

test('a home given after a name and age, or in a suburb, and the state set off after it: no scene', () => {
  const text = 'Four were wounded when a man identified as John Doe, 66, from the Springfield suburb of Belleville, Illinois, opened fire on the players.';
  assert.equal(originPlace(...mention(text, 'Belleville')), true);
  assert.equal(originPlace(...mention(text, 'Illinois')), true);
  assert.equal(originPlace(...mention(text, 'Springfield')), true);
  assert.equal(originPlace(...mention('Police said Jane Roe, 41, from Dayton, Ohio, was arrested.', 'Ohio')), true);
  // a scene and its state stay
  assert.equal(originPlace(...mention('A gunman opened fire in Belleville, Illinois, on Wednesday.', 'Illinois')), false);
  assert.equal(originPlace(...mention('The shooting in Alexandria, Virginia, wounded four.', 'Virginia')), false);
});

test('a lawmaker\'s state with no name between: "a congressman from Louisiana" is no scene; "troops from Ohio" is not a constituency', () => {
  assert.equal(constituency(...mention('Doe, a congressman from Louisiana who is the No. 3 House Republican, was shot.', 'Louisiana')), true);
  assert.equal(constituency(...mention('A Republican senator from Arizona said the vote was delayed.', 'Arizona')), true);
  assert.equal(constituency(...mention('Police from Ohio arrested the man.', 'Ohio')), false);
});
