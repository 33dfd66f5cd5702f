import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';

// (under an agency's dateline the text is a whole article, where these rules apply: a note or a snippet tells one event)

// The rules alone: a background word of the sentence against the current day the event's own clause gives (event-dates.ts datedNews).
const ex = createExtractor({ stages: RULES_ORDER });
const art = (text: string): Article => ({ id: 't', text: `PARIS (Reuters) - ${text}`, title: null, published: '2017-10-12', publisher: null, url: null, dateline: null, origin: { file: 't' } });
const records = (text: string) => ex.extract(art(text)).records;

test('background dated: "previously" in another clause does not make an event its own clause dates last week background', () => {
  const rs = records('The ministry had previously refused to comment, reflecting anger over a U.S. air strike on a Syrian army base last week.');
  const strike = rs.find((r) => r.sub_event_type === 'Air/drone strike');
  assert.ok(strike, 'the strike is coded');
  assert.equal(strike.historical, false);
});

test('background dated: with no current date of its own, a background word still marks the event background', () => {
  const rs = records('Islamic State fighters had previously seized the town of Tal Afar, a local official said.');
  assert.ok(rs.length > 0, 'the takeover is coded');
  for (const r of rs) assert.equal(r.historical, true);
});
