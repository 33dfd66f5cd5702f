import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';

// Issue 12: a first-level region's initials ("BC", "NSW") and dotted capitals ("B.C."). Sentences are our own.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const placed = (doc: Document) => mentionsOf(doc, 'PLACE').filter((m) => m.place).map((m) => [m.text, m.place?.name]);

test('a region\'s initials are the region in a story that names a town of its country', () => {
  const doc = run('The new FrontCounter BC office opened in Castlegar, British Columbia, on Monday. FrontCounter BC serves ranchers.');
  assert.equal(placed(doc).filter(([t, n]) => t === 'BC' && n === 'British Columbia').length, 2, JSON.stringify(placed(doc)));
  const nsw = run('Rangers from NSW National Parks cleared the track near Newcastle, New South Wales.');
  assert.ok(placed(nsw).some(([t, n]) => t === 'NSW' && n === 'New South Wales'), JSON.stringify(placed(nsw)));
  // dotted capitals, whatever part of speech the tagger gives them
  const border = run('Valemount, British Columbia, lies two hours away on the other side of the B.C. border.');
  assert.ok(placed(border).some(([t, n]) => t === 'B.C.' && n === 'British Columbia'), JSON.stringify(placed(border)));
});

test('capitals that are not a region\'s initials, or a story elsewhere, a year, a ticker or a shout name no region', () => {
  // no Canadian town named: "BC" is a company's
  assert.ok(!placed(run('Shares of BC Partners rose in Athens, Greece, on Monday.')).some(([t]) => t === 'BC'));
  // a year
  assert.ok(!placed(run('The fort near Kamloops, British Columbia, dates from 300 BC, they said.')).some(([t]) => t === 'BC'));
  // a ticker, and capitals that are no initials of the state ("PA" is not Pennsylvania's)
  const ticker = run('Total TOTF.PA said in Pittsburgh, Pennsylvania, that the Palestinian Authority (PA) would pay.');
  assert.ok(!placed(ticker).some(([t]) => t === 'PA'), JSON.stringify(placed(ticker)));
  // "Moscow, SANA": a news agency's name after a dateline contains nothing
  const agency = run('Moscow, SANA - Russian Foreign Minister Sergei Lavrov said the talks in Moscow went well.');
  assert.equal(placed(agency).find(([t]) => t === 'Moscow')?.[1], 'Moscow', JSON.stringify(placed(agency)));
});

test('"L.A." is the everyday abbreviation of Los Angeles (lexicon alias), not Louisiana\'s "La."', () => {
  const top = createDeps().gazetteer().candidates('L.A.')[0];
  assert.equal(top?.name, 'Los Angeles');
  assert.equal(top?.admin1, 'California');
});
