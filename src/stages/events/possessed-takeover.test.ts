import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { possessedTakeover } from './possessed-takeover.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// The rules alone: these rows test how the events stage flags background, not the learned model.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-11-10');
const records = (text: string) => ex.extract(art(text)).records;
const lead = 'Ministers met in Geneva on Monday to discuss aid. ';
const TAKEOVERS = new Set(['Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory']);

test('possessed takeover: a capture named by its noun with its taker as possessor is background, not a capture now', () => {
  for (const body of ["Diplomats recalled Moscow's seizure of Crimea from Ukraine and its support for Assad.", "The Houthis' takeover of the capital forced the president to flee to Aden."]) {
    const rs = records(lead + body).filter((r) => TAKEOVERS.has(r.sub_event_type));
    assert.ok(rs.length > 0, `still coded, as background: ${body}`);
    assert.deepEqual(rs.filter((r) => !r.historical), [], body);
  }
});

test('possessed takeover: dated in its own clause, or told by a verb, it is news', () => {
  const dated = records(`${lead}The army's recapture of Kirkuk on Monday angered Kurdish leaders.`).filter((r) => !r.historical && TAKEOVERS.has(r.sub_event_type));
  assert.equal(dated.length, 1);
  const text = `${lead}Houthi fighters seized the capital on Sunday.`;
  assert.equal(possessedTakeover(text, 0, 1, { start: text.indexOf('seized'), end: text.indexOf('seized') + 6 }, 'Non-state actor overtakes territory', false), false);
  const noun = `${lead}Officials noted the Houthis' takeover of the capital.`;
  const at = { start: noun.indexOf('takeover'), end: noun.indexOf('takeover') + 8 };
  assert.equal(possessedTakeover(noun, 0, 1, at, 'Non-state actor overtakes territory', false), true);
  assert.equal(possessedTakeover(noun, 0, 0, at, 'Non-state actor overtakes territory', false), false, 'the first sentence is the news');
  assert.equal(possessedTakeover(noun, 0, 1, at, 'Armed clash', false), false, 'only changes of territory');
});
