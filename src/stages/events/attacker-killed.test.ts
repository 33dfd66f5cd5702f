import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-11-10');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

test('attacker killed: the police who shot the gunman are not lent to the attack as its perpetrator', () => {
  const rs = current('Officials said they had found no link between the group and Jones, the son of a local teacher who killed 12 people at a shopping mall in Denver on Friday. Jones, 31, was shot dead by police who stormed the mall after a two-hour standoff.');
  const attack = rs.find((r) => r.sub_event_type === 'Attack');
  assert.ok(attack, rs.map((r) => r.sub_event_type).join('; '));
  assert.ok(!/Police/.test(attack.actor1 ?? ''), attack.actor1 ?? '');
});

test('attacker killed: an attack the police carried out themselves keeps them as its side', () => {
  const rs = current('Police opened fire on villagers in Kisumu on Friday, killing three people, witnesses said.');
  assert.ok(rs.some((r) => /Police/.test(`${r.actor1} ${r.actor2}`)), rs.map((r) => `${r.sub_event_type} ${r.actor1}/${r.actor2}`).join('; '));
});
