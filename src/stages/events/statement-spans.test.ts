import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';

// Dates of events a statement or a reaction tells: the rules alone, not the learned model. A dateline makes each text
// a whole article (a note's date would be its event's).
const ex = createExtractor({ stages: RULES_ORDER });
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const current = (text: string, published: string) => ex.extract(art(text, published)).records.filter((r) => !r.historical);

// 2017-10-11 is a Wednesday.
test('statement spans: "earlier this month" told under "said on Tuesday" ends on Tuesday, a range of days', () => {
  const [r] = current('LAGOS (Reuters) - Police said on Tuesday that rioters had torched three buses in Lagos earlier this month.', '2017-10-11');
  assert.ok(r, 'the torching is coded as news');
  assert.deepEqual([r.event_date, r.event_date_end, r.time_precision], ['2017-10-01', '2017-10-10', 2]);
});

test('statement spans: a span on the statement day itself is left as it is', () => {
  const [r] = current('LAGOS (Reuters) - Police said on Wednesday that they had detained 40 traders over the past fortnight in Lagos.', '2017-10-11');
  assert.ok(r);
  assert.deepEqual([r.event_date, r.event_date_end], ['2017-09-27', '2017-10-11']);
});

// 2017-02-02 is a Thursday.
test('reactions: "threatened on Thursday … after protesters smashed windows" dates the threat; the riot is the week up to it', () => {
  const [r] = current('WASHINGTON (Reuters) - The governor threatened on Thursday to cut funding to the state college in Berkeley after protesters smashed windows and set fires at the school.', '2017-02-02');
  assert.ok(r, 'the riot is coded');
  assert.deepEqual([r.event_date, r.event_date_end, r.time_precision], ['2017-01-27', '2017-02-02', 2]);
});

test('reactions: "expressed deep concern to the minister on Thursday about the arrests" dates the concern, not the arrests', () => {
  const [r] = current('WASHINGTON (Reuters) - The envoy expressed deep concern to the interior minister on Thursday about the arrests of aid workers in Istanbul.', '2017-02-02');
  assert.ok(r);
  assert.equal(r.event_date, '2017-01-27');
  assert.equal(r.time_precision, 2);
});

test('reactions: a day the trigger\'s own clause gives stays the event\'s day', () => {
  const [r] = current('LAGOS (Reuters) - Police in Lagos arrested 20 protesters on Thursday.', '2017-02-02');
  assert.ok(r);
  assert.deepEqual([r.event_date, r.event_date_end], ['2017-02-02', '2017-02-02']);
});
