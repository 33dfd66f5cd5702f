// Issue 10 (type25): where a campaign stands ("the battle for the city is drawing to an end") and what a war has done to
// people ("fighting has displaced thousands") are state descriptions, not events with a day; a subject that names its
// town keeps the day's fighting there. Stories invented for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';
import { loadCampaignStates } from './campaign-state.ts';

const ex = createExtractor();
const art = storyOn('2017-10-20');
const battles = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical && r.event_type === 'Battles');
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.location]));

test('a battle told as drawing to an end, or an offensive in its final stages, is no clash of the day', () => {
  for (const text of [
    'BEIRUT (Sitrep Wire) - The battle for the city, which the militants had used as their capital, is drawing to an end.',
    'KABUL (Sitrep Wire) - The offensive against the Taliban, launched in the spring, is in its final stages.',
  ]) assert.deepEqual(battles(text), [], text);
});

test('the battle for a named town drawing to an end is still the fighting there', () => {
  const rs = battles('BEIRUT (Sitrep Wire) - The battle for the city of Tabqa, which Islamic State had used as its base in Syria, is drawing to an end.');
  assert.ok(rs.length >= 1, show(rs));
});

test('fighting that has displaced thousands is what the war did, not a clash', () => {
  assert.deepEqual(battles('GENEVA (Sitrep Wire) - Fighting between the army and rebels has displaced thousands of people in the north, the U.N. said on Monday.'), []);
});

test('the campaign-state predicates read as the stage reads them', () => {
  const re = loadCampaignStates();
  assert.ok(re.test(' is drawing to an end'));
  assert.ok(re.test(' is now nearing its end'));
  assert.ok(!re.test(' ended on Monday'), 'a battle that ended on a day is told, not described');
});
