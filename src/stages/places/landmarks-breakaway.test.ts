import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';

// The breakaway and disputed regions of landmarks.jsonl that cities500 lacks (geoparse6): read in their country at
// their own centre, not at a namesake village or a capital. Sentences are our own.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const at = (doc: Document, surface: string) => mentionsOf(doc, 'PLACE').find((m) => m.text === surface);

test('breakaway regions are places of their country, at region precision', () => {
  const cases: [string, string, string][] = [
    ['A blast injured three people in Abkhazia on Sunday, officials in Tbilisi said.', 'Abkhazia', 'GE'],
    ['Russia signed border treaties with South Ossetia in March.', 'South Ossetia', 'GE'],
    ['Shelling was reported across Nagorno-Karabakh overnight.', 'Nagorno-Karabakh', 'AZ'],
    ['Armenian forces in Karabakh said two soldiers were killed.', 'Karabakh', 'AZ'],
    ['Russian troops remain stationed in Transnistria, Moldovan officials said.', 'Transnistria', 'MD'],
  ];
  for (const [text, name, cc] of cases) {
    const m = at(run(text), name);
    assert.equal(m?.place?.countryCode, cc, `${name} in: ${text}`);
    assert.equal(m?.place?.precision, 3, name);
  }
});

test('the capital named beside them stays the capital', () => {
  const doc = run('A blast injured three people in Abkhazia on Sunday, officials in Tbilisi said.');
  assert.equal(at(doc, 'Tbilisi')?.place?.featureCode, 'PPLC');
});
