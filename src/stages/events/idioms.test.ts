import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// The rules alone: violence words in idioms of blame and smear are no events.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-11-10');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

test('violence words in idioms of blame and smear are no violence', () => {
  assert.deepEqual(current('The senator said in Boston on Monday that the big banks still get away with murder.'), []);
  assert.deepEqual(current('The minister called the newspaper report in Lagos a political assassination of his character.'), []);
  assert.equal(current('Gunmen shot dead a senator in Lagos on Monday, police said.').length, 1);
});
