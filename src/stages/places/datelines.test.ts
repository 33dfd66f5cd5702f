import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';

// Issue 12: a dateline is strong locative context, also for short upper-case names and right after a byline. Sentences are our own.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const placed = (doc: Document) => mentionsOf(doc, 'PLACE').filter((m) => m.place);
const at = (doc: Document, surface: string) => placed(doc).find((m) => m.text === surface);
const shown = (doc: Document) => JSON.stringify(placed(doc).map((m) => [m.text, m.place?.countryCode]));

test('a four-letter upper-case dateline is the town filed from', () => {
  for (const [text, surface, cc] of [
    ['LIMA (Reuters) - The government said on Friday it would act.', 'LIMA', 'PE'],
    ['OSLO, Norway (Reuters) - The committee met on Friday.', 'OSLO', 'NO'],
    ['DOHA — Talks resumed on Friday.', 'DOHA', 'QA'],
    ['ROME (AP) An apartment fire killed two on Friday.', 'ROME', 'IT'],
  ] as const) {
    const doc = run(text);
    assert.equal(at(doc, surface)?.place?.countryCode, cc, `${text} ${shown(doc)}`);
  }
});

test('a dateline right after a wire byline is found, the byline is not part of it', () => {
  const doc = run('By JANE ROE and JOHN DOE, Associated Press WASHINGTON (AP) — The talks stalled on Friday.');
  assert.equal(at(doc, 'WASHINGTON')?.place?.admin1, 'District of Columbia', shown(doc));
  assert.ok(!placed(doc).some((m) => m.text.includes('Press')), shown(doc));
});

test('short capitals outside a dateline position stay filtered', () => {
  // mid-sentence, or a bracket that is no agency's before a story's first word
  const doc = run('The report said ROME (AP) was a word. Officials in the city said HIV (AIDS). And LIMA was not named.');
  assert.ok(!placed(doc).some((m) => m.text === 'ROME' || m.text === 'LIMA'), shown(doc));
});
