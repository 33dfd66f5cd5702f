// a short name the story defines in brackets is that actor from then on, in that story only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';

const all = (text: string, words: string) => actorMentions(text).filter((m) => m.text === words);

test('a short name defined after a pattern name is that group later in the story', () => {
  const text = 'The Wadi Fahd Brigade (WFB) shelled the town on Monday. A WFB commander said two of its men died.';
  const uses = all(text, 'WFB');
  assert.equal(uses.length, 1);
  assert.equal(uses[0].actor?.name, 'Wadi Fahd Brigade');
});

test('an armed formation no lexicon knows becomes an actor where it defines its short name', () => {
  const text = 'Fighting broke out when the Harbour Protection Force (Hafez) raided a depot. Hafez said one of its members was hurt.';
  const hafez = all(text, 'Hafez');
  assert.equal(hafez.length, 1);
  assert.equal(hafez[0].actor?.name, 'Harbour Protection Force');
  assert.equal(all(text, 'Harbour Protection Force')[0]?.actor?.kind, 'militia');
});

test('a short name of a body that is no armed formation stays no actor', () => {
  const text = 'The Northern Trade Council (NTC) met on Monday. The NTC said prices rose.';
  assert.equal(all(text, 'NTC').length, 0);
});

test('a short name used before its definition, or in another word, is not taken', () => {
  const text = 'Hafezi traders fled. The Harbour Protection Force (Hafez) raided a depot.';
  assert.equal(all(text, 'Hafezi').length, 0);
});

test("South Sudan's armed opposition is named by its short names and by its leader's followers", () => {
  assert.equal(all('Fighters of the SPLA-IO overran a garrison.', 'SPLA-IO')[0]?.actor?.id, 'spla-io');
  const followers = actorMentions('Forces loyal to former vice president Riek Machar attacked the town.');
  assert.equal(followers[0]?.actor?.id, 'spla-io');
});

test('a law or a treaty with an armed head word is no armed group', () => {
  const text = 'Congress debated the Authorization for the Use of Armed Force (AUAF). The AUAF expires in May.';
  assert.equal(all(text, 'AUAF').length, 0);
});

test("a state's forces with a short name are no new armed group", () => {
  const text = 'The Malian Armed Forces (FAMa) repelled an attack. FAMa said ten attackers died.';
  assert.notEqual(all(text, 'FAMa')[0]?.actor?.kind, 'militia');
});

test("a state unit's name with a short name is not made a militia", () => {
  const text = 'Police commandos of the Special Action Force (SAF) raided the camp. The SAF lost two men.';
  assert.equal(all(text, 'SAF').filter((m) => m.actor?.kind === 'militia').length, 0);
});

test('a hyphened short name is found again, and breaks nothing', () => {
  const text = 'The Upper Valley Brigade (UV-B) shelled a post. A UV-B fighter was hurt.';
  assert.equal(all(text, 'UV-B')[0]?.actor?.name, 'Upper Valley Brigade');
});
