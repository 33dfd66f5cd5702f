import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';

// Where a place's name ends inside a longer capitalised run, and a stated region around a feature without a country. Sentences are our own.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const placed = (text: string) => mentionsOf(run(text), 'PLACE').filter((m) => m.place).map((m) => [m.text, m.place?.name, m.place?.countryCode]);
const has = (text: string, surface: string, cc: string) => placed(text).some(([t, , c]) => t === surface && c === cc);

test('"Town State-name State": the state after a town is the state, not an organisation the town opens', () => {
  assert.ok(has('Soldiers paraded in Kano Borno State on Sunday.', 'Borno', 'NG'), JSON.stringify(placed('Soldiers paraded in Kano Borno State on Sunday.')));
  // "State" after a word no region bears stays an organisation's word
  assert.ok(!placed('He coached at Kano Harmony State College for years.').some(([t]) => t === 'Harmony'));
});

test('a sizeable town\'s possessive ends its name: the unknown words after it are what it owns', () => {
  assert.ok(has('A clinic opened at Derry’s Quellbrin Hospital on Monday.', 'Derry', 'GB'));
  // a village's possessive is more often a company's
  assert.ok(!placed('He ate at McDonald\'s Drive Thru after work.').some(([t]) => t === 'McDonald'));
});

test('a mountain the lexicon gives no country lies in the region stated after it, when near it', () => {
  assert.ok(placed('Troops are hunting rebels in Mount Chaambi, Kasserine governorate.').some(([t]) => t === 'Mount Chaambi'));
  assert.ok(!placed('Troops are hunting rebels in Mount Chaambi, Idlib governorate.').some(([t]) => t === 'Mount Chaambi'));
});

test('road numbers listed after a road, or opening a sentence with a road\'s words, are roads; an airliner is none', () => {
  const roads = placed('The A417 heading south from Cheltenham will close. A diversion runs via the A436, A40 and A429 near Gloucester.').map(([t]) => t);
  for (const r of ['A417', 'A436', 'A40', 'A429']) assert.ok(roads.includes(r), `${r} in ${JSON.stringify(roads)}`);
  assert.ok(!placed('The A380 is the largest airliner, Airbus said in Toulouse.').some(([t]) => t === 'A380'));
});

test('an owner\'s "-owned", "-run" word before a site opens no part of its name', () => {
  const found = placed('They flew the boy to the Vatican-owned Santa Quellina Hospital in Rome.');
  assert.ok(found.some(([t, , c]) => t === 'Santa Quellina Hospital' && c === 'IT'), JSON.stringify(found));
});

test('a town after an organisation\'s "at" is where it is', () => {
  assert.ok(placed('She studied at California State University at San Marcos last year.').some(([t, , c]) => t === 'San Marcos' && c === 'US'));
});
