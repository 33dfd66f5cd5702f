import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';

// The rules alone: these rows test which date the events stage gives an event, not the learned model.
const ex = createExtractor({ stages: RULES_ORDER });
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
// 2017-10-12 is a Thursday.
const current = (text: string, published = '2017-10-12') => ex.extract(art(text, published)).records.filter((r) => !r.historical);

test('dating: an arrest total counted "since" a day spans from that day to the report', () => {
  const [r] = current('Turkish police have detained 300 people in Istanbul since Friday, officials said.');
  assert.ok(r, 'the arrests are coded');
  // the bare "Friday" alone would be read as the day after this Thursday's report (a time-zone stamp); "since" makes it last week's
  assert.equal(r.event_date, '2017-10-06');
  assert.equal(r.event_date_end, '2017-10-12');
  assert.equal(r.time_precision, 2);
});

test('dating: a day that is not opened by "since" stays one day', () => {
  const [r] = current('Turkish police detained 30 people in Istanbul on Monday, officials said.');
  assert.ok(r);
  assert.equal(r.event_date, '2017-10-09');
  assert.equal(r.event_date_end, '2017-10-09');
});

test('dating: "a day after" another dated event is the day after it, not the other event\'s day', () => {
  const [r] = current('Police arrested three men in Kabul a day after the Oct. 3 bombing, officials said.');
  assert.ok(r);
  assert.equal(r.event_date, '2017-10-04');
});
