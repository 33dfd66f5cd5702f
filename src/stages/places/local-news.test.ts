import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';

const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const at = (doc: Document, surface: string) => mentionsOf(doc, 'PLACE').find((m) => m.text === surface);

test('a namesake town resolves inside the state the article\'s other towns lie in', () => {
  const cases: [string, string, string][] = [
    ['Police in Etowah and Sweetwater joined officers from Madisonville. The Athens center opens on Friday.', 'Athens', 'Tennessee'],
    ['Schools in Marietta, Valdosta and Statesboro closed. The Athens council met on Monday.', 'Athens', 'Georgia'],
  ];
  for (const [text, name, state] of cases) {
    const m = at(run(text), name);
    assert.equal(m?.place?.countryCode, 'US', text);
    assert.equal(m?.place?.admin1, state, text);
  }
});

test('"Georgia" in local news naming counties is the US state', () => {
  const doc = run('Most school systems in Northeast Georgia are reviewing policies. Boards in Clarke County and Oconee County met.');
  const m = at(doc, 'Georgia');
  assert.equal(m?.place?.countryCode, 'US');
  assert.equal(m?.place?.featureCode, 'ADM1');
});

test('people are not places: given name + surname, titles, possessive before staff', () => {
  const doc = run('Tom Perry visited the plant. Sen. Clinton spoke later, and Gov. Jackson agreed. Clinton\'s spokesman declined to comment.');
  const texts = mentionsOf(doc, 'PLACE').map((m) => m.text);
  for (const w of ['Tom Perry', 'Perry', 'Clinton', 'Jackson']) assert.ok(!texts.includes(w), `${w} read as a place: ${texts.join(', ')}`);
});

test('"US", "U.S." and possessives ("Russia\'s") are country mentions', () => {
  const doc = run('The U.S. and the UK criticised Russia\'s embassy. US troops left on Monday.');
  for (const [surface, cc] of [['U.S.', 'US'], ['UK', 'GB'], ['Russia', 'RU'], ['US', 'US']] as const) {
    const m = at(doc, surface);
    assert.equal(m?.place?.countryCode, cc, surface);
    assert.equal(m?.place?.featureCode, 'PCLI', surface);
  }
});
