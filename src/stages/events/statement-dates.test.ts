import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';

// Which day an event takes when a day in its sentence dates a statement: the rules alone, not the learned model.
const ex = createExtractor({ stages: RULES_ORDER });
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
// 2017-10-12 is a Thursday.
const current = (text: string, published = '2017-10-12') => ex.extract(art(text, published)).records.filter((r) => !r.historical);

test('statement dates: a day heading a statement with a long subject dates the statement, not the event it tells', () => {
  const [r] = current('On Monday, five senior Afghan and American security officials said the attack on the police post in Kunduz was planned in Pakistan.');
  assert.ok(r, 'the attack is coded');
  // the week up to the statement (the attack lies on or before Monday), not Monday alone
  assert.equal(r.event_date_end, '2017-10-09');
  assert.equal(r.time_precision, 2);
});

test('statement dates: a verb in the words after the day makes it the event\'s own', () => {
  const [r] = current('On Monday militants attacked a police post in Kunduz and local officials said ten died.');
  assert.ok(r);
  assert.equal(r.event_date, '2017-10-09');
  assert.equal(r.event_date_end, '2017-10-09');
});
