// Issue 10 (actors11): a state's forces named through a possessive pronoun ("Turkey said its forces …") are that state's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';

const named = (text: string, surface: string) => actorMentions(text).find((m) => m.text === surface);

test('"its forces" after a country word are that country\'s military', () => {
  const m = named('Turkey said its forces killed 20 militants in northern Iraq on Monday.', 'its forces');
  assert.ok(m);
  assert.match(m.actor?.name ?? '', /^Military Forces of Turkey/);
  assert.ok(m.confidence >= 0.5);
});

test('"its warplanes" after a possessed ministry are that country\'s military', () => {
  const m = named("Russia's defence ministry said its warplanes destroyed a convoy near Palmyra.", 'its warplanes');
  assert.match(m?.actor?.name ?? '', /^Military Forces of Russia/);
});

test('"its jets" after a named coalition are the coalition\'s', () => {
  const m = named('The Saudi-led coalition said its jets struck targets near Taiz.', 'its jets');
  assert.ok(m?.actor);
  assert.equal(m.actor.id, named('The Saudi-led coalition said its jets struck targets near Taiz.', 'Saudi-led coalition')?.actor?.id);
});

test('a nearer armed group owns the pronoun: no state forces', () => {
  const ms = actorMentions('In Syria, Islamic State said its fighters had attacked a checkpoint.');
  assert.ok(!ms.some((m) => m.actor?.name.startsWith('Military Forces of Syria')), JSON.stringify(ms.map((m) => [m.text, m.actor?.name])));
});

test('the clause subject owns the pronoun, not a country named as a place or an object', () => {
  const ms = actorMentions("MOSCOW (Sitrep Wire) - Russia's defence ministry denied its planes had bombed militias in Syria's Deir al-Zor province, saying its air strikes were accurate.");
  assert.match(ms.find((m) => m.text === 'its air strikes')?.actor?.name ?? '', /^Military Forces of Russia/);
  const korea = actorMentions('SEOUL (Sitrep Wire) - North Korea said on Saturday that targeting the U.S. mainland with its rockets was inevitable.');
  assert.doesNotMatch(korea.find((m) => m.text === 'its rockets')?.actor?.name ?? '', /United States/);
  const russia = actorMentions('BEIRUT (Sitrep Wire) - In Syria, Russia said its jets struck targets near Palmyra on Monday.');
  assert.match(russia.find((m) => m.text === 'its jets')?.actor?.name ?? '', /^Military Forces of Russia/);
});

test('a dateline capital owns no pronoun', () => {
  const ms = actorMentions('UNITED NATIONS/WASHINGTON (Sitrep Wire) - North Korea said on Saturday that targeting the U.S. mainland with its rockets was inevitable.');
  assert.match(ms.find((m) => m.text === 'its rockets')?.actor?.name ?? '', /^Military Forces of North Korea/);
});
