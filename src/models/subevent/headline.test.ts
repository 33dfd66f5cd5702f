import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { isHeadline } from './headline.ts';

const rules = createExtractor({ stages: RULES_ORDER });
const docOf = (text: string) => rules.extract({ id: 'h', text, title: null, published: '2016-07-03', publisher: null, url: null, dateline: null, origin: { file: 'test' } }).doc;

test('headline: one short sentence without a calendar date, relative day words allowed', () => {
  for (const t of [
    'Bombings kill 93 in Iraqi capital',
    'More than 82 killed in overnight Baghdad bombings, police and medics say',
    'Iraq forces beat back fresh militant assault on Haditha on Monday',
  ]) assert.equal(isHeadline(docOf(t)), true, t);
});

test('headline: a note that states its day, a long sentence and two sentences are not headlines', () => {
  for (const t of [
    'On 2 July 2016, a car bomb exploded in Karrada, Baghdad.',
    'A car bomb exploded in a crowded shopping street of the Karrada district of Baghdad late at night, killing more than 80 people and wounding many others',
    'A car bomb exploded in Karrada. Police said 82 people were killed.',
  ]) assert.equal(isHeadline(docOf(t)), false, t);
});

test('headline: the rules type it and say so (decided_by), whatever the classifier would choose', () => {
  const full = createExtractor();
  const article = { id: 'h2', text: 'More than 82 killed in overnight Baghdad bombings, police and medics say', title: null, published: '2016-07-03', publisher: null, url: null, dateline: null, origin: { file: 'test' } };
  const rulesOnly = rules.extract(article).records;
  const combined = full.extract(article).records;
  assert.ok(combined.length > 0);
  assert.deepEqual(combined.map((r) => r.sub_event_type), rulesOnly.map((r) => r.sub_event_type));
  assert.ok(combined.every((r) => r.decided_by === 'rules'));
});
