import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../model/article.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';

// A sentence's "A" read with the next word reached places of that sound ("A New" as Änew, Turkmenistan; "A White" as
// Ohit) and cut the name after it ("A New Jersey woman", "A White House aide"). Sentences are our own.
const pipeline = createPipeline([segment, places], createDeps());
const placed = (text: string) =>
  mentionsOf(pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } }), 'PLACE')
    .filter((m) => m.place)
    .map((m) => [m.text, m.place!.name]);

test('an article before a name is no part of it unless the place\'s own name opens with it', () => {
  assert.deepEqual(placed('A New Jersey woman who once lived in Lubbock fell ill.'), [['New Jersey', 'New Jersey'], ['Lubbock', 'Lubbock']]);
  assert.deepEqual(placed('A New Mexico native, she moved to Dallas in 2010.').map(([t]) => t), ['New Mexico', 'Dallas']);
  // "A Coruña" is the town's own name
  assert.deepEqual(placed('A Coruña port was closed on Monday.'), [['A Coruña', 'A Coruña']]);
});
