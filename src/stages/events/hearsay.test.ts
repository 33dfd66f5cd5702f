// Issue 10 (crowd23): talk of a happening that no one asserts (rumours, unverified accounts, reports the sentence says
// were not confirmed) is no event; the same words beside an asserted happening leave it alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';
import { toldAsHearsay } from './hearsay.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-03-15');

test('rumours of mob attacks and unconfirmed reports of a crowd attack yield no event', () => {
  const rs = ex.extract(art('DHAKA (Sitrep Wire) - Officials in Dhaka said there were rumours of mob attacks on temples in the north. Reports that crowds had attacked shops in Rangpur could not be confirmed.')).records;
  assert.deepEqual(rs.map((r) => r.sub_event_type), []);
});

test('a mob attack told as fact stays an event, and "amid rumours," is no hearsay of the clause after it', () => {
  const rs = ex.extract(art('DHAKA (Sitrep Wire) - A mob attacked a temple in Rangpur on Sunday, police said. Amid rumours, crowds torched shops in Dinajpur.')).records;
  assert.ok(rs.length >= 1, JSON.stringify(rs.map((r) => r.sub_event_type)));
});

test('plain "reports that" is hearsay only when the sentence says the reports were not confirmed', () => {
  const s = (text: string) => ({ index: 0, start: 0, end: text.length, firstToken: 0, endToken: 0 });
  const a = 'There were reports that gunmen attacked a convoy, which could not be independently verified.';
  const at = a.indexOf('attacked');
  assert.equal(toldAsHearsay(a, s(a), a.slice(0, at), { start: at, end: at + 8 }), true);
  const b = 'There were reports that gunmen attacked a convoy near the border on Monday.';
  const bt = b.indexOf('attacked');
  assert.equal(toldAsHearsay(b, s(b), b.slice(0, bt), { start: bt, end: bt + 8 }), false);
});
