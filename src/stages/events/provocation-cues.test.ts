// Event words inside a phrase that tells the provocation or the accusation behind the sentence's own event count
// little ("… in retaliation for a gas attack", "groups it accused of carrying out a chlorine attack"), as words after
// "amid" do; a territory taken without fighting or without a shot fired changed hands peacefully (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: ['segment', 'event-words', 'dates', 'places', 'actors', 'claims', 'events'] });
const art = storyOn('2019-03-20');
const events = (text: string): EventRecord[] => ex.extract(art(text)).records;
const subs = (text: string) => events(text).map((r) => r.sub_event_type);

test('the event a strike answers or the strikers accuse the target of is not the strike', () => {
  const accused = subs('Russian jets launched airstrikes on Tuesday on militant groups in Idlib it accused of carrying out a chlorine attack on Aleppo.');
  assert.ok(accused.includes('Air/drone strike') && !accused.includes('Chemical weapon'), JSON.stringify(accused));
  const answered = subs('Militants fired rockets at Sderot on Monday in response to air strikes on Gaza.');
  assert.ok(answered.includes('Shelling/artillery/missile attack') && !answered.includes('Air/drone strike'), JSON.stringify(answered));
});

test('ground taken without fighting or without a shot fired is a non-violent transfer', () => {
  assert.ok(subs('Rebel forces entered the town of Kidal without fighting on Monday after the army withdrew.').includes('Non-violent transfer of territory'));
  assert.ok(subs('Rebels took control of the town of Menaka on Monday without firing a single shot.').includes('Non-violent transfer of territory'));
});
