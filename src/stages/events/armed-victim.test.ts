// Issue 10 (type25): a group's leader or commander killed by a force is a battle with that group, not an attack on
// civilians; protesters killed by a force, however many words stand between the deaths and the protest, are never a
// peaceful protest. Sentences invented for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-10-20');
const current = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('a group commander killed by soldiers in the passive is a clash with the group', () => {
  const rs = current('KANDAHAR (Sitrep Wire) - A Taliban commander was killed by soldiers in Kandahar on Monday.');
  const r = rs.find((x) => x.sub_event_type === 'Armed clash');
  assert.ok(r, show(rs));
  assert.match(r.actor1 ?? '', /^Military Forces of Afghanistan/, show(rs));
  assert.equal(r.actor2, 'Taliban', show(rs));
  assert.ok(!rs.some((x) => x.sub_event_type === 'Attack'), show(rs));
});

test('a named leader with his group in apposition, killed by army rangers, is a clash with the group', () => {
  const rs = current('ZAMBOANGA (Sitrep Wire) - Abu Karim, the Abu Sayyaf leader on Jolo island, was killed by army rangers in Zamboanga City on Monday.');
  const r = rs.find((x) => x.event_type === 'Battles');
  assert.ok(r, show(rs));
  assert.match(r.actor1 ?? '', /^Military Forces of the Philippines/, show(rs));
  assert.match(r.actor2 ?? '', /Abu Sayyaf/, show(rs));
});

test('troops killing a senior commander of a named group is a battle event (the rank noun made no trigger before)', () => {
  const rs = current('KANDAHAR (Sitrep Wire) - Afghan commandos killed a senior Taliban commander in Kandahar on Monday.');
  const r = rs.find((x) => x.sub_event_type === 'Armed clash');
  assert.ok(r, show(rs));
  assert.equal(r.actor2, 'Taliban', show(rs));
});

test('a commander who only speaks is no victim, and a party leader killed by gunmen is no clash', () => {
  const spoke = current('KANDAHAR (Sitrep Wire) - Three villagers were killed by soldiers in Kandahar on Monday, a Taliban commander said.');
  assert.ok(spoke.some((x) => x.sub_event_type === 'Attack' && (x.actor2 ?? '').startsWith('Civilians')), show(spoke));
  const party = current('KANDAHAR (Sitrep Wire) - Gunmen shot dead a local party leader in Kandahar on Monday.');
  assert.ok(!party.some((x) => x.event_type === 'Battles'), show(party));
});

test('soldiers killing people many words before "during protests" is excessive force, not a peaceful protest', () => {
  const rs = current('BAMENDA (Sitrep Wire) - Soldiers killed at least eight people and wounded others in the restless western regions of the country on Sunday, during protests by separatists.');
  assert.ok(rs.some((x) => x.sub_event_type === 'Excessive force against protesters'), show(rs));
  assert.ok(!rs.some((x) => x.sub_event_type === 'Peaceful protest'), show(rs));
});

test('a protester killed during protests, or protesters named by what they protest killed, is no peaceful protest', () => {
  for (const text of [
    'BUKAVU (Sitrep Wire) - On Thursday, a protester and a policeman were killed in Bukavu, in the east of the country, during protests against the delay.',
    'PUNO (Sitrep Wire) - At least five miners protesting the closure of their mine, the largest in the region, were killed in Puno on Thursday.',
  ]) {
    const rs = current(text);
    assert.ok(rs.some((x) => x.event_type === 'Protests' && x.sub_event_type !== 'Peaceful protest'), show(rs));
    assert.ok(!rs.some((x) => x.sub_event_type === 'Peaceful protest'), show(rs));
  }
  // a protest with no deaths stays peaceful
  const calm = current('NAIROBI (Sitrep Wire) - Hundreds of teachers protested outside the ministry in Nairobi on Monday as police looked on.');
  assert.ok(calm.some((x) => x.sub_event_type === 'Peaceful protest'), show(calm));
});

test('"he" killed by a force right after a group leader is named is that leader, unless a civilian is named between', () => {
  const rs = current('ZAMBOANGA (Sitrep Wire) - Philippine officials said the death of Abu Karim, the Abu Sayyaf commander on Jolo, ended the siege. He was killed by army rangers in a night operation in Zamboanga City on Monday.');
  const r = rs.find((x) => x.event_type === 'Battles');
  assert.ok(r, show(rs));
  assert.match(r.actor2 ?? '', /Abu Sayyaf/, show(rs));
  const farmer = current('ZAMBOANGA (Sitrep Wire) - Abu Karim, the Abu Sayyaf commander on Jolo, was seen in Zamboanga. Officials said a farmer died on Monday. He was killed by soldiers in Zamboanga City on Monday.');
  assert.ok(!farmer.some((x) => x.event_type === 'Battles'), show(farmer));
});
