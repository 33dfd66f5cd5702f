import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';

// a sentence of figures only, dated to a day the event was not, is another day's toll (coref.ts, otherDaysToll)
const ex = createExtractor();
const art = (text: string): Article => ({ id: 't', text, title: null, published: '2017-10-12', publisher: null, url: null, dateline: null, origin: { file: 't' } });
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);
const STORY = (toll: string) =>
  `MOGADISHU (Reuters) - Al Shabaab militants attacked a military base in Barawe on Monday, killing four soldiers, officials said. ${toll} Residents said the town was calm. Shops reopened in the afternoon.`;

test('other day toll: figures dated to another day are not the event\'s', () => {
  const rs = current(STORY('On Wednesday, seven more soldiers were killed near the town.'));
  assert.equal(rs.length, 1, JSON.stringify(rs));
  assert.equal(rs[0].evidence.length, 1, 'the Wednesday sentence is no evidence of Monday\'s attack');
  assert.equal(rs[0].fatalities, 4);
});

test('other day toll: a toll a report gives on another day, or with no day, is still the event\'s', () => {
  for (const toll of ['The army said on Wednesday that seven soldiers had died.', 'Seven soldiers were killed in all.']) {
    const rs = current(STORY(toll));
    assert.equal(rs.length, 1, JSON.stringify(rs));
    assert.equal(rs[0].evidence.length, 2, toll);
  }
});
