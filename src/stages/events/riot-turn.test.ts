import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2016-05-14');
const subs = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

test('riot turn: a protest that descended into violence or turned into a riot is a violent demonstration, not a peaceful one', () => {
  assert.deepEqual(subs('The protest in Tunis on Friday descended into violence after police tried to disperse the crowd.'), ['Violent demonstration']);
  assert.deepEqual(subs('A march against price rises in Tunis on Friday turned into a riot near the central market.'), ['Violent demonstration']);
});

test('riot turn: protesters who storm or ransack a building riot; troops who storm a town do not', () => {
  assert.deepEqual(subs('Protesters ransacked the offices of the ruling party in Kinshasa on Friday during a demonstration against the president.'), ['Violent demonstration']);
  assert.deepEqual(subs('Demonstrators stormed the provincial council building in Basra on Saturday during a protest over power cuts.'), ['Violent demonstration']);
  assert.deepEqual(subs('Troops stormed the town of Rastan on Friday, killing 12 rebels, a monitor said.'), ['Armed clash']);
  assert.deepEqual(subs('Thousands of people marched peacefully through Tunis on Friday to demand jobs.'), ['Peaceful protest']);
});
