import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { distanceKm } from '../../geo/gazetteer.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';

// Written sentences: a place stated relative to another named place is read near it, not at a far namesake.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const placeOf = (doc: Document, word: string) => mentionsOf(doc, 'PLACE').find((m) => m.text === word && !m.demonym)?.place ?? null;

test('"Clark, north of Manila" (Clark read in the US, or not at all): the Philippines, near Manila', () => {
  const doc = run('MANILA (Reuters) - Philippine troops took part in a drill. The plane was making an emergency landing in Clark, north of Manila, officials said.');
  const clark = placeOf(doc, 'Clark');
  const manila = mentionsOf(doc, 'PLACE').filter((m) => m.text === 'Manila').at(-1)?.place ?? null;
  assert.ok(clark && manila, JSON.stringify(mentionsOf(doc, 'PLACE').map((m) => [m.text, m.place?.countryCode])));
  assert.equal(clark.countryCode, 'PH');
  assert.ok(distanceKm(clark.latitude, clark.longitude, manila.latitude, manila.longitude) < 150);
  assert.equal(clark.precision, 2);
});

test('a reading that already lies near its anchor is kept as resolved', () => {
  const doc = run('Fighting broke out in Tal Afar, west of Mosul, on Sunday.');
  const talAfar = placeOf(doc, 'Tal Afar');
  assert.equal(talAfar?.countryCode, 'IQ');
  assert.match(talAfar?.name ?? '', /Tall? ?‘?Afar|Tal Afar/i);
});

test('a town\'s possessive anchors the place after it: "Manhattan\'s Greenwich" is in New York, not Connecticut', () => {
  const doc = run("Police raided a bar in Manhattan's Greenwich Village on Saturday.");
  const g = placeOf(doc, 'Greenwich') ?? placeOf(doc, 'Greenwich Village');
  assert.ok(g, 'Greenwich is read');
  assert.equal(g.admin1, 'New York', JSON.stringify(g));
});

test('a stated distance widens the reach: "Pyay, 290 km north of Yangon" keeps Pyay', () => {
  const doc = run('YANGON (Reuters) - About 100 journalists held a protest in the town of Pyay, 290 km (180 miles) north of Yangon, on Wednesday.');
  assert.equal(placeOf(doc, 'Pyay')?.countryCode, 'MM');
  assert.match(placeOf(doc, 'Pyay')?.name ?? '', /Pyay|Prome/);
});
