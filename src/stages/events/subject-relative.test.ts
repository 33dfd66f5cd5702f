import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';

// A happening told in a relative clause on the subject is not dated by the sentence's own verb: the rules alone.
const ex = createExtractor({ stages: RULES_ORDER });
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
// 2017-10-13 is a Friday.
const current = (text: string, published = '2017-10-13') => ex.extract(art(text, published)).records.filter((r) => !r.historical);

test('subject relative: an arrest the subject is known by lies on or before the day of the sentence\'s verb', () => {
  const [r] = current('ISTANBUL (Reuters) - A journalist who was arrested in Istanbul appeared in court on Friday.');
  assert.ok(r, 'the arrest is coded');
  assert.equal(r.event_date_end, '2017-10-13');
  assert.equal(r.time_precision, 2, 'the week up to the hearing, not the hearing\'s day');
});

test('subject relative: the object of the clause\'s verb too ("who led an attack … surrendered on Friday")', () => {
  const [r] = current('KABUL (Reuters) - The Taliban commander who led an attack on a police post in Kunduz surrendered on Friday.');
  assert.ok(r, 'the attack is coded');
  assert.notEqual(r.event_date, '2017-10-13');
  assert.equal(r.event_date_end, '2017-10-13');
});

test('subject relative: a date inside the clause, a progressive, or a clause on the object keep the day', () => {
  const [own] = current('KABUL (Reuters) - Militants who attacked a checkpoint in Kunduz on Wednesday killed five soldiers.');
  assert.ok(own);
  assert.equal(own.event_date, '2017-10-11');
  assert.equal(own.event_date_end, '2017-10-11');
  const [progressive] = current('ISTANBUL (Reuters) - Two people who were protesting in Istanbul were killed by police on Wednesday.');
  assert.ok(progressive);
  assert.equal(progressive.event_date, '2017-10-11');
  const [object] = current('ISTANBUL (Reuters) - Police fired tear gas at protesters who rallied in Istanbul on Wednesday against the arrest of a journalist.');
  assert.ok(object);
  assert.equal(object.event_date, '2017-10-11');
  assert.equal(object.event_date_end, '2017-10-11');
});

test('subject relative: a participle inside a clause set off by commas is no verb of the sentence', () => {
  const rs = current('RIYADH (Reuters) - The move, which follows the interception of a missile fired toward Riyadh on Wednesday, is likely to worsen the crisis.');
  const r = rs.find((e) => e.sub_event_type === 'Disrupted weapons use');
  assert.ok(r, 'the interception is coded');
  assert.equal(r.event_date, '2017-10-11');
  assert.equal(r.event_date_end, '2017-10-11');
});
