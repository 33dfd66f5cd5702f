import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';
import { loadRealisLexicon } from './realis.ts';

// Branch nonevent25, from a precision review of unseen general news (issue 10): accidents, private quarrels, speech acts,
// first-person speech, season-long gestures and a ruler's era read as events of the day. Each class is a realis cue
// (lexicons/realis-cues.jsonl) or a realis rule; the sentences are invented. The rules alone, so the cues are what is tested.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-10-12');
const current = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.location]));
const subs = (text: string) => current(text).map((r) => r.sub_event_type);

test('a drone that collided with an airliner is an accident, a drone that struck a convoy a strike', () => {
  const rs = current('OTTAWA (Sitrep Wire) - A drone hit a passenger plane landing at the airport in Halifax this week, the first time a drone has collided with an airliner in Canada, the minister said on Sunday.');
  assert.deepEqual(rs.filter((r) => r.sub_event_type === 'Air/drone strike'), [], show(rs));
  assert.ok(subs('KABUL (Sitrep Wire) - A U.S. drone struck a Taliban convoy near Kunduz on Tuesday, killing six fighters, officials said.').includes('Air/drone strike'));
});

test('a blast heard where a submarine went missing with its crew is an accident, not a bombing', () => {
  const rs = current('OSLO (Sitrep Wire) - A loud noise recorded near the fjord on Monday was consistent with a blast, the navy said on Thursday. The coast guard described the blast as short and violent. Ships are searching for the Nordkapp, which went missing with 30 crew on board.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Explosions/Remote violence'), [], show(rs));
});

test('people held over an industrial explosion are no political arrest; activists held are', () => {
  const rs = current('ISTANBUL (Sitrep Wire) - Police have detained five workers over Monday’s explosion at a chemical storage tank in Izmit which killed two people, the governor said.');
  assert.deepEqual(rs.filter((r) => r.sub_event_type === 'Arrests'), [], show(rs));
  assert.ok(subs('ISTANBUL (Sitrep Wire) - Police have detained five opposition activists at their homes in Izmit on Tuesday, the governor said.').includes('Arrests'));
});

test('a fire at a building named at length that killed is a disaster, not an attack', () => {
  const rs = current('DHAKA (Sitrep Wire) - Police are questioning three guards after a fire at a crowded garment workers hostel in Gazipur district that killed at least 14 people on Tuesday.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Violence against civilians'), [], show(rs));
  // the police's legal reading of that fire names its offence, not a second attack
  const read = current('DHAKA (Sitrep Wire) - Police said on Tuesday they were treating the case as one of murder and arson in Gazipur.');
  assert.deepEqual(read.filter((r) => r.event_type === 'Violence against civilians'), [], show(read));
});

test('"we fought" in wire copy that lost its quote marks is speech; the soldiers who fought are an event', () => {
  const rs = current('SEOUL (Sitrep Wire) - We will never let the horrors of the past return to this land, on this hill we fought and bled to defend, the minister told veterans in Busan on Tuesday.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Battles'), [], show(rs));
  assert.ok(subs('MOGADISHU (Sitrep Wire) - Somali soldiers fought al Shabaab militants near Afgoye on Tuesday, killing four, an officer said.').includes('Armed clash'));
});

test('a gesture kept up over a season is a campaign, not a protest of the day', () => {
  const rs = current('NEW YORK (Sitrep Wire) - The debate grew after a Denver linebacker chose to kneel during the national anthem this season to protest police shootings.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Protests'), [], show(rs));
  assert.ok(subs('DENVER (Sitrep Wire) - Hundreds of fans protested outside the stadium in Denver on Sunday against police shootings, organisers said.').includes('Peaceful protest'));
});

test('a leader who uses a visit to denounce is speaking, not protesting (the cue, read as the events stage reads it)', () => {
  const lex = loadRealisLexicon();
  const descriptive = (t: string) => ((lex.descriptive.lastIndex = 0), lex.descriptive.test(t));
  assert.ok(descriptive('the archbishop has used his tour of the poor Andean provinces to denounce the hunger of mining towns'));
  assert.ok(descriptive('she took the occasion of a state banquet to condemn the raids'));
  assert.ok(!descriptive('hundreds of miners gathered in the square to denounce the closures'), 'a crowd gathered to denounce is a protest');
});

test('lawmakers who "have protested" a measure object to it, an aside between them and the verb notwithstanding', () => {
  const rs = current('WASHINGTON (Sitrep Wire) - Several senators, a group long known for its thrift, have protested the cost of the new fighter jets in Washington.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Protests'), [], show(rs));
});

test('a quarrel with a neighbour is a private crime, not a battle', () => {
  const rs = current('DUBLIN (Sitrep Wire) - Ryan also told reporters that Senator Kelly, who was injured in a confrontation with a neighbour at his Cork farm on Sunday, would be back next week.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Battles'), [], show(rs));
});

test('what a ruler’s era counted is a total, not an abduction of the day', () => {
  const rs = current('HARARE (Sitrep Wire) - A rights group said on Tuesday that under Banda thousands of dissidents were jailed, tortured or forcibly disappeared in Malawi.');
  assert.deepEqual(rs.filter((r) => r.sub_event_type === 'Abduction/forced disappearance'), [], show(rs));
});

test('land seized at the end of the last century is history, not a takeover of the day', () => {
  const rs = current('LUSAKA (Sitrep Wire) - He led the country into ruin, presiding over the forced seizure of white-owned estates at the end of the century, which wrecked exports.');
  assert.deepEqual(rs.filter((r) => /territory/.test(r.sub_event_type)), [], show(rs));
});

test('a string of encounters in which police killed men is a summary, not an attack', () => {
  const rs = current('CHICAGO (Sitrep Wire) - Protests grew after a string of encounters in which police officers killed unarmed black people in Chicago.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Violence against civilians'), [], show(rs));
});

test('a call to take to the streets is no protest', () => {
  const rs = current('NAIROBI (Sitrep Wire) - The opposition leader urged his supporters to take to the streets of Kisumu on Tuesday to demand new elections.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Protests'), [], show(rs));
});

test('speech that lost its quote marks is given away by "we", whatever the trigger; a pronoun behind a comma or a quote is not', () => {
  const rs = current('BERLIN (Sitrep Wire) - Police raided 20 flats in Hamburg on Tuesday. We are dealing with a violent mob that acted together, the police chief told reporters.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Riots'), [], show(rs));
  assert.ok(current('NAIROBI (Sitrep Wire) - We are angry, the minister said on Tuesday after police shot dead three protesters in Kisumu.').length >= 1);
  assert.ok(current('NAIROBI (Sitrep Wire) - The minister said “we will respond” on Tuesday after gunmen attacked a police post in Garissa, killing three officers.').length >= 1);
});

test('a place described by its ruin is a state, not a demolition of the day', () => {
  const rs = current('BEIJING (Sitrep Wire) - Li Hua, 61, sells bottles at a demolished housing district on the edge of Tianjin, working long days.');
  assert.deepEqual(rs.filter((r) => r.sub_event_type === 'Looting/property destruction'), [], show(rs));
});

test('testimony before an inquiry is a proceeding (the cue, read as the events stage reads it)', () => {
  const lex = loadRealisLexicon();
  assert.ok(lex.proceedings.test('two drivers on Monday told a senate inquiry they saw police officers kill a teenager'));
  assert.ok(!lex.proceedings.test('two drivers on Monday told reporters they saw police officers kill a teenager'));
});
