import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';
import { repeatedNames } from './repeats.ts';

// Issue 12: a name the story resolves once names its place where the story repeats it inside a longer name. Sentences are our own.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const mentionsAt = (doc: Document, from: number, to: number) => mentionsOf(doc, 'PLACE').filter((m) => m.place && m.start >= from && m.end <= to);

test('a resolved town named again inside an organisation\'s name or before a possessive is that town, flagged as a site', () => {
  const text = 'The mayor of Immokalee, Florida, spoke on Monday. Residents praised the Immokalee Rotary Club and Immokalee’s new library.';
  const doc = run(text);
  const second = text.indexOf('Immokalee Rotary');
  const club = mentionsAt(doc, second, second + 'Immokalee'.length);
  assert.equal(club.length, 1, JSON.stringify(mentionsOf(doc, 'PLACE').map((m) => [m.text, m.start])));
  assert.equal(club[0].place?.admin1, 'Florida');
  // says whose, not where: never an event's place
  assert.equal(club[0].site, true);
  const third = text.indexOf('Immokalee’s');
  assert.equal(mentionsAt(doc, third, third + 'Immokalee'.length)[0]?.place?.admin1, 'Florida');
});

test('no repetition of a name someone in the story bears, nor one closing another name, nor a bare one the gate let go', () => {
  // "Hillary Sherman": the story names a person Sherman, so "Sherman Foundation" is no town
  const person = 'The couple lived in Sherman, Texas, for years. Hillary Sherman founded the Sherman Foundation.';
  const p = run(person);
  const foundation = person.indexOf('Sherman Foundation');
  assert.deepEqual(mentionsAt(p, foundation, foundation + 'Sherman Foundation'.length).map((m) => m.text), []);
  // closing another name ("Sierra Reno Chamber", after a capitalised word other than an opening one), or said bare: only
  // "The Reno Rodeo" gets the place, asked of the rule alone with one vouched mention
  const text = 'Officials in Reno met on Monday. Bankers at the Sierra Reno Chamber said Reno grew. The Reno Rodeo opens.';
  const doc = createPipeline([segment], createDeps()).run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
  const reno = { id: 'r', kind: 'PLACE' as const, start: 13, end: 17, sentence: 0, text: 'Reno', confidence: 1, by: 'places', decidedBy: 'rule' as const, place: { name: 'Reno', latitude: 39.5, longitude: -119.8, countryCode: 'US', iso3: 'USA', country: 'United States', admin1: 'Nevada', admin2: null, geonameid: 5511077, featureCode: 'PPLA2', population: 225221, precision: 1 } };
  assert.deepEqual(repeatedNames(doc, [reno as never], new Set()).map((r) => text.slice(r.start, r.end + 6)), ['Reno Rodeo']);
  // a mention the tagger let through is no one's word for the place
  assert.deepEqual(repeatedNames(doc, [{ ...reno, decidedBy: 'model' } as never], new Set()), []);
});

test('a country, region or capital the story names is that place inside an organisation\'s name wherever it stands, not after a title', () => {
  const text = 'Shares rose in Malta on Monday. HSBC Bank Malta plc gained 2%. Officials in Dubai said the Smart Dubai Office will open. Mayor Dubai Smith spoke.';
  const doc = run(text);
  const at = (phrase: string, name: string) => { const i = text.indexOf(phrase) + phrase.indexOf(name); return mentionsAt(doc, i, i + name.length); };
  assert.equal(at('Bank Malta', 'Malta')[0]?.place?.countryCode, 'MT', JSON.stringify(mentionsOf(doc, 'PLACE').map((m) => [m.text, m.start])));
  assert.equal(at('Bank Malta', 'Malta')[0]?.site, true);
  assert.equal(at('Smart Dubai', 'Dubai')[0]?.place?.countryCode, 'AE');
  // after a title it is a person's name
  assert.deepEqual(at('Mayor Dubai', 'Dubai'), []);
  // an armed or state actor's name names the actor: no toponym inside "the New Syria Army's base"
  const war = 'Rebels fought in northern Syria on Monday. The New Syria Army\'s base was hit.';
  const w = run(war);
  const i = war.indexOf('Syria Army');
  assert.deepEqual(mentionsAt(w, i, i + 5), []);
});
