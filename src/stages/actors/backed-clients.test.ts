// actors18: "X-backed Y" makes X and Y one side. A described group with a patron ("Turkish-backed rebels") was read
// back to the last rebels named, the YPG, which that patron fights: the attacker became its own target.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';

const find = (text: string, words: string) => actorMentions(text).find((m) => m.text === words);

test("a patron's clients are not the rebels named before them", () => {
  const rebels = find('Kurdish YPG fighters have held the town since 2015. On Monday the YPG shelled Turkish-backed rebels near the town.', 'rebels');
  assert.ok(rebels, 'rebels found');
  assert.notEqual(rebels.actor?.id, 'ypg');
});

test('… but they are the group the story named with that patron', () => {
  const fighters = find('U.S.-backed Syrian Democratic Forces advanced on Raqqa in June. The U.S.-backed rebels seized a hospital on Monday.', 'rebels');
  assert.equal(fighters?.actor?.id, find('U.S.-backed Syrian Democratic Forces advanced on Raqqa in June.', 'Syrian Democratic Forces')?.actor?.id);
});

test('… or a group the lexicon knows that patron backs', () => {
  const rebels = find('The Syrian Democratic Forces advanced on Raqqa in June. The U.S.-backed rebels seized a hospital on Monday.', 'rebels');
  assert.equal(rebels?.actor?.id, 'sdf');
});

test('"X-backed militias" are the group the story named as X\'s client', () => {
  const militias = find('The Kenyan-backed Tana River Brigade seized the port in May. Kenyan-backed militias then shelled the town.', 'militias');
  assert.ok(militias?.actor, 'militias named');
  assert.equal(militias.actor.id, find('The Kenyan-backed Tana River Brigade seized the port in May.', 'Tana River Brigade')?.actor?.id);
});

test('"Iranian-backed militias" with no client named are a pro-Iran militia, not nobody', () => {
  assert.equal(find('Iranian-backed militias attacked the convoy.', 'militias')?.actor?.name, 'Militia (Pro-Iran)');
});

test('separatists are rebels, and "Russian-backed" names their backer, not the actor', () => {
  const m = find('Russian-backed separatists shelled the village.', 'separatists');
  assert.equal(m?.actor?.kind, 'rebel');
  assert.equal(m?.backedBy, 'russia');
});
