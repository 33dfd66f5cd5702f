import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { EventRecord } from '../../model/record.ts';
import { loadRealisLexicon } from './realis.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// Branch realis15, from a precision review of unseen general news: generic statements and policy talk read as events, and
// figures of another period read as an event's toll. Each class is a realis cue (lexicons/realis-cues.jsonl); the
// sentences are invented and worded unlike the stories the review drew on. The rules alone, so the cues are what is tested.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-10-12');
const current = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.fatalities]));

test('a toll over a span of years is a total, not the toll of the attack the story tells', () => {
  const text = 'LIMA (Sitrep Wire) - Gunmen shot at a bus carrying miners near Ayacucho on Friday, wounding two guards, police said. From 2010-2014 shootings around the mine killed 14 people.';
  const rs = current(text);
  assert.ok(rs.length >= 1, show(rs));
  assert.ok(rs.every((r) => r.fatalities !== 14), show(rs));
  // a year of its own is no span: the attack told of that year keeps its toll
  const [blast] = current('KABUL (Sitrep Wire) - A bomb killed 9 people at a bus stop in Kabul on Wednesday, the worst attack in the city in 2017.');
  assert.equal(blast?.fatalities, 9);
});

test('a series of protests known through its news is no protest (the cue, read as the events stage reads it)', () => {
  const lex = loadRealisLexicon();
  const descriptive = (t: string) => ((lex.descriptive.lastIndex = 0), lex.descriptive.test(t));
  assert.ok(descriptive('the singer said recent news of neo-fascist marches in Poland had frightened him'));
  assert.ok(descriptive('after recent reports of student riots in the capital'));
  assert.ok(!descriptive('thousands marched in the capital on Sunday'), 'a march of the day is told, not a series');
});

test('a war told as over or won is the campaign summed up, not a battle of the day', () => {
  const rs = current('MANILA (Sitrep Wire) - The defence minister said on Tuesday that the main part of the battle with the Abu Sayyaf militants in Sulu was over.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Battles'), [], show(rs));
  // a battle of the day, told with its opponent, stays
  const fought = current('MANILA (Sitrep Wire) - Philippine troops battled Abu Sayyaf militants in Sulu on Tuesday, the army said.');
  assert.ok(fought.some((r) => r.event_type === 'Battles'), show(fought));
});

test('wars as a bare plural name an activity, not a war of the day', () => {
  const rs = current('OSLO (Sitrep Wire) - Commanders complain that soldiers sent to patrol shopping streets are getting better at guarding stations than fighting wars.');
  assert.deepEqual(rs.filter((r) => r.event_type === 'Battles'), [], show(rs));
});

test('a weapon explained by the ways it can be delivered is no strike', () => {
  const rs = current('GENEVA (Sitrep Wire) - Incendiary shells, fired by howitzers or dropped by aircraft, spread burning fragments over a wide area, the report said.');
  assert.deepEqual(rs, [], show(rs));
});

test('an attack hackers might be helped to make is no attack (the cue reaches several words on)', () => {
  const lex = loadRealisLexicon();
  const metaphor = (t: string) => ((lex.metaphor.lastIndex = 0), lex.metaphor.test(t));
  assert.ok(metaphor('potentially helping hackers to blind the navy to an attack'));
  assert.ok(!metaphor('gunmen helped by local guides to reach the village launched an attack'), 'no hackers, no cyber talk');
});

test('the consequences an objection lists after commas are feared, not told', () => {
  const rs = current('JAKARTA (Sitrep Wire) - The city cancelled the concert after a party objected that it could lead to drunkenness, rape and fights.');
  assert.deepEqual(rs.filter((r) => r.event_type !== 'Strategic developments'), [], show(rs));
});

test("a speaker's 'we are fighting' tells a cause, not a clash, even with its quotation marks lost (the cue)", () => {
  const lex = loadRealisLexicon();
  const metaphor = (t: string) => ((lex.metaphor.lastIndex = 0), lex.metaphor.test(t));
  assert.ok(metaphor('We are fighting the managers who are stealing our pay, a nurse said'));
  assert.ok(metaphor('I will keep fighting for my son, she said'));
  assert.ok(!metaphor('troops are fighting the rebels near the airport'), 'a third-person fight is told, not a stance');
});
