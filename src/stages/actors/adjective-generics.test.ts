// Issue 10 (actors11): an act noun after a country's adjective ("Russian bombing", "an Israeli assault") names that
// country's military as its agent; after the country's name or capital ("a Kabul bombing") it names a place, no agent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';
import { loadActorLexicon } from './lexicon.ts';
import { isCountryAdjective } from './match.ts';

test('a country adjective before an act noun names its military', () => {
  const cases: [string, string, string][] = [
    ['Recent Russian bombing in Idlib killed civilians.', 'Russian bombing', 'Military Forces of Russia'],
    ['An Israeli assault on the camp killed six men.', 'Israeli assault', 'Military Forces of Israel'],
    ['The Turkish offensive in Afrin entered its second week.', 'Turkish offensive', 'Military Forces of Turkey'],
    // (a bare raid too, "Israeli raids"; a bare strike stays no actor: "French strikes" are mostly labour's)
    ['Israeli raids on the camp killed six men.', 'Israeli raids', 'Military Forces of Israel'],
    ['A Turkish raid on the village killed two men.', 'Turkish raid', 'Military Forces of Turkey'],
  ];
  for (const [text, surface, name] of cases) {
    const m = actorMentions(text).find((x) => x.text === surface);
    assert.ok(m, `no mention "${surface}" in ${JSON.stringify(actorMentions(text).map((x) => x.text))}`);
    assert.ok(m.actor?.name.startsWith(name), `${surface} -> ${m.actor?.name}`);
    assert.ok(m.confidence >= 0.5);
  }
});

test('a country name or capital before "bombing" names the place, not a military', () => {
  for (const text of ['A Kabul bombing killed 12 people.', 'Iraq bombing kills 10 in market.', 'The Baghdad bombing shocked the city.']) {
    const military = actorMentions(text).filter((m) => m.actor?.name.startsWith('Military Forces'));
    assert.deepEqual(military.map((m) => m.text), [], text);
  }
});

test('adjectives are told from names and capitals', () => {
  const lex = loadActorLexicon();
  const d = (iso2: string) => lex.demonyms.find((x) => x.iso2 === iso2)!;
  assert.equal(isCountryAdjective('Syrian', d('SY')), true);
  assert.equal(isCountryAdjective('American', d('US')), true);
  assert.equal(isCountryAdjective('U.S.', d('US')), true);
  assert.equal(isCountryAdjective('Syria', d('SY')), false);
  assert.equal(isCountryAdjective('Damascus', d('SY')), false);
  assert.equal(isCountryAdjective('Tehran', d('IR')), false);
  assert.equal(isCountryAdjective('Kabul', d('AF')), false);
});
