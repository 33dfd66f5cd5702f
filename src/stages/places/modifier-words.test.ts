import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../model/article.ts';
import { mentionsOf } from '../../model/document.ts';
import { loadGeoCues } from '../../geo/geo-lexicons.ts';
import { createExtractor } from '../../pipeline/extractor.ts';

// Issue 10/12 review: "Liberal groups" was read as Liberal, Kansas, and became a protest's place. A capitalised adjective of
// lexicons/geo-cues.jsonl's modifier list heading a noun phrase is never an event's place unless the words around say so
// (it stays a site mention, as a place inside an organisation's name does). Sentences are our own.
const extractor = createExtractor();
const article = (text: string): Article => ({ id: 't', text, title: null, published: '2018-03-01', publisher: 'Reuters', url: null, dateline: null, origin: { file: 'test' } });
const run = (text: string) => extractor.extract(article(text));
/** The place mentions an event may stand at: neither a site nor a demonym. */
const placeWords = (text: string) => mentionsOf(run(text).doc, 'PLACE').filter((m) => !m.site && !m.demonym).map((m) => m.text);

test('the modifier list holds the adjectives the review named', () => {
  const { modifier } = loadGeoCues();
  for (const w of ['Liberal', 'Conservative', 'Democratic', 'Republican', 'Independent', 'Christian', 'Federal', 'Sufi']) assert.ok(modifier.has(w), w);
});

test('an adjective heading a noun phrase is no event\'s place', () => {
  // (each of these was read as a town before: Liberal, Kansas; Federal, Argentina; Sofia through "Sufi"; Golden's like)
  for (const w of ['Liberal', 'Federal', 'Green', 'Sufi', 'Imperial', 'Marine']) {
    const found = placeWords(`Officials said ${w} groups would meet in Denver on Monday.`);
    assert.deepEqual(found, ['Denver'], `${w}: ${JSON.stringify(found)}`);
  }
  // at the story's opening too, and the event goes to the place the sentence names
  const { doc, records } = run('Liberal groups staged rallies across Ohio on Monday to press senators on the nominee.');
  assert.deepEqual(mentionsOf(doc, 'PLACE').filter((m) => !m.site).map((m) => m.text), ['Ohio']);
  for (const r of records) assert.notEqual(r.location, 'Liberal');
});

test('the same word stays a place where the words around make it one', () => {
  // a container, a locative preposition with no noun after, a resident after it
  assert.ok(placeWords('Police arrested two men in Liberal, Kansas, on Tuesday.').includes('Liberal'));
  assert.ok(placeWords('Protesters gathered in Liberal on Monday.').includes('Liberal'));
  assert.ok(placeWords('A Liberal man was hurt in a crash on Monday.').includes('Liberal'));
  // and a longer name that opens with the word is that name's
  assert.ok(placeWords('The delegates flew on to Green Bay on Monday.').includes('Green Bay'));
});
