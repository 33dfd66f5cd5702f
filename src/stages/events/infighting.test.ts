// Issue 10: fighting within one armed group is coded with that group on both sides, as ACLED does, never with a blank
// second side or another group of the story (invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const story = storyOn('2017-05-10');
const clashes = (text: string): EventRecord[] => ex.extract(story(text)).records.filter((r) => r.sub_event_type === 'Armed clash' && !r.historical);
const sides = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.actor1, r.actor2]));

test('rival factions of a named group: the group on both sides', () => {
  const rs = clashes('On 9 May 2017, fighting broke out between rival factions of the STC in Aden, residents said.');
  assert.equal(rs.length, 1, sides(rs));
  assert.match(rs[0].actor1 ?? '', /Southern Transitional Council/);
  assert.equal(rs[0].actor2, rs[0].actor1);
});

test('rebels that clashed with each other, gunmen from rival gangs: one side named, the same on the other', () => {
  const rebels = clashes('IDLIB, Syria (Sitrep Wire) - Rebel factions clashed with each other near Saraqeb on Tuesday, a monitor said.');
  assert.equal(rebels.length, 1, sides(rebels));
  assert.match(rebels[0].actor1 ?? '', /^Opposition Rebels/);
  assert.equal(rebels[0].actor2, rebels[0].actor1);
  const gangs = clashes('On 9 May 2017, armed men from rival gangs exchanged fire in Rio de Janeiro. Four people were killed.');
  assert.equal(gangs.length, 1, sides(gangs));
  assert.ok(gangs[0].actor1, sides(gangs));
  assert.equal(gangs[0].actor2, gangs[0].actor1);
});

test('another group named, or rivals only as the object of "with": two sides, never one group twice', () => {
  const two = clashes('On 9 May 2017, Taliban fighters clashed with Islamic State militants in Nangarhar, officials said.');
  assert.equal(two.length, 1, sides(two));
  assert.notEqual(two[0].actor2, two[0].actor1);
  const object = clashes('On 9 May 2017, Al Shabaab militants clashed with rival clan militias in Jilib, elders said.');
  assert.equal(object.length, 1, sides(object));
  assert.notEqual(object[0].actor2, object[0].actor1);
});
