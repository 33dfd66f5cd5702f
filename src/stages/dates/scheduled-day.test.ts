import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speaksOfFuture } from './grammar.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';

const at = (text: string, words: string) => speaksOfFuture(text, text.indexOf(words));

describe('speaksOfFuture: a day that names a thing held on a set day', () => {
  it('is the day set for it', () => {
    assert.equal(at('The party is backing a candidate in a by-election on Sunday, officials say.', 'on Sunday'), true);
    assert.equal(at('Turnout in Sunday s referendum is the test, analysts say.', 'Sunday'), true);
    assert.equal(at('Voters in the north are weary ahead of the presidential run-off on Sunday.', 'on Sunday'), true);
  });
  it('is not when the day tells a happening', () => {
    assert.equal(at('Hundreds of supporters rallied in the city on Sunday.', 'on Sunday'), false);
    assert.equal(at('Police fired tear gas at protesters on Sunday after the vote count.', 'on Sunday'), false);
  });
});

const ex = createExtractor();
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });

describe('an undated happening in a story whose lead names a by-election the next day', () => {
  it('is dated up to the report, not on the election day', () => {
    const text =
      'LAHORE, Pakistan (Reuters) - A new party is backing a candidate in a by-election on Sunday, officials say. The party says it wants to enter politics. Hundreds of supporters of the party protested in Lahore against the arrest of its leader.';
    const rs = ex.extract(art(text, '2017-09-16')).records.filter((r) => r.event_type === 'Protests');
    const got = JSON.stringify(rs.map((r) => [r.event_date, r.event_date_end]));
    assert.equal(rs.length, 1, got);
    assert.ok(rs[0].event_date_end! <= '2017-09-16', got);
  });
});
