import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-11-10');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

test('roles: the group a post-modifying participle fights ("a coalition battling X") is its object, not the striker', () => {
  const [r] = current('State television said jets from a U.S.-led international coalition battling Islamic State carried out the air strike and that it killed 14 civilians in Mayadin.');
  assert.equal(r?.sub_event_type, 'Air/drone strike');
  assert.notEqual(r.actor1, 'Islamic State');
  assert.match(r.actor1 ?? '', /Coalition/);
});

test('roles: a participle opener still leaves the main clause its subject', () => {
  const [r] = current('Fighting Islamic State in Mosul, Iraqi troops shelled the old city on Monday.');
  assert.match(r?.actor1 ?? '', /Military Forces of Iraq/);
});
