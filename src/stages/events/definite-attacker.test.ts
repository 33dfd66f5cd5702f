import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2019-03-14');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

test('definite attacker: an undated telling through "the attackers" is the attack told before, whatever its target', () => {
  const rs = current('Suicide bombers killed 25 people at a cafe near Baiji on Wednesday, police said. Dressed as soldiers, the attackers targeted an army checkpoint and the cafe near Baiji, using car bombs.');
  assert.equal(rs.length, 1, rs.map((r) => `${r.sub_event_type} ${r.event_date}`).join('; '));
  assert.equal(rs[0].sub_event_type, 'Suicide bomb');
  assert.equal(rs[0].evidence.length, 2);
});

test('definite attacker: the attackers on another day, or another place, are another event', () => {
  const rs = current('Gunmen killed 6 farmers in an attack on a village near Baiji on Wednesday. On Saturday, the gunmen attacked a police post in Samarra, killing 2 policemen.');
  assert.equal(rs.length, 2, rs.map((r) => `${r.sub_event_type} ${r.event_date}`).join('; '));
});
