// Review 13 (actors15): a country word names the aircraft it flew across model, range and role words
// ("Russian Tu-22M3 long-range bombers"), not only when the aircraft noun follows it directly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';

const names = (text: string) => actorMentions(text).map((m) => `${m.text} -> ${m.actor?.name ?? null}`);

test('a country word names its aircraft across model and range words', () => {
  assert.ok(names('Russian Tu-22M3 long-range bombers struck targets near the town on Saturday.').some((x) => /^Russian Tu-22M3 long-range bombers -> Military Forces of Russia/.test(x)), names('Russian Tu-22M3 long-range bombers struck targets near the town on Saturday.').join(' | '));
  assert.ok(names('Syrian MiG-23 jets bombed the village.').some((x) => /^Syrian MiG-23 jets -> Military Forces of Syria/.test(x)), names('Syrian MiG-23 jets bombed the village.').join(' | '));
  assert.ok(names('Two Turkish F-16 fighter jets hit the camp.').some((x) => /-> Military Forces of Turkey/.test(x)), names('Two Turkish F-16 fighter jets hit the camp.').join(' | '));
});

test('model words with no aircraft after them name no military', () => {
  const got = names('A Russian long-range missile test was reported.');
  assert.ok(!got.some((x) => /Military Forces/.test(x)), got.join(' | '));
  const car = names('Russian 4-wheel drive cars were sold.');
  assert.ok(!car.some((x) => /Military Forces/.test(x)), car.join(' | '));
});

test('a country that intensifies or steps up an offensive is its military; talks are no force', () => {
  assert.ok(names('Syria intensifies its Russian-backed offensive to take the whole city.').some((x) => /^Syria -> Military Forces of Syria/.test(x)));
  assert.ok(names('Russia stepped up air strikes on the city.').some((x) => /^Russia -> Military Forces of Russia/.test(x)));
  assert.ok(!names('Turkey intensified talks with Iraq on Monday.').some((x) => /Military Forces/.test(x)));
});
