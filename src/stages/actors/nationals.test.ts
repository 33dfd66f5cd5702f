// Review 13 (actors15): people named by their nationality ("a Ukrainian journalist", "seven Turkish nationals") are
// civilians of that country, whatever country the event is in; without the country word they name no one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';

const names = (text: string) => actorMentions(text).map((m) => `${m.text} -> ${m.actor?.name ?? null}`);

test('a nationality before a journalist, nationals or tourists names civilians of that country', () => {
  assert.ok(names('The KGB said it had arrested a Ukrainian journalist in Minsk.').includes('Ukrainian journalist -> Civilians (Ukraine)'), names('The KGB said it had arrested a Ukrainian journalist in Minsk.').join(' | '));
  assert.ok(names('Police detained seven Turkish nationals in Izmir.').includes('Turkish nationals -> Civilians (Turkey)'), names('Police detained seven Turkish nationals in Izmir.').join(' | '));
});

test('without a country word they name no one', () => {
  const got = names('The journalist said the national team would play a tourist side.');
  assert.ok(!got.some((x) => /Civilians/.test(x)), got.join(' | '));
});
