import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';

// Who is the target: sides named by an adjective before a target noun, pro-government militias, struck military sites.

const named = (text: string): [string, string | null][] => actorMentions(text).map((m) => [m.text, m.actor?.name ?? null]);

test('"jihadist positions": an adjective before a target noun names the side that was struck', () => {
  // with a group named before, the adjective points back to it
  const ms = actorMentions('Islamic State fighters fled the town. Jets struck jihadist positions near Raqqa.');
  const j = ms.find((m) => m.text === 'jihadist');
  assert.equal(j?.actor?.id, 'islamic-state');
  assert.ok((j?.confidence ?? 0) >= 0.5, 'a party, not a guess');
  // one lower-case noun may stand between ("jihadist desert camps"), and with no group named the side is unidentified
  assert.deepEqual(named('The United States launched air strikes against jihadist desert camps.').find(([t]) => t === 'jihadist'), ['jihadist', 'Unidentified Armed Group ({country})']);
  assert.deepEqual(named('Police raided a militant hideout in the desert.').find(([t]) => t === 'militant'), ['militant', 'Unidentified Armed Group ({country})']);
  assert.deepEqual(named('Jets struck Islamist camps.').find(([t]) => t === 'Islamist'), ['Islamist', 'Unidentified Armed Group ({country})']);
});

test('a jihadist or militant adjective with no target noun after it names no one', () => {
  for (const text of ['The jihadist threat grew.', 'The militant said nothing.', 'Analysts fear Islamist ideas spread.', 'A suspected Libyan militant was held.']) {
    const ms = actorMentions(text);
    assert.ok(!ms.some((m) => /jihadist|militant|Islamist/.test(m.text) && m.actor), `${text} → ${ms.map((m) => m.text).join(' | ')}`);
  }
});

test('"pro-government militias" are ACLED\'s Militia (Pro-Government), not the government\'s forces', () => {
  for (const [text, surface] of [
    ['The U.S. military carried out air strikes on pro-Syrian government militia.', 'militia'],
    ['Pro-government militias attacked the town.', 'militias'],
    ['Pro-regime militiamen shelled the village.', 'militiamen'],
    ['Pro-Syrian regime militias advanced.', 'militias'],
  ] as const) {
    const m = actorMentions(text).find((x) => x.text === surface);
    assert.deepEqual([m?.actor?.name, m?.actor?.inter, m?.actor?.kind], ['Militia (Pro-Government)', 3, 'militia'], text);
    assert.ok(!actorMentions(text).some((x) => /government|regime/i.test(x.text)), `${text}: the government is only the backer`);
  }
  // a foreign backer stays the backer's militia, and pro-government forces stay the state's (ACLED codes them so)
  assert.equal(actorMentions('Pro-Iran militias attacked the base.').find((m) => m.text === 'militias')?.actor?.name, 'Militia (Pro-Iran)');
  assert.equal(actorMentions('Pro-government forces advanced.')[0]?.actor?.name, 'Military Forces of {country}');
  assert.equal(actorMentions('On 4 June, pro-IRG forces fired mortar shells.').find((m) => m.text === 'IRG forces')?.actor?.id, 'military-ye');
});

test('a struck airbase is the military of the event\'s country; a base that acts or is only a place is no actor', () => {
  assert.deepEqual(named('A U.S. missile strike on an airbase near the Syrian city of Homs killed five people.').find(([t]) => t === 'airbase'), ['airbase', 'Military Forces of {country}']);
  assert.deepEqual(named('Missiles struck the Shayrat air base.').find(([t]) => t === 'air base'), ['air base', 'Military Forces of {country}']);
  assert.deepEqual(named('Rockets hit a Syrian air base.').find(([t]) => t.endsWith('air base')), ['Syrian air base', 'Military Forces of Syria (2000-)']);
  // ("at" tells where, not what was struck: "a counter-attack at the Hamadan air base" was on rebels there)
  for (const text of ['He said the targeted airbase had been providing air support.', "Russia's Hmeymim air base was attacked.", 'The airfield reopened.', 'IS killed 40 rebels in a counter-attack at the Hamadan air base.']) {
    assert.ok(!actorMentions(text).some((m) => /air ?base|airfield/.test(m.text)), text);
  }
});

test('a bare plural points back only a few sentences; "the militants" and "the group" reach as far as needed', () => {
  const filler = ' The talks went on. Officials met in Geneva. The weather was mild. Markets were calm.';
  // named right before: the bare plural and the definite description both mean the group
  const near = actorMentions('Islamic State fighters attacked the town. Jets then bombed militants near the river. The militants withdrew.');
  assert.equal(near.find((m) => m.text === 'militants')?.actor?.id, 'islamic-state');
  // named five sentences before: "terrorists" in general is no one; "the militants" is still the group
  const far = actorMentions(`Islamic State fighters attacked the town.${filler} He vowed to eliminate terrorists. The militants withdrew.`);
  assert.equal(far.find((m) => m.text === 'terrorists')?.actor ?? null, null);
  assert.equal(far.find((m) => m.text === 'The militants')?.actor?.id, 'islamic-state');
  // generic rebels far from the dominant group's mentions stay opposition rebels
  const rebels = actorMentions(`The YPG shelled the village. The YPG said it lost two men.${filler} Rebels say Moscow has put no pressure on him.`);
  assert.equal(rebels.find((m) => m.text === 'Rebels')?.actor?.name, 'Opposition Rebels ({country})');
});

test('"strikes on Syria": a country\'s own name struck by a strike word is its military; a city, a demonym or another preposition is not', () => {
  const syria = actorMentions('Putin condemned U.S. cruise missile strikes on Syria as illegal.').find((m) => m.text === 'Syria');
  assert.equal(syria?.actor?.name, 'Military Forces of Syria (2000-)');
  assert.equal(syria?.struck, true, 'the name still says where');
  assert.equal(named('Israel said it would launch an air strike against Iran if needed.').find(([t]) => t === 'Iran')?.[1]?.startsWith('Military Forces of Iran'), true);
  for (const text of ['Israeli air strikes on Damascus killed three people.', 'Air strikes in Syria killed ten people.', 'Talks on Syria resumed in Geneva.']) {
    assert.ok(!actorMentions(text).some((m) => /^(?:Syria|Damascus)$/.test(m.text)), text);
  }
});
