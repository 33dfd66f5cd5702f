import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2016-05-14');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);
const types = (rs: ReturnType<typeof current>) => rs.map((r) => `${r.sub_event_type} ${r.fatalities}`).join('; ');

test('told means: a bare toll and the strike that caused it, with the same figure, are one air strike', () => {
  const rs = current('Army kills 27 militants in Hama province. Government warplanes bombed militant positions near Hama on Friday, killing 27 militants, a military source said.');
  assert.equal(rs.filter((r) => r.sub_event_type === 'Armed clash').length, 0, types(rs));
  assert.equal(rs.filter((r) => r.sub_event_type === 'Air/drone strike').length, 1, types(rs));
});

test('told means: the weapon told first, the toll after, stay one event of the weapon', () => {
  const rs = current('Artillery shelled rebel positions near Hama on Friday, killing 14 fighters, a military source said. The army said it killed 14 rebels in Hama province.');
  assert.equal(rs.filter((r) => r.sub_event_type === 'Armed clash').length, 0, types(rs));
  assert.ok(rs.some((r) => r.sub_event_type === 'Shelling/artillery/missile attack'), types(rs));
});

test('told means: a toll with another figure is another event, and words of fighting are no bare toll', () => {
  const other = current('Army kills 40 militants in Hama province. Government warplanes bombed militant positions near Hama on Friday, killing 9 militants, a military source said.');
  assert.ok(other.some((r) => r.sub_event_type === 'Armed clash'), types(other));
  const fought = current('Clashes killed 12 fighters near Hama on Friday, a military source said. Government warplanes also bombed positions near Hama on Friday, killing 12 fighters.');
  assert.ok(fought.some((r) => r.sub_event_type === 'Armed clash'), types(fought));
});
