import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';

// The airports, stadiums, circuits and seats of landmarks.jsonl whose names are no town's ("Schiphol", "Anfield"). Sentences are our own.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const at = (text: string, surface: string) => mentionsOf(run(text), 'PLACE').find((m) => m.text === surface)?.place;

test('a venue news names as a place is read at the venue', () => {
  const cases: [string, string, string][] = [
    ['Two planes were held at Schiphol overnight.', 'Schiphol', 'NL'],
    ['Supporters threw bottles outside Anfield on Tuesday.', 'Anfield', 'GB'],
    ['The touring cars race at Brands Hatch this weekend.', 'Brands Hatch', 'GB'],
    ['Envoys met at the Palais des Nations for a second day.', 'Palais des Nations', 'CH'],
    ['Aides crowded the West Wing after the vote.', 'West Wing', 'US'],
  ];
  for (const [text, surface, cc] of cases) assert.equal(at(text, surface)?.countryCode, cc, `${surface} in: ${text}`);
});

test('a person\'s name an airport bears is no airport', () => {
  assert.equal(at('Charles de Gaulle led the Free French.', 'Charles de Gaulle'), undefined);
  assert.equal(at('He landed at Ben Gurion Airport on Monday.', 'Ben Gurion Airport')?.countryCode, 'IL');
  assert.equal(at('Ben Gurion read the declaration aloud.', 'Ben Gurion'), undefined);
});

test('a landmark whose name holds an organisation\'s word is the landmark, and other such names stay organisations', () => {
  assert.equal(at('The envoy was received in the Oval Office on Friday.', 'Oval Office')?.countryCode, 'US');
  assert.equal(at('The Ohio Supreme Court Office said it would rule.', 'Ohio Supreme Court Office'), undefined);
});
