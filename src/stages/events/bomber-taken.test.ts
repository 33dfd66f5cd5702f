// state24: a state force acting on an armed man is a battle or an arrest, never a suicide bombing or an attack on
// civilians (issue 10 review: "police arrested a suicide bomber", "troops killed the attacker" were coded as the
// bomber's or attacker's own act). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';
import type { EventActor } from '../../model/document.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-03-10');
const events = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);
const sides = (text: string) => events(text).map((r) => [r.sub_event_type, r.actor1, r.actor2]);

test('a suicide bomber a force arrested or killed is the force\'s arrest or battle, not a bombing', () => {
  const arrested = events('KANDAHAR (Reuters) - Afghan police arrested a suicide bomber wearing an explosives vest near a market in Kandahar on Thursday, officials said.');
  assert.deepEqual(arrested.map((r) => r.sub_event_type), ['Arrests']);
  assert.match(arrested[0].actor1 ?? '', /^Police Forces of Afghanistan/);
  const killed = events('TIKRIT (Reuters) - Iraqi troops killed the suicide bomber before he reached the crowd in Tikrit on Thursday, officials said.');
  assert.deepEqual(killed.map((r) => r.sub_event_type), ['Armed clash'], JSON.stringify(sides('TIKRIT (Reuters) - Iraqi troops killed the suicide bomber before he reached the crowd in Tikrit on Thursday, officials said.')));
  assert.match(killed[0].actor1 ?? '', /^Military Forces of Iraq/);
});

test('a bomber who blew himself up as forces stormed his hideout fought them: a battle with the force as actor1', () => {
  const rs = events('TIKRIT (Reuters) - A militant blew himself up as Iraqi police stormed his hideout in Tikrit on Thursday, officials said.');
  assert.deepEqual(rs.map((r) => r.sub_event_type), ['Armed clash']);
  assert.match(rs[0].actor1 ?? '', /^Police Forces of Iraq/);
  assert.match(rs[0].actor2 ?? '', /^Unidentified Armed Group/);
});

test('a suicide bombing of a state force with no raid told stays a suicide bomb by its bomber', () => {
  const rs = events('KANDAHAR (Reuters) - A suicide bomber blew himself up at a police checkpoint in Kandahar on Thursday, killing four policemen, officials said.');
  assert.deepEqual(rs.map((r) => r.sub_event_type), ['Suicide bomb']);
  assert.doesNotMatch(rs[0].actor1 ?? '', /^Police Forces/);
});

test('one armed man a force killed is a battle, not an attack on civilians', () => {
  for (const text of [
    'PARIS (Reuters) - French soldiers shot and killed an attacker who tried to stab them at a museum in Paris on Thursday, officials said.',
    'SRINAGAR (Reuters) - Indian troops killed a militant in Srinagar on Thursday, police said.',
  ]) {
    const rs = events(text);
    assert.deepEqual(rs.map((r) => r.sub_event_type), ['Armed clash'], text);
    assert.match(rs[0].actor1 ?? '', /^Military Forces of/, text);
    assert.doesNotMatch(rs[0].actor2 ?? '', /^Civilians/, text);
  }
});

test('killing a civilian stays an attack; "the gunman" killed is the end of the attack the story told, no second event', () => {
  assert.deepEqual(events('KANDAHAR (Reuters) - Gunmen shot and killed a teacher in Kandahar on Thursday, police said.').map((r) => r.sub_event_type), ['Attack']);
  const ended = events('KANO (Reuters) - A gunman shot dead three worshippers at a mosque in Kano on Friday. Police killed the gunman an hour later at the mosque, officials said.');
  assert.deepEqual(ended.map((r) => r.sub_event_type), ['Attack']);
});

// Weapons tests and launches are no events (news GUIDELINE; ACLED codes a launch only when it hits): weapons-test.ts.
test('a weapons test or a missile launch into the sea is no event; a missile that kills stays one', () => {
  for (const text of [
    'SEOUL (Reuters) - North Korea detonated a hydrogen bomb at its underground test site on Sunday, Japan said.',
    'SEOUL (Reuters) - North Korea fired a ballistic missile that landed in the sea off its east coast on Tuesday, officials said.',
  ]) assert.deepEqual(events(text).map((r) => r.sub_event_type), [], text);
  assert.deepEqual(events('SANAA (Reuters) - A ballistic missile fired by the Houthis killed three people in Marib on Tuesday, officials said.').map((r) => r.sub_event_type), ['Shelling/artillery/missile attack']);
});

test('a state force is never a suicide bomber: no other telling lends one to the bomber slot, and a state actor1 makes a battle', async () => {
  const { mayBeBomber, bomberFought } = await import('./bomber-taken.ts');
  const force: EventActor = { actor: { id: 'f', name: 'Military Forces of Testland', inter: 1, country: 'TL', kind: 'state' }, mention: null };
  const group: EventActor = { actor: { id: 'g', name: 'Test Front', inter: 2, country: 'TL', kind: 'rebel' }, mention: null };
  assert.equal(mayBeBomber('Suicide bomb', force), false);
  assert.equal(mayBeBomber('Suicide bomb', group), true);
  assert.equal(mayBeBomber('Air/drone strike', force), true);
  const s = { index: 0, start: 0, end: 30, firstToken: 0, endToken: 0 };
  assert.deepEqual(bomberFought('x'.repeat(30), s, 'Suicide bomb', force, group, group.actor)[0], 'Armed clash');
  assert.deepEqual(bomberFought('x'.repeat(30), s, 'Suicide bomb', group, force, group.actor)[0], 'Suicide bomb');
});
