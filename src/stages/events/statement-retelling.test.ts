import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2019-03-14');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

test('statement retelling: a claim dated only by its own day tells the event before it again', () => {
  const rs = current('Gunmen killed eleven guards in an attack on a depot near Mopti on Monday. The Islamic State claimed the attack on Wednesday.');
  assert.equal(rs.length, 1, rs.map((r) => `${r.sub_event_type} ${r.event_date}`).join('; '));
  assert.equal(rs[0].event_date, '2019-03-11');
  assert.equal(rs[0].evidence.length, 2);
});

test('statement retelling: another event told under a dated statement stays apart', () => {
  const rs = current('Gunmen killed eleven guards in an attack on a depot near Mopti on Monday. Police said on Wednesday that gunmen attacked a market in Mopti, killing three.');
  assert.equal(rs.length, 2, rs.map((r) => `${r.sub_event_type} ${r.event_date}`).join('; '));
});
