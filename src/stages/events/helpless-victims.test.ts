import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2016-05-14');
const subs = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

// An attack whose target is an armed group is a clash (ACLED: an attack is on the unarmed), but soldiers or fighters who
// were captured, or executed, beheaded or massacred, fought no one: their killing is the one-sided attack it is.
test('helpless victims: captives executed or beheaded stay an attack, though the victims were soldiers or fighters', () => {
  assert.deepEqual(subs('Islamic State beheaded three captured Kurdish fighters near Kobani on Saturday, a monitor said.'), ['Attack']);
  assert.deepEqual(subs('Militants executed 50 soldiers after taking them captive in an ambush near Raqqa on Saturday.'), ['Attack']);
});

test('helpless victims: an attack on soldiers, or an offensive "executed" by an army, stays a clash', () => {
  assert.deepEqual(subs('Rebels attacked an army checkpoint near Hama on Saturday, killing five soldiers, a monitor said.'), ['Armed clash']);
  assert.deepEqual(subs('The army executed a swift counter-offensive against Islamic State fighters near Kobani on Saturday, killing 30 militants.'), ['Armed clash']);
});
