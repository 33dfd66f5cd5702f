// actors18: an arrester named after the verb without "by" ("… are now in the custody of the Egyptian army") was lost
// to the conventional police. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { custodian } from './custodian.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-10-13');
const arrests = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical && r.sub_event_type === 'Arrests');

test('the one holding people is read after "in the custody of", "in the hands of"', () => {
  const t = 'They are in the custody of the army';
  assert.ok(custodian(t, 0, t.indexOf('army')));
  assert.ok(custodian('They fell into the hands of rebels', 0, 'They fell into the hands of '.length));
  assert.ok(!custodian('They spoke of the army', 0, 'They spoke of the '.length));
});

test('a passive arrest takes the custodian as its arrester, not the conventional police', () => {
  const rs = arrests('CAIRO (Reuters) - Two Muslim Brotherhood members were arrested in Cairo on Monday and are now in the custody of the Egyptian army.');
  assert.equal(rs.length, 1);
  assert.match(rs[0].actor1 ?? '', /Military Forces of Egypt/);
});

test('with no custodian named, the police stay the arrester', () => {
  const rs = arrests('CAIRO (Reuters) - Two Muslim Brotherhood members were arrested in Cairo on Monday.');
  assert.equal(rs.length, 1);
  assert.match(rs[0].actor1 ?? '', /Police Forces of Egypt/);
});
