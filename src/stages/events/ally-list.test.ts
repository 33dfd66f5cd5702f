// Issue 10 (actors25): the sides an ally phrase lists ("in support of southern fighters and pro-government troops") are
// the striker's allies, never the target of its strikes. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-12-20');
const current = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('the last of an ally list whose first member names no side is an ally, and the side the push clears is the target', () => {
  const rs = current('Saudi-led coalition jets struck positions near Mokha on Monday in support of southern fighters and pro-government troops pushing to clear the Houthis from the coast.').filter((r) => r.sub_event_type === 'Air/drone strike');
  assert.ok(rs.length > 0, show(rs));
  assert.ok(rs.every((r) => /Houthi/.test(r.actor2 ?? '')), show(rs));
});

test('an ally list of named sides joined by "and" keeps both off the target', () => {
  const rs = current('Russian jets carried out air strikes near Hama on Monday in support of Syrian troops and Hezbollah fighters.').filter((r) => r.sub_event_type === 'Air/drone strike');
  assert.ok(rs.length > 0, show(rs));
  assert.ok(rs.every((r) => !/Syria|Hezbollah/.test(r.actor2 ?? '')), show(rs));
});

test('an ally phrase does not reach past its comma to the clause subject', () => {
  const rs = current('Alongside Iraqi troops, the Kurdish Peshmerga attacked Islamic State positions near Mosul on Monday.');
  assert.ok(rs.some((r) => /Peshmerga/.test(r.actor1 ?? '') && /Islamic State/.test(r.actor2 ?? '')), show(rs));
});
