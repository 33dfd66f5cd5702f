// Issues 10 and 11: the wordings that tell a protest's kind (CASE 2021 TRAIN classes, invented sentences): a crowd that
// took part in or marched against something protests; forces clashing with protesters make a violent demonstration;
// a crackdown's excess or toll is excessive force; arrests in any tense and dispersal of a crowd are an intervention;
// a mob's victim described as accused of an offence is still mob violence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: ['segment', 'event-words', 'dates', 'places', 'actors', 'claims', 'events'] });
const art = storyOn('2019-03-20');
const events = (text: string): EventRecord[] => ex.extract(art(text)).records;
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));
const subs = (text: string) => events(text).map((r) => r.sub_event_type);

test('people who took part in a march or marched against something protested', () => {
  assert.ok(subs('Hundreds of nurses took part in a silent march in Lusaka on Monday.').includes('Peaceful protest'));
  assert.ok(subs('Thousands of people marched in Kampala on Sunday against rising fuel prices.').includes('Peaceful protest'));
  assert.ok(subs('Students gathered outside the ministry in Accra on Tuesday to demand lower fees.').includes('Peaceful protest'));
});

test('forces clashing with protesters make the demonstration violent, whoever is the subject', () => {
  const rs = events('Police clashed on Friday with hundreds of protesters in Quito, firing tear gas across the square.');
  assert.ok(rs.some((r) => r.sub_event_type === 'Violent demonstration'), show(rs));
  assert.ok(subs('Demonstrators clash with riot police during a rally against the new tax in Lima.').includes('Violent demonstration'));
});

test('a crackdown told by its excess or toll is excessive force against protesters', () => {
  assert.ok(subs('Police used excessive force to disperse a march by teachers in Harare on Monday.').includes('Excessive force against protesters'));
  assert.ok(subs('Two protesters died from gunfire during a demonstration outside the governor’s office in Basra on Sunday.').includes('Excessive force against protesters'));
  assert.ok(subs('Soldiers dispersed the sit-in in Omdurman using live bullets on Monday.').includes('Excessive force against protesters'));
});

test('arrests of protesters in the present or the passive, and a crowd dispersed, are an intervention', () => {
  assert.ok(subs('Police detain protesters during a rally against the mayor in Minsk on Sunday.').includes('Protest with intervention'));
  assert.ok(subs('Hundreds of farmers rallied in Nairobi on Monday before police fired smoke grenades to disperse the crowds.').includes('Protest with intervention'));
});

test('a mob beating a man accused of theft is mob violence, not a court case', () => {
  const rs = events('A man accused of stealing a goat was beaten to death by an angry mob in Kisumu on Tuesday.');
  assert.ok(rs.some((r) => r.sub_event_type === 'Mob violence' || r.event_type === 'Riots'), show(rs));
});

test('a fire bomb or stone thrown in the present tense, with an article, is a riot', () => {
  const rs = events('A masked protester throws a petrol bomb during a march in Santiago on Friday.');
  assert.ok(rs.some((r) => r.event_type === 'Riots'), show(rs));
});

test('an accusation beside a dispute between states is no mob justice', () => {
  const rs = events('The president accused the neighbouring government on Monday of harbouring rebels, deepening a dispute between the two armies fighting along the border near Goma.');
  assert.ok(!rs.some((r) => r.sub_event_type === 'Mob violence'), show(rs));
});
