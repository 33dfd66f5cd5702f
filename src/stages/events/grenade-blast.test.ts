import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseSubType, scoreHits } from './classify.ts';
import { findCues, findTriggers, loadTriggerLexicon } from './triggers.ts';

// case17: a blast or attack named by its grenade ("a grenade explosion", "the explosion of two grenades") is the
// grenade's, not a remote explosive's (the ied rule's "explosion"/"blast" outweighed the bare grenade word) nor a plain
// attack's (CASE 2021 TRAIN: 7 grenade snippets coded as IED, 2 as attacks); invented sentences
const lex = loadTriggerLexicon();
function classifyText(s: string): string | null {
  const hits = findTriggers(lex, s, 0, s.length);
  return chooseSubType(scoreHits(hits), findCues(lex, s, 0, s.length))?.sub ?? null;
}

test('grenade (case17): a grenade blast, explosion or attack, a grenade hurled', () => {
  for (const s of [
    'Seven soldiers were injured in a grenade explosion in the north of the district on Wednesday.',
    'Two civilians were injured in a grenade blast near the market.',
    'Five people were hurt in the explosion of two grenades thrown at a bus.',
    'A grenade attack killed ten people in a village late on Tuesday.',
    'Suspected militants hurled a hand grenade at a police post.',
  ]) assert.equal(classifyText(s), 'Grenade', s);
});

test('grenade (case17): a roadside bomb blast or a car bomb explosion stays a remote explosive', () => {
  for (const s of ['A roadside bomb blast killed three soldiers near the border.', 'A car bomb explosion killed 12 people in the market.']) assert.equal(classifyText(s), 'Remote explosive/landmine/IED', s);
});

test('grenade (case17): stun and tear-gas grenades thrown at a crowd name no grenade attack', () => {
  for (const s of ['Police threw stun grenades to disperse the protesters outside the ministry.', 'Officers threw tear-gas grenades to disperse the demonstrators in the square.']) assert.notEqual(classifyText(s), 'Grenade', s);
});
