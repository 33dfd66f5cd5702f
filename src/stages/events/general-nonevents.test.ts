import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// Branch nonevent25, from a precision review of unseen general news (issue 10): accidents, private quarrels, speech acts,
// first-person speech, season-long gestures and a ruler's era read as events of the day. Each class is a realis cue
// (lexicons/realis-cues.jsonl) or a realis rule; the sentences are invented. The rules alone, so the cues are what is tested.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-10-12');
const current = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.location]));
const subs = (text: string) => current(text).map((r) => r.sub_event_type);

test('a drone that collided with an airliner is an accident, a drone that struck a convoy a strike', () => {
  const rs = current('OTTAWA (Sitrep Wire) - A small drone collided with a passenger jet approaching the airport in Halifax on Tuesday, the transport agency said.');
  assert.deepEqual(rs.filter((r) => r.sub_event_type === 'Air/drone strike'), [], show(rs));
  assert.ok(subs('KABUL (Sitrep Wire) - A U.S. drone struck a Taliban convoy near Kunduz on Tuesday, killing six fighters, officials said.').includes('Air/drone strike'));
});

test('people held over an industrial explosion are no political arrest; activists held are', () => {
  const rs = current('ISTANBUL (Sitrep Wire) - Police have detained five workers over Monday’s explosion at a chemical storage tank in Izmit which killed two people, the governor said.');
  assert.deepEqual(rs.filter((r) => r.sub_event_type === 'Arrests'), [], show(rs));
  assert.ok(subs('ISTANBUL (Sitrep Wire) - Police have detained five opposition activists at their homes in Izmit on Tuesday, the governor said.').includes('Arrests'));
});

test('a fire at a building named at length that killed is a disaster, not an attack', () => {
  const rs = current('DHAKA (Sitrep Wire) - Police are questioning three guards after a fire at a crowded garment workers hostel in Gazipur district that killed at least 14 people on Tuesday.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Violence against civilians'), [], show(rs));
});

test('"we fought" in wire copy that lost its quote marks is speech; the soldiers who fought are an event', () => {
  const rs = current('SEOUL (Sitrep Wire) - The minister spoke at a memorial in Busan on Tuesday. Our fathers stood on this hill and we fought for every metre of it, he told veterans.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Battles'), [], show(rs));
  assert.ok(subs('MOGADISHU (Sitrep Wire) - Somali soldiers fought al Shabaab militants near Afgoye on Tuesday, killing four, an officer said.').includes('Armed clash'));
});

test('a gesture kept up over a season is a campaign, not a protest of the day', () => {
  const rs = current('NEW YORK (Sitrep Wire) - The debate grew after a Denver linebacker chose to kneel during the national anthem this season to protest police shootings.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Protests'), [], show(rs));
  assert.ok(subs('DENVER (Sitrep Wire) - Hundreds of fans protested outside the stadium in Denver on Sunday against police shootings, organisers said.').includes('Peaceful protest'));
});

test('a leader who uses a visit to denounce is speaking, not protesting', () => {
  const rs = current('LIMA (Sitrep Wire) - The archbishop has used his tour of the southern provinces to denounce the poverty of mining towns in Puno, aides said on Tuesday.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Protests'), [], show(rs));
});

test('lawmakers who "have protested" a measure object to it, an aside between them and the verb notwithstanding', () => {
  const rs = current('WASHINGTON (Sitrep Wire) - Several senators, a group long known for its thrift, have protested the cost of the new fighter jets in Washington.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Protests'), [], show(rs));
});

test('a quarrel with a neighbour is a private crime, not a battle', () => {
  const rs = current('DUBLIN (Sitrep Wire) - A senior Irish lawmaker, who broke two ribs in a fight with his neighbour at his farm in Cork on Saturday, will miss the budget vote.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Battles'), [], show(rs));
});

test('what a ruler’s era counted is a total, not an abduction of the day', () => {
  const rs = current('HARARE (Sitrep Wire) - A rights group said on Tuesday that under Banda thousands of dissidents were jailed, tortured or forcibly disappeared in Malawi.');
  assert.deepEqual(rs.filter((r) => r.sub_event_type === 'Abduction/forced disappearance'), [], show(rs));
});

test('land seized at the end of the last century is history, not a takeover of the day', () => {
  const rs = current('LUSAKA (Sitrep Wire) - The new president said on Tuesday he would compensate families whose ranches were lost in the seizure of estates near Kafue at the end of the last century.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Strategic developments'), [], show(rs));
});

test('a string of encounters in which police killed men is a summary, not an attack', () => {
  const rs = current('CHICAGO (Sitrep Wire) - The movement grew out of anger over a string of encounters in which officers killed unarmed teenagers in Illinois.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Violence against civilians'), [], show(rs));
});

test('a call to take to the streets is no protest', () => {
  const rs = current('NAIROBI (Sitrep Wire) - The opposition leader urged his supporters to take to the streets of Kisumu on Tuesday to demand new elections.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Protests'), [], show(rs));
});
