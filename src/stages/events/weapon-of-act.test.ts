import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2016-05-14');
const subs = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

test('weapon of act: a weapon word before the act noun types the act ("rocket attacks kill"), not the act and its outcome', () => {
  const rocket = subs('Rocket attacks kill 17 people in Homs, a monitoring group said on Friday.');
  assert.deepEqual(rocket, ['Shelling/artillery/missile attack']);
  const mortar = subs('A mortar attack on an army post in Homs killed five soldiers on Friday, state media said.');
  assert.deepEqual(mortar, ['Shelling/artillery/missile attack']);
});

test('weapon of act: two-sided fighting stays a clash, and a weapon apart from the act noun does not type it', () => {
  const fought = subs('Rebels clashed with troops near Homs on Friday after rocket attacks on an army post, killing 12 fighters, a monitor said.');
  assert.ok(fought.includes('Armed clash'), fought.join('; '));
  const apart = subs('Gunmen attacked a checkpoint near Homs on Friday and killed four policemen, state media said.');
  assert.ok(!apart.some((s) => /Shelling|Air/.test(s)), apart.join('; '));
  // the weapon as the subject of a verb of two-sided fire: an aircraft shot down is a clash
  const downed = subs('A Turkish warplane shot down a Syrian army helicopter near the border on Friday, officials said.');
  assert.ok(downed.includes('Armed clash'), downed.join('; '));
});
