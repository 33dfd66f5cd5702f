import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document, Mention } from '../../model/document.ts';
import { perDocument, perMention } from './mention-memo.ts';

const mention = (start: number): Mention => ({ kind: 'COUNT', id: `m${start}`, start, end: start + 1, sentence: 0, text: 'x', confidence: 1, by: 'test' }) as unknown as Mention;
const doc = (text: string): Document => ({ text }) as unknown as Document;

test('perMention answers each document and mention once, and keeps documents apart', () => {
  let calls = 0;
  const startsWithCapital = perMention((d, m) => (calls++, /[A-Z]/.test(d.text[m.start])));
  const a = doc('Aleppo and beyond');
  const b = doc('aleppo and beyond');
  const m = mention(0);
  assert.equal(startsWithCapital(a, m), true);
  assert.equal(startsWithCapital(a, m), true);
  assert.equal(calls, 1);
  assert.equal(startsWithCapital(b, m), false, 'another document object is asked again');
  assert.equal(startsWithCapital(a, mention(0)), true);
  assert.equal(calls, 3, 'another mention object is asked again');
});

test('perDocument reads each document once', () => {
  let calls = 0;
  const length = perDocument((d) => (calls++, d.text.length));
  const a = doc('Mosul');
  assert.equal(length(a), 5);
  assert.equal(length(a), 5);
  assert.equal(length(doc('Mosul')), 5);
  assert.equal(calls, 2);
});
