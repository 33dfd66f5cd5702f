// Issue 10 (actors11): a state force against a crowd is a riot with the crowd as the force's opponent, not an armed clash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import type { EventRecord } from '../../model/record.ts';

const ex = createExtractor();
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const events = (text: string, published = '2017-05-10'): EventRecord[] => ex.extract(art(text, published)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('police firing on a crowd is a violent demonstration against the police, not a battle', () => {
  const rs = events('KINSHASA (Sitrep Wire) - Police opened fire on a crowd in the Ngaba district of Kinshasa on Monday, killing two people, witnesses said.');
  assert.ok(!rs.some((r) => r.event_type === 'Battles'), show(rs));
  const riot = rs.find((r) => r.event_type === 'Riots');
  assert.ok(riot, show(rs));
  assert.equal(riot.actor1, 'Rioters (Democratic Republic of Congo)');
  assert.match(riot.actor2 ?? '', /^Police Forces of the Democratic Republic of Congo/);
});

test('police clashing with supporters of a party is mob violence with the police as the second side', () => {
  const rs = events('NAIROBI (Sitrep Wire) - Police clashed with opposition supporters in Kisumu on Monday, killing two people, witnesses said.');
  assert.ok(!rs.some((r) => r.event_type === 'Battles'), show(rs));
  const riot = rs.find((r) => r.event_type === 'Riots');
  assert.ok(riot, show(rs));
  assert.equal(riot.actor1, 'Rioters (Kenya)');
  assert.match(riot.actor2 ?? '', /^Police Forces of Kenya/);
});

test('in a violent demonstration the police the protesters fought are the second side, not the injured', () => {
  const rs = events('ISLAMABAD (Sitrep Wire) - Police fought with protesters who threw stones in Islamabad on Saturday, injuring 20 people.');
  const riot = rs.find((r) => r.sub_event_type === 'Violent demonstration');
  assert.ok(riot, show(rs));
  assert.match(riot.actor2 ?? '', /^Police Forces of Pakistan/);
});

test('troops fighting an armed group stay a battle', () => {
  const rs = events('KABUL (Sitrep Wire) - Afghan troops clashed with Taliban fighters in Kunduz on Monday, officials said.');
  assert.ok(rs.some((r) => r.sub_event_type === 'Armed clash'), show(rs));
});

test('people a toll counts in fighting between troops and rebels are no crowd: no riot', () => {
  const rs = events('JUBA (Sitrep Wire) - Nineteen people were killed on Saturday during fighting between government troops and rebels in Yei, the military said.');
  assert.ok(!rs.some((r) => r.event_type === 'Riots'), show(rs));
});

test('troops battling ethnic minority insurgents or a warlord\'s supporters stay a battle', () => {
  for (const text of [
    'YANGON (Sitrep Wire) - Fighting flared in Kachin State on Monday, where the army is battling ethnic minority insurgents, residents said.',
    'GOMA (Sitrep Wire) - Clashes between Congolese troops and supporters of a renegade colonel in Bukavu killed seven people on Sunday, the army said.',
  ]) {
    const rs = events(text);
    assert.ok(!rs.some((r) => r.event_type === 'Riots'), `${text} ${show(rs)}`);
  }
});

test('police clashing with activists is a protest the police intervened in, not mob violence', () => {
  const rs = events('NAIROBI (Sitrep Wire) - Police clashed with rights activists in Kisumu on Monday, witnesses said.');
  assert.ok(!rs.some((r) => r.sub_event_type === 'Mob violence' || r.event_type === 'Battles'), show(rs));
  const protest = rs.find((r) => r.sub_event_type === 'Protest with intervention');
  assert.ok(protest, show(rs));
  assert.equal(protest.actor1, 'Protesters (Kenya)');
  assert.match(protest.actor2 ?? '', /^Police Forces of Kenya/);
});
