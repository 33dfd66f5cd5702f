// Issue 10: a crowd an attack or a bomb struck is coded as civilians, not as protesters, unless the sentence says it was
// protesting (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';
import { crowdStruck } from './crowd-opponent.ts';
import type { EventActor } from '../../model/document.ts';

const ex = createExtractor();
const story = storyOn('2017-05-10');
const current = (text: string): EventRecord[] => ex.extract(story(text)).records.filter((r) => !r.historical);
const sides = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('a truck driven into a crowd, a bomber in a crowd: the crowd is civilians', () => {
  const truck = current('LYON, France (Sitrep Wire) - A man drove a van into a crowd outside a cinema in Lyon on Tuesday, killing six people, police said.');
  assert.ok(truck.length, sides(truck));
  assert.match(truck[0].actor2 ?? '', /^Civilians/, sides(truck));
  const bomber = current('KANDAHAR (Sitrep Wire) - A suicide bomber blew himself up in a crowd at a bus station in Kandahar on Tuesday, killing nine people.');
  assert.ok(bomber.length, sides(bomber));
  assert.match(bomber[0].actor2 ?? '', /^Civilians/, sides(bomber));
});

test('a crowd the sentence says was protesting stays the protesters; other sides are left alone', () => {
  const crowd = { actor: { id: 'protesters', name: 'Protesters ({country})', inter: 6, country: null, kind: 'protesters' }, mention: { text: 'a crowd' } } as unknown as EventActor;
  const civilians = { id: 'civilians', name: 'Civilians ({country})', inter: 7, country: null, kind: 'civilians' } as EventActor['actor'];
  assert.equal(crowdStruck('A bomb exploded in a crowd at a protest rally on Tuesday.', 'Remote explosive/landmine/IED', crowd, civilians), crowd);
  assert.equal(crowdStruck('A bomb exploded in a crowd at a market on Tuesday.', 'Remote explosive/landmine/IED', crowd, civilians)?.actor.kind, 'civilians');
  assert.equal(crowdStruck('Police clashed with a crowd on Tuesday.', 'Violent demonstration', crowd, civilians), crowd);
  const named = { ...crowd, mention: { text: 'demonstrators' } } as unknown as EventActor;
  assert.equal(crowdStruck('Gunmen fired on demonstrators on Tuesday.', 'Attack', named, civilians), named);
});
