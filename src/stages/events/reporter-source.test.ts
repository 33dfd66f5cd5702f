// actors18: a side that only reports a bombing is no party to it. "The U.S. military confirmed a roadside bomb killed a
// U.S. soldier" made the military the bomber (and the country's civilians its target): "confirmed" and "announced"
// opened no reported clause. A side announcing its own act ("announced the capture of …") still did it.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { mainEvent, storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-10-13');
const main = (text: string): EventRecord => mainEvent(ex, art(text));

test('a force that confirms or announces a bombing is its source, not its perpetrator', () => {
  const a = main('KABUL (Reuters) - The U.S. military confirmed a roadside bomb killed a U.S. soldier in Helmand province on Thursday.');
  assert.match(a.actor1 ?? '', /Unidentified Armed Group/);
  assert.match(a.actor2 ?? '', /Military Forces of the United States/);
  const b = main('KABUL (Reuters) - Afghan police announced a car bomb had exploded near a market in Kandahar on Thursday, killing five people.');
  assert.match(b.actor1 ?? '', /Unidentified Armed Group/);
});

test('a side announcing its own act is its agent', () => {
  assert.equal(main('BEIRUT (Reuters) - Islamic State announced the capture of the town of al-Qaryatain on Monday.').actor1, 'Islamic State');
  assert.match(main('ISTANBUL (Reuters) - Turkish police confirmed the arrest of five Islamic State suspects in Istanbul on Monday.').actor1 ?? '', /Police Forces of Turkey/);
});
