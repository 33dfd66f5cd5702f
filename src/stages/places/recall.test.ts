import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';
import { createDetector } from './detect.ts';
import { loadGeoCues, loadPersonCues } from '../../geo/geo-lexicons.ts';

// Issue 12, end-to-end toponym recall: classes of names the detector or the resolver lost. Sentences are our own.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const placed = (doc: Document) => mentionsOf(doc, 'PLACE').filter((m) => m.place);
const at = (doc: Document, surface: string) => placed(doc).find((m) => m.text === surface);

test('an abbreviated Saint, Mount or Fort opens the name it belongs to', () => {
  const doc = run('Officials in St. Petersburg said the consulate would close. He studied at a college in St. Louis and moved to Ft. Myers, Fla. ST. LOUIS police said nothing.');
  assert.equal(at(doc, 'St. Petersburg')?.place?.countryCode !== undefined, true, JSON.stringify(placed(doc).map((m) => m.text)));
  assert.equal(at(doc, 'St. Louis')?.place?.admin1, 'Missouri');
  assert.equal(at(doc, 'ST. LOUIS')?.place?.admin1, 'Missouri');
  assert.equal(at(doc, 'Ft. Myers')?.place?.admin1, 'Florida');
  // "St" alone after a name is still no place, nor is the word after it a surname-place
  assert.ok(!placed(doc).some((m) => m.text === 'Louis' || m.text === 'Petersburg'));
});

test('a region inside a list that goes on is the next item, not the container of the name before it', () => {
  const tour = run('The Swedish band will play shows in Copenhagen, Hamburg, Brasoc and Mannheim this month after Stockholm and Gothenburg.');
  assert.equal(at(tour, 'Copenhagen')?.place?.countryCode, 'DK', JSON.stringify(placed(tour).map((m) => [m.text, m.place?.countryCode])));
  const firm = run('The firm has offices in Los Angeles, Miami, West Palm Beach, New York, and Detroit.');
  assert.equal(at(firm, 'West Palm Beach')?.place?.admin1, 'Florida');
  // a real container in a list still contains: Athens is the Georgia one
  const athens = at(run('He was born in Athens, Georgia, and Atlanta mourned him.'), 'Athens');
  assert.equal(athens?.place?.admin1, 'Georgia');
});

test('"Quebec City": a town\'s own name with "City" is its own name, also where its country is named in passing', () => {
  const doc = run('The leaders met in Washington and Mexico City. Trudeau spoke to reporters in Quebec City on Friday. Ottawa and Washington, Texas and Ohio were named again.');
  assert.equal(at(doc, 'Quebec City')?.place?.countryCode, 'CA');
});

test('inside a sentence the capital says "name" whatever part of speech the tagger guesses; at its start it does not', () => {
  const doc = run('On Thursday morning the Concord Police executed two search warrants in New Hampshire. A Charleston man was charged in West Virginia.');
  assert.ok(at(doc, 'Concord'), JSON.stringify(placed(doc).map((m) => [m.text])));
  // a sentence set in title case, or a sentence's first word, says nothing by its capital
  const deps = createDeps();
  const detector = createDetector(loadGeoCues(deps.lexicons.dir), loadPersonCues(deps.lexicons.dir));
  const mid = (text: string, name: string) => detector.detect(createPipeline([segment], deps).run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } }), deps.gazetteer()).raws.find((r) => r.text === name)?.midSentence;
  assert.equal(mid('The council met in Athens on Monday and voted.', 'Athens'), true);
  assert.equal(mid('Glass Recycling Begins On Friday In Athens.', 'Athens'), false);
  assert.equal(mid('Athens voted on Monday to close the center.', 'Athens'), false);
});

test('a county the gazetteer knows once is no hamlet, wherever the story is', () => {
  const doc = run('Victims in Friday\'s Darke County fatal auto accident were identified. The driver had served in Gaza and the West Bank.');
  assert.equal(at(doc, 'Darke County')?.place?.admin1, 'Ohio');
});
