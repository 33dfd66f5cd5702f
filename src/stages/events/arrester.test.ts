// Issue 10 (realis13): who holds people decides between an arrest and an abduction, whichever step named them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-03-07');
const current = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1]));

test('rebels taking people into custody abduct them', () => {
  const rs = current('JUBA (Sitrep Wire) - The rebels took the engineers into custody near Wau on Monday, a spokesman said.');
  assert.ok(rs.some((r) => r.sub_event_type === 'Abduction/forced disappearance'), show(rs));
  assert.ok(!rs.some((r) => r.sub_event_type === 'Arrests'), show(rs));
});

test('people familiar with a detention are not its arrester: no abduction', () => {
  const rs = current('LAHORE (Sitrep Wire) - Two people familiar with the general\'s detention said on Monday he was taken from his home in Lahore.');
  assert.ok(!rs.some((r) => r.sub_event_type === 'Abduction/forced disappearance'), show(rs));
});
