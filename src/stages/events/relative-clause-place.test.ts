import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// A place in a relative clause after the trigger's describes what the clause hangs on (place.ts RELATIVE_AFTER): the rules alone.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-12-12');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);
const where = (rs: { location: string | null }[]) => JSON.stringify(rs.map((r) => r.location));

test('relative clause: a town the ", where …" clause names after the event\'s country is not the event\'s', () => {
  const got = current('PARIS (Reuters) - Gunmen killed three soldiers on Sunday in Mali, where France has 4,000 troops based in Gao.');
  assert.ok(got.length > 0 && got.every((r) => r.location === 'Mali'), where(got));
});

test('relative clause: the antecedent of ", where" is the scene of the event the clause tells', () => {
  const got = current('NAIROBI (Reuters) - Gunmen stormed the town of Mandera, where militants killed three teachers on Sunday.');
  assert.ok(got.length > 0 && got.every((r) => r.location === 'Mandera'), where(got));
});
