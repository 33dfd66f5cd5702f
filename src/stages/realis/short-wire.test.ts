import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import { loadCrimeHeadlines } from './crime-headlines.ts';

// Stories we wrote ourselves: a wire story of five sentences, too short for the realis model, whose headline
// names an ordinary crime; the rules that hold for whole articles hold for it too.
const BODY = ['The farm lies south of the city.', 'A spokesman gave no further details.', 'Fuel prices rose on the news.'];
const story = (lead: string, title: string, arrest: string): Article => ({ id: 'wire', text: [lead, BODY[0], arrest, BODY[1], BODY[2]].join(' '), published: '2017-09-22', title, publisher: null, url: null, dateline: null, origin: { file: 'invented' } });
const full = createExtractor();
const current = (a: Article) => full.extract(a).records.filter((r) => !r.historical).map((r) => r.sub_event_type);
const LEAD = 'MEDELLIN (Sitrep Wire) - Police seized 7 tonnes of cocaine hidden in a shipment of fruit on Thursday, officials said.';
const ARREST = 'Five men were arrested in the operation in the town of Turbo on Thursday.';

test("a short wire story's arrests in a drug seizure are ordinary crime, as in a long one", () => {
  assert.deepEqual(current(story(LEAD, 'Police seize 7 tonnes of cocaine in fruit shipment', ARREST)), []);
});

test('the same arrests stay in a story about a political arrest, and a brief without a dateline is left to its rules', () => {
  assert.deepEqual(current(story(LEAD.replace('seized 7 tonnes of cocaine hidden in a shipment of fruit', 'raided an opposition office'), 'Police raid opposition office', ARREST.replace('Five men', 'Five opposition activists'))), ['Arrests']);
  assert.deepEqual(current(story('Police seized 7 tonnes of cocaine hidden in a shipment of fruit on Thursday, officials said.', 'Police seize 7 tonnes of cocaine in fruit shipment', ARREST)), ['Arrests']);
});

test('the crime headlines are read from their lexicon, and only headlines', () => {
  assert.ok(loadCrimeHeadlines().test('Police seize 7 tonnes of cocaine in fruit shipment'));
  assert.ok(!loadCrimeHeadlines().test('Rebels seize town in the north'));
});
