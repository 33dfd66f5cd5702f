// Who took territory when the actors leave the taker open or in the wrong slot (invented sentences): a generic state
// force as the clause's subject, and a side named inside "a crackdown on …" before the verb.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';
import { stateTaker } from './state-taker.ts';
import type { SubEventType } from '../../model/taxonomy.ts';

const ex = createExtractor({ stages: ['segment', 'event-words', 'dates', 'places', 'actors', 'claims', 'events'] });
const art = storyOn('2019-03-20');
const events = (text: string): EventRecord[] => ex.extract(art(text)).records;
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('a generic state force as the subject regains the territory it took', () => {
  const rs = events('The army units took control of the village of Kafr Nabl after heavy fighting on Tuesday.');
  assert.ok(rs.some((r) => r.sub_event_type === 'Government regains territory'), show(rs));
  const loyal = events('Forces loyal to the elected government have wrested control of a hill outside Sirte from a rival militia.');
  assert.ok(loyal.some((r) => r.sub_event_type === 'Government regains territory'), show(loyal));
});

test('the side a crackdown targets lost the ground, it did not take it', () => {
  const rs = events('Kenyan security forces in a crackdown on al Shabaab militants recaptured the town of Lamu on Friday.');
  const ev = rs.find((r) => r.sub_event_type.includes('territory'));
  assert.equal(ev?.sub_event_type, 'Government regains territory', show(rs));
  assert.ok(!/Shabaab/.test(ev?.actor1 ?? ''), show(rs));
});

test('rebels as the subject still overtake territory', () => {
  const rs = events('Rebels took control of the village of Mweso on Sunday.');
  assert.ok(rs.some((r) => r.sub_event_type === 'Non-state actor overtakes territory'), show(rs));
});

test('other types and clauses whose subject is no state force are left alone', () => {
  const nsa: SubEventType = 'Non-state actor overtakes territory';
  const none: [SubEventType, null, null] = [nsa, null, null];
  assert.deepEqual(stateTaker('Gunmen took control of the road.', 0, 7, nsa, null, null), none);
  assert.deepEqual(stateTaker('The army attacked the camp.', 0, 9, 'Attack', null, null), ['Attack', null, null]);
  assert.deepEqual(stateTaker('The army took control of the town.', 0, 9, nsa, null, null), ['Government regains territory', null, null]);
});

test('localities taken over and ground gained by an armed side are territory, a party gaining ground in polls is not', () => {
  assert.ok(events('Mai Mai rebels have taken over four localities in Masisi territory on Monday.').some((r) => r.sub_event_type === 'Non-state actor overtakes territory'));
  assert.ok(events('Islamic State militants had gained ground inside the western part of the city on Sunday.').some((r) => r.sub_event_type === 'Non-state actor overtakes territory'));
  assert.deepEqual(events('The opposition party gained ground in the polls on Sunday.'), []);
});

test('a state force that only tells the story is not the one that took the ground', () => {
  const nsa: SubEventType = 'Non-state actor overtakes territory';
  const told = 'According to an army spokesman, insurgents gained control of the outpost.';
  assert.deepEqual(stateTaker(told, 0, told.indexOf('gained'), nsa, null, null), [nsa, null, null]);
  const officials = 'Military officials said gunmen took control of the road.';
  assert.deepEqual(stateTaker(officials, 0, officials.indexOf('took'), nsa, null, null), [nsa, null, null]);
  const said = 'The army said its units took control of the hill.';
  assert.deepEqual(stateTaker(said, 0, said.indexOf('took'), nsa, null, null), ['Government regains territory', null, null]);
  const army = 'The army units took control of the hill.';
  assert.deepEqual(stateTaker(army, 0, army.indexOf('took'), nsa, null, null), ['Government regains territory', null, null]);
});
