import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { mainEvent, storyOn } from '../../../test/helpers/story.ts';
import { superlativeSince } from './superlative-since.ts';
import type { DateMention } from '../../model/document.ts';

/** A year mention over `year` in `text`. */
const yearIn = (text: string, year: string): DateMention => {
  const start = text.indexOf(year);
  return { kind: 'DATE', start, end: start + year.length, value: { earliest: `${year}-01-01`, latest: `${year}-12-31`, precision: 4 } } as unknown as DateMention;
};

test('superlative since: the year a superlative compares with', () => {
  for (const t of ['the deadliest raid in the province since 2009', 'one of the worst ambushes since the governor took office in 2012', 'the first such strike on the capital since 2010'])
    assert.equal(superlativeSince(t, yearIn(t, t.match(/\d{4}/)![0])), true, t);
});

test('superlative since: a year of a period or an event is not one', () => {
  for (const t of ['rebels have killed 300 people since 2009', 'the raid in 2009 was the deadliest', 'fighting that began in 2012'])
    assert.equal(superlativeSince(t, yearIn(t, t.match(/\d{4}/)![0])), false, t);
});

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2019-03-14');

test('superlative since: an undated lead is the news, not the comparison year', () => {
  const r = mainEvent(ex, art('A suicide bomber killed 23 worshippers at a mosque in Garoua, the deadliest attack in the region since 2013.'));
  assert.equal(r.historical, false);
  assert.ok(r.event_date! >= '2019-03-10', r.event_date!);
  const s = mainEvent(ex, art('A suicide bomber killed 23 worshippers at a mosque in Garoua, one of the deadliest attacks since the governor came to office in 2016 vowing to end the violence.'));
  assert.ok(s.event_date! >= '2019-03-10', s.event_date!);
});
