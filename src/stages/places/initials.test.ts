import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';
import { loadInitials } from './initials.ts';

// lexicons/geo-initials.jsonl: capitals written for a country or region ("SA", "WA", "Spokane, WA"). Sentences are our own.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const placed = (text: string) => mentionsOf(run(text), 'PLACE').filter((m) => m.place).map((m) => [m.text, m.place?.name]);
const has = (text: string, surface: string, name: string) => placed(text).some(([t, n]) => t === surface && n === name);

test('the lexicon parses and every row names a place the gazetteer holds in its country', () => {
  const rows = loadInitials();
  assert.ok(rows.length > 50);
  const gazetteer = createDeps().gazetteer();
  for (const r of rows) assert.ok(gazetteer.candidates(r.name).some((c) => c.countryCode === r.iso2 && (c.featureCode === 'ADM1' || c.featureCode === 'PCLI')), `${r.initials} ${r.name}`);
});

test('initials are the country or region of the story\'s country', () => {
  assert.ok(has('Farmers in SA lost their land, chiefs in Polokwane, South Africa, said.', 'SA', 'South Africa'));
  assert.ok(has('Adelaide in SA hosted the cricket, as Australia expected.', 'SA', 'South Australia'));
  assert.ok(has('Sewage in WA is treated at plants near Perth, Western Australia.', 'WA', 'Western Australia'));
});

test('a postal code is its region only after a town and a comma', () => {
  assert.ok(has('Police in Spokane, WA arrested a man on Monday.', 'WA', 'Washington'));
  assert.ok(has('The band moved to Guelph, ON from Halifax, Canada.', 'ON', 'Ontario'));
  // a shouted word, not after a town
  assert.ok(!placed('The lights were ON in Spokane, Washington, all night.').some(([t]) => t === 'ON'));
});

test('initials are nothing in a story of another country, nor a company\'s legal form', () => {
  assert.ok(!placed('Sewage in WA is treated well, officials in Geneva said.').some(([t]) => t === 'WA'));
  assert.ok(!placed('Shares of Nestle SA rose as Cape Town, South Africa, cut rates.').some(([t]) => t === 'SA'));
});
