import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';

// "aircraft bombed", "air raids bombed": bombing from the air is an air strike, not a planted bomb (the "ied" row's
// "bombing" alone would type it Remote explosive, and "aircraft" is no word of the air-strike row)
const ex = createExtractor();
const art = (text: string): Article => ({ id: 't', text, title: null, published: '2017-10-10', publisher: null, url: null, dateline: null, origin: { file: 't' } });
const subs = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

test('air bombing: aircraft that bombed a town make an air strike', () => {
  assert.deepEqual(subs('Russian aircraft bombed the town of Saraqeb in Idlib province on Monday, killing 12 civilians.'), ['Air/drone strike']);
  assert.deepEqual(subs('The aircraft bombing of a market in Saraqeb killed 12 people on Monday.'), ['Air/drone strike']);
  assert.deepEqual(subs('Government air raids bombed a hospital in Saraqeb on Monday, killing five people, a monitor said.'), ['Air/drone strike']);
});

test('air bombing: a bomb planted on the ground stays a remote explosive', () => {
  assert.deepEqual(subs('A bomb planted in a car exploded in Saraqeb on Monday, killing 12 people.'), ['Remote explosive/landmine/IED']);
  assert.deepEqual(subs('A roadside bombing killed five soldiers near Saraqeb on Monday.'), ['Remote explosive/landmine/IED']);
});
