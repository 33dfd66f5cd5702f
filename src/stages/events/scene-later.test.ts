import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesFor } from '../../../test/helpers/event-places.ts';

// Issue 10, the event's place named later in the story: a country-level event takes the town the story names as its
// scene, or the lead's town told in the next sentences; a town far off a stated distance is no scene. Sentences are our own.
const places = placesFor('2017-10-16');

test('a town the story calls the epicentre of the protests places a protest its own sentence puts only in the country', () => {
  const text =
    'DAKAR (Reuters) - Internet shutdowns are spreading across Africa. ' +
    'Earlier this month, Cameroonian police fired teargas at protesters from the English-speaking minority. ' +
    'Residents said the connection had been cut for days. ' +
    'I could not reach anyone, said a trader in the city of Bamenda, the epicentre of the demonstrations.';
  const got = places(text, 'DAKAR');
  assert.ok(got.some((p) => p === 'Protest with intervention@Bamenda'), JSON.stringify(got));
});

test('the lead placed only in its country takes the town of that country the next sentence names', () => {
  const text =
    'BERLIN (Reuters) - German police arrested a 24-year-old man suspected of plotting a bomb attack on a Christmas market, prosecutors said on Monday. ' +
    'He had planned to set off the device at the market in Karlsruhe, police in the state of Baden-Wuerttemberg said.';
  const got = places(text, 'BERLIN');
  assert.ok(got.some((p) => p === 'Arrests@Karlsruhe'), JSON.stringify(got));
});

test('a town the next sentence names as another event\'s, or a part of the country the lead names, does not place the lead', () => {
  const other =
    'BERLIN (Reuters) - German police arrested a 24-year-old man suspected of plotting a bomb attack, prosecutors said on Monday. ' +
    'The arrest came a year after a truck attack on a Christmas market in Hamburg killed 12 people.';
  const arrests = places(other, 'BERLIN').filter((p) => p.startsWith('Arrests@'));
  assert.ok(arrests.length > 0 && arrests.every((p) => !p.endsWith('@Hamburg')), JSON.stringify(arrests));
  const part =
    'BAGHDAD (Reuters) - Suicide bombers killed 60 people in southern Iraq on Thursday, police said. ' +
    'Officials say the militants will wage a guerrilla war now that their rule in Mosul is over.';
  const bombings = places(part, 'BAGHDAD');
  assert.ok(bombings.length > 0 && bombings.every((p) => !p.endsWith('@Mosul')), JSON.stringify(bombings));
});

test('a town hundreds of kilometres from the scene ("600 km south of Quetta") yields to the province the sentence names', () => {
  const text =
    'QUETTA, Pakistan (Reuters) - Gunmen killed 15 people near the border with Iran on Wednesday, police said. ' +
    'The bodies were found in a mountainous region of Buleda, in Baluchistan province, 600 km (370 miles) south of the provincial capital of Quetta, an official said.';
  const got = places(text, 'QUETTA');
  assert.ok(got.length > 0 && got.every((p) => !p.endsWith('@Quetta')), JSON.stringify(got));
});

test('the lead placed in a province takes the town of that province the next sentence names, not one of another province', () => {
  const text =
    'BAGHDAD (Reuters) - A suicide bomber killed 20 people in Iraq\'s Anbar province on Monday. ' +
    'The bomber struck a market in the town of Haditha, police said.';
  const got = places(text, 'BAGHDAD');
  assert.ok(got.length > 0 && got.every((p) => p.endsWith('@Ḩadīthah')), JSON.stringify(got));
  const other =
    'BAGHDAD (Reuters) - A suicide bomber killed 20 people in Iraq\'s Anbar province on Monday. ' +
    'Police in the city of Basra said the bomber had trained there.';
  const bombs = places(other, 'BAGHDAD');
  assert.ok(bombs.length > 0 && bombs.every((p) => !p.endsWith('@Basra') && !p.endsWith('@Al Başrah')), JSON.stringify(bombs));
});
