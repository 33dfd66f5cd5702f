import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';

// Stories we wrote ourselves: a mass event noun ("violence", "fighting") with a predicate of trend speaks of a kind.
const BODY = ['The town lies north of the capital.', 'Residents said shops had reopened.', 'The spokesman gave no further details.', 'Fuel prices rose on the news.'];
const art = (sentence: string): Article => ({ id: 'mass', text: ['JUBA (Sitrep Wire) - The minister met donors on Monday.', BODY[0], sentence, ...BODY.slice(1)].join(' '), published: '2017-10-16', title: 'Invented', publisher: null, url: null, dateline: null, origin: { file: 'invented' } });
const full = createExtractor();
const current = (sentence: string) => full.extract(art(sentence)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

test('a bare mass event noun whose predicate tells a trend is no event', () => {
  assert.deepEqual(current('Violence has escalated across the region, aid agencies said.'), []);
});

test('the same noun told with a day and a place stays', () => {
  assert.deepEqual(current('Fighting broke out between troops and rebels in the town of Yei on Sunday, the army said.'), ['Armed clash']);
});
