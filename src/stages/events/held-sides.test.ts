// Review 13 (actors15): who an arrest held. A group member arrested after a clause that names wounded police is the
// group's, not the police's (and so not civilians); officials of a region or people held are the government's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: ['segment', 'dates', 'places', 'actors', 'claims', 'events'] });
const art = storyOn('2017-12-01');
const arrests = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((e) => !e.historical && e.sub_event_type === 'Arrests');

test('a member of the group arrested beside wounded police is the group', () => {
  const [e] = arrests('TBILISI (Reuters) - Islamic State fighters fought police in Tbilisi on Friday, officials said. Four police officers were wounded and one member of the group was also arrested.');
  assert.ok(e, 'an arrest');
  assert.equal(e.actor2, 'Islamic State');
  // police the police held are still no group
  const [p] = arrests('ANKARA (Reuters) - Police in Ankara arrested two police officers on Friday.');
  assert.notEqual(p?.actor2, 'Islamic State');
});

test('"senior Catalan officials" held are the government, officials who speak are the source', () => {
  const [e] = arrests('MADRID (Reuters) - Spanish police on Wednesday arrested several senior Catalan officials accused of organizing the referendum in Barcelona.');
  assert.ok(e);
  assert.match(e.actor2 ?? '', /^Government of Spain/);
  const [s] = arrests('MADRID (Reuters) - Spanish police on Wednesday arrested three men in Barcelona, senior Catalan officials said.');
  assert.ok(s);
  assert.match(s.actor2 ?? '', /^Civilians/);
});

test('a side named by the words of another kind of event is not a side of the chosen one', () => {
  const rs = ex.extract(art('BEIRUT (Reuters) - Officials said the nerve gas attack which prompted the U.S. missile strike on Friday killed 87 people in Khan Sheikhoun, Syria.')).records.filter((e) => e.sub_event_type === 'Chemical weapon');
  assert.ok(rs.length, 'a chemical attack');
  assert.ok(rs.every((e) => !/United States/.test(e.actor2 ?? '') && !/United States/.test(e.actor1 ?? '')), JSON.stringify(rs.map((e) => [e.actor1, e.actor2])));
  // the same words of the event itself still name its doer
  const [own] = ex.extract(art('BEIRUT (Reuters) - Russian air strikes killed 12 civilians in Idlib, Syria on Monday.')).records.filter((e) => e.sub_event_type === 'Air/drone strike');
  assert.match(own?.actor1 ?? '', /^Military Forces of Russia/);
});

test('the aim of a campaign named beside the event is no side of it', () => {
  const rs = ex.extract(art('WASHINGTON (Reuters) - Obama will speak on Tuesday after a meeting on the attack in Orlando, Florida, and efforts to defeat the Islamic State militant group, the White House said on Monday.')).records.filter((e) => !e.historical);
  assert.ok(rs.every((e) => e.actor1 !== 'Islamic State' && e.actor2 !== 'Islamic State'), JSON.stringify(rs.map((e) => [e.sub_event_type, e.actor1, e.actor2])));
  // a campaign word that is the event's own keeps its side
  const [own] = ex.extract(art('BAGHDAD (Reuters) - Iraqi forces killed 20 fighters in the battle against Islamic State in Mosul on Monday.')).records.filter((e) => !e.historical);
  assert.equal(own?.actor2, 'Islamic State');
});

test('the people a twin clause names are held in that clause only', () => {
  const rs = ex.extract(art('ANKARA (Reuters) - Eleven foreign nationals were arrested in the southern province of Adana on Friday and seven Turkish nationals were arrested in the western province of Izmir.')).records.filter((e) => e.sub_event_type === 'Arrests');
  const izmir = rs.find((e) => e.location === 'Izmir');
  const adana = rs.find((e) => e.location === 'Adana');
  assert.ok(izmir && adana, JSON.stringify(rs.map((e) => [e.location, e.actor2])));
  assert.equal(izmir.actor2, 'Civilians (Turkey)');
  assert.equal(adana.actor2, 'Civilians (International)');
});
