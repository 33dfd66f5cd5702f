import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { loadNationwidePhrases } from './nationwide.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// An event the clause spreads "across the country" is the country's (precision 3), not the dateline city's: the rules alone.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-12-12');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);
const where = (rs: { location: string | null; geo_precision: number | null }[]) => JSON.stringify(rs.map((r) => [r.location, r.geo_precision]));

test('nationwide phrases: the lexicon loads, each phrase once', () => {
  const phrases = loadNationwidePhrases().map((p) => p.phrase);
  assert.ok(phrases.includes('across the country') && phrases.includes('nationwide'));
  assert.equal(new Set(phrases).size, phrases.length);
});

test('nationwide: protests across the country are coded at the country, not at the dateline city', () => {
  const got = current('BUCHAREST (Reuters) - Thousands of Romanians protested in freezing weather across the country on Sunday against a judicial overhaul.');
  assert.ok(got.length > 0 && got.every((r) => r.location === 'Romania' && r.geo_precision === 3), where(got));
});

test('nationwide: "nationwide" after the trigger spreads it too, over the country the clause\'s people name', () => {
  const got = current('TUNIS (Reuters) - Thousands of Tunisians protested nationwide on Sunday against the new labour law, unions said.');
  assert.ok(got.length > 0 && got.every((r) => r.location === 'Tunisia' && r.geo_precision === 3), where(got));
});

test('nationwide: a phrase in another clause leaves the dateline to the event', () => {
  const got = current('BUCHAREST (Reuters) - Thousands of Romanians protested on Sunday against a judicial overhaul, while the senate debated the bills across the country.');
  assert.ok(got.length > 0 && got.every((r) => r.location === 'Bucharest'), where(got));
});
