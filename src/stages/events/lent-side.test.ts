import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-10-20');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

test('lent side: an armed actor the sentence before names outside the event it told is not lent to the next telling', () => {
  const rs = current('The president said on Friday that France s military would keep up its fight against Islamic State in Syria, but that the fall of the militant group s stronghold in Raqqa must lead to a political settlement. The war against Islamic State did not end with the fall of Raqqa and France will keep up its military effort as long as needed, his office said.');
  assert.ok(rs.length >= 1);
  for (const r of rs) assert.ok(!/France/.test(r.actor1 ?? ''), `${r.sub_event_type}: ${r.actor1}`);
});

test('lent side: the side of the event the sentence before told is still lent to a one-sided battle', () => {
  const rs = current('Iraqi troops launched an offensive on Hawija on Monday, capturing two villages from Islamic State. Some fighting took place where the militants were surrounded.');
  assert.ok(rs.some((r) => /Military Forces of Iraq/.test(r.actor1 ?? '')), rs.map((r) => r.actor1).join('; '));
});
