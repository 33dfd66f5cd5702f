// Issue 10 (type11): the force a protest met decides its sub-event type. An intervention that names the gathering without
// a protest word still tells the protest; a force killing or shooting protesters is excessive force however heavy the
// killing words weigh; the protesters, not the people the force acted on, are the crowd, and the force is the other side.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-10-20');
const events = (text: string): EventRecord[] => ex.extract(art(text)).records;
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('police baton-charging supporters who gathered is a protest with intervention', () => {
  const rs = events('DHAKA (Sitrep Wire) - Police baton-charged opposition supporters who had gathered outside the court in Dhaka on Friday.');
  const p = rs.find((r) => r.event_type === 'Protests');
  assert.ok(p, show(rs));
  assert.equal(p.sub_event_type, 'Protest with intervention');
  assert.ok(p.actor2?.startsWith('Police Forces'), show(rs));
});

test('a force firing water cannon at demonstrators is the side the protesters met, not the crowd', () => {
  const rs = events('TBILISI (Sitrep Wire) - Riot police fired water cannon at demonstrators outside parliament in Tbilisi on Monday.');
  const p = rs.find((r) => r.sub_event_type === 'Protest with intervention');
  assert.ok(p, show(rs));
  assert.ok(p.actor1?.startsWith('Protesters'), show(rs));
  assert.ok(p.actor2?.startsWith('Police Forces'), show(rs));
});

test('troops shooting demonstrators dead is excessive force against protesters, not a clash', () => {
  const rs = events('YANGON (Sitrep Wire) - Troops shot dead three demonstrators in Yangon on Saturday, witnesses said.');
  assert.ok(rs.some((r) => r.sub_event_type === 'Excessive force against protesters'), show(rs));
  assert.ok(!rs.some((r) => r.event_type === 'Battles'), show(rs));
});

test('a protest the police watched without acting stays peaceful', () => {
  const rs = events('NAIROBI (Sitrep Wire) - Hundreds of teachers protested outside the ministry in Nairobi on Monday as police looked on.');
  assert.ok(rs.some((r) => r.sub_event_type === 'Peaceful protest'), show(rs));
});

test('a crowd storming a building is mob violence, with the crowd as the rioters', () => {
  const rs = events('KASESE (Sitrep Wire) - A crowd stormed the prison and freed inmates in Kasese on Wednesday.');
  const r = rs.find((x) => x.sub_event_type === 'Mob violence');
  assert.ok(r, show(rs));
  assert.ok(r.actor1?.startsWith('Rioters'), show(rs));
});

test('a bomb whose maker a "from" phrase names between the bomb and its going off keeps that maker actor1, not the target', () => {
  const rs = ex.extract({ ...art('On 3 March 2022, an old cluster bomb from presumed Saudi-led coalition activity detonated near the village of Dhahir (Sadah), injuring two children.'), published: '2022-03-05' }).records;
  const r = rs.find((x) => x.sub_event_type === 'Remote explosive/landmine/IED');
  assert.ok(r, show(rs));
  assert.equal(r.actor1, 'Operation Restoring Hope', show(rs));
});

// Branch realis15: the force told in the sentences after the protest, with the people beaten named by a pronoun or by who
// they are, and their weapon named ("beating them with clubs"), is excessive force as "beat protesters" is.
test('police beating the marchers with batons in the sentence after the protest is excessive force', () => {
  const rs = events('LUSAKA (Sitrep Wire) - Hundreds of traders marched against a new market levy in Lusaka on Monday. Police broke up the march, chasing the traders into side streets and beating them with batons, witnesses said.');
  const p = rs.find((r) => r.event_type === 'Protests');
  assert.ok(p, show(rs));
  assert.equal(p.sub_event_type, 'Excessive force against protesters', show(rs));
});
