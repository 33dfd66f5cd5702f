import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2016-05-14');
const subs = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

test('aerial bombing: an army or a coalition named right before its bombing dropped the bombs from the air', () => {
  assert.deepEqual(subs('Syrian army bombing of rebel areas in Hama killed 9 people on Friday, activists said.'), ['Air/drone strike']);
  assert.deepEqual(subs('State media said 20 civilians were killed in the US-led coalition bombing of Raqqa on Friday.'), ['Air/drone strike']);
});

test('aerial bombing: a bombing with no military in its own phrase is a bomb, whoever reports it', () => {
  assert.deepEqual(subs('The army said a bombing at a checkpoint in Hama killed 4 soldiers on Friday.'), ['Remote explosive/landmine/IED']);
  assert.deepEqual(subs('Iraq bombing kills 10 people at a market in Baghdad on Friday, police said.'), ['Remote explosive/landmine/IED']);
});
