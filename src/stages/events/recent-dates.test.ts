import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../model/article.ts';
import { createExtractor } from '../../pipeline/extractor.ts';

const ex = createExtractor();
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const istanbul = (text: string) => ex.extract(art(text, '2017-11-10')).records.filter((r) => r.location === 'Istanbul' && !r.historical).map((r) => [r.event_date, r.event_date_end]);

test('recent dates: an undated happening told as recent takes the two weeks up to the lent day, not the day itself', () => {
  const lead = 'ANKARA (Reuters) - The foreign minister met his U.S. counterpart on Thursday. In May, a consulate translator was arrested in Adana. ';
  assert.deepEqual(istanbul(lead + 'More recently, police detained a U.S. agency worker in Istanbul.'), [['2017-10-27', '2017-11-09']]);
  assert.deepEqual(istanbul(lead + 'Police also recently detained a U.S. agency worker in Istanbul.'), [['2017-10-27', '2017-11-09']]);
  // told without "recently", it keeps the lent day (right after the recalled May it goes on in May: recalled-past.ts);
  // told with a day of its own, that day
  assert.deepEqual(istanbul('ANKARA (Reuters) - The foreign minister met his U.S. counterpart on Thursday. Police detained a U.S. agency worker in Istanbul.'), [['2017-11-09', '2017-11-09']]);
  assert.deepEqual(istanbul(lead + 'Police detained a U.S. agency worker in Istanbul.'), []);
  assert.deepEqual(istanbul(lead + 'More recently, police detained a U.S. agency worker in Istanbul on Tuesday.'), [['2017-11-07', '2017-11-07']]);
});

test('recent dates: the adjective on the event\'s noun tells a recent happening too', () => {
  const lead = 'ANKARA (Reuters) - The foreign minister met his U.S. counterpart on Thursday. ';
  assert.deepEqual(istanbul(lead + 'Police detained a U.S. agency worker in recent raids in Istanbul.'), [['2017-10-27', '2017-11-09']]);
  // "in recent days" is a date of its own, the week up to the report
  assert.deepEqual(istanbul(lead + 'Police detained a U.S. agency worker in Istanbul in recent days.'), [['2017-11-03', '2017-11-10']]);
});
