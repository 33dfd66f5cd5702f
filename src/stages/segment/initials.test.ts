import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../model/article.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from './index.ts';

// LGL misses: wink cut "D-N.D." and "D-W. Va." after the first initial, so no stage saw the state's abbreviation whole.
const pipeline = createPipeline([segment], createDeps());
const sentencesOf = (text: string) => {
  const article: Article = { id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } };
  const doc = pipeline.run(article);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

test('a dotted abbreviation split after its first initial is one sentence again', () => {
  assert.deepEqual(sentencesOf('Sen. Byron Dorgan, D-N.D., questioned the contract. Rep. Nick Rahall, D-W. Va., chairman of the panel, agreed.'), [
    'Sen. Byron Dorgan, D-N.D., questioned the contract.',
    'Rep. Nick Rahall, D-W. Va., chairman of the panel, agreed.',
  ]);
  // "the Canada-U.S. air defence pact": the clause goes on in lower case
  assert.equal(sentencesOf('He commands the Canada-U.S. air defence pact, officials said.').length, 1);
});

test('an initial that ends a sentence still ends it', () => {
  assert.deepEqual(sentencesOf('The envoy flew to the U.S. The talks begin on Monday.'), ['The envoy flew to the U.S.', 'The talks begin on Monday.']);
});

test('tokens keep their sentence indices after a join', () => {
  const doc = pipeline.run({ id: 't', text: 'Rep. Ann Roe, D-W. Va., said so. Then she left.', title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
  assert.equal(doc.sentences.length, 2);
  for (const s of doc.sentences) for (let t = s.firstToken; t < s.endToken; t++) assert.equal(doc.tokens[t].sentence, s.index);
  assert.equal(doc.tokens.length, doc.sentences[1].endToken);
});
