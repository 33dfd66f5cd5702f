// Issue 10 (actors24): a bare "soldiers" or "police" taking up the one state's force the story just named is that force,
// whatever country the event is in (not the place's military).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';

const nameOf = (text: string, surface: string) => actorMentions(text).find((m) => m.text === surface)?.actor?.name ?? null;

test('"soldiers" after a named foreign army are that army', () => {
  const t = 'Valdorian troops shelled a village near Kessa on Monday. In the hills, soldiers shot dead two farmers.';
  assert.equal(nameOf(t.replace('Valdorian', 'Israeli'), 'soldiers')?.startsWith('Military Forces of Israel'), true);
  assert.equal(nameOf('Turkish troops crossed the border at dawn. Security forces then killed two militants near the town.', 'Security forces')?.startsWith('Military Forces of Turkey'), true);
});

test('a bare noun stays unbound: two states named, home-state words, a military site, a government as antecedent, too far back', () => {
  assert.equal(nameOf('Russian jets struck the town as Syrian troops advanced. Soldiers then took the hill.', 'Soldiers'), 'Military Forces of {country}');
  assert.equal(nameOf('Israeli troops raided the camp. Government forces later withdrew.', 'Government forces'), 'Military Forces of {country}');
  assert.equal(nameOf('A U.S. missile strike hit the airbase near the city.', 'the airbase'), 'Military Forces of {country}');
  assert.equal(nameOf('The Turkish government condemned the attack. Soldiers sealed off the area.', 'Soldiers'), 'Military Forces of {country}');
  const far = 'Israeli troops raided the camp. The talks resumed. Envoys met. Ministers spoke. The report followed. Soldiers shot a man.';
  assert.equal(nameOf(far, 'Soldiers'), 'Military Forces of {country}');
  assert.equal(nameOf('The rebels, fighting since their ouster by U.S.-led troops, killed eight soldiers.', 'soldiers'), 'Military Forces of {country}');
});

test('police take up a named police force, not a named army', () => {
  assert.equal(nameOf('Israeli troops raided the camp. Police said they arrested two men.', 'Police'), 'Police Forces of {country}');
  assert.equal(nameOf('Turkish police detained six people in the raid. Police said they found weapons.', 'Police')?.startsWith('Police Forces of Turkey'), true);
});
