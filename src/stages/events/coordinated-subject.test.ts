import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { coordinatedSubjectStart } from './coordinated-subject.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// A second, parallel takeover told in a coordinated clause has its own subject: that subject is not the first takeover's
// loser. Sentences written for these tests.
const ex = createExtractor();
const art = storyOn('2017-11-03');
const takeovers = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical && r.event_type === 'Battles');

test('the subject of a coordinated takeover is not the first takeover\'s actor2', () => {
  const text = 'The rebel group lost ground on Friday, with Syrian government forces capturing the town of Mayadin and Iraqi forces taking the town of Rawa.';
  const mayadin = takeovers(text).find((r) => /Syria/.test(r.actor1 ?? ''));
  assert.ok(mayadin, 'the Syrian takeover is coded');
  assert.doesNotMatch(mayadin.actor2 ?? '', /Iraq/);
});

test('the loser named before the coordinated clause stays actor2', () => {
  const text = 'Syrian government forces captured the town of Mayadin from Islamic State on Friday and Iraqi forces took the town of Rawa.';
  const mayadin = takeovers(text).find((r) => /Syria/.test(r.actor1 ?? ''));
  assert.ok(mayadin, 'the Syrian takeover is coded');
  assert.equal(mayadin.actor2, 'Islamic State');
});

test('the clause ends at the coordinated subject, not before an object joined by "and"', () => {
  const s = 'Rebels captured the base and Turkish troops took the airport.';
  const mentions = [{ start: s.indexOf('Turkish'), end: s.indexOf('Turkish') + 'Turkish'.length }];
  assert.equal(coordinatedSubjectStart(s, s.indexOf('captured') + 8, s.length, mentions), mentions[0].start);
  // an object joined by "and", with no verb of its own
  const o = 'Rebels attacked the base and Turkish troops stationed nearby.';
  const om = [{ start: o.indexOf('Turkish'), end: o.indexOf('Turkish') + 'Turkish'.length }];
  assert.equal(coordinatedSubjectStart(o, o.indexOf('attacked') + 8, o.length, om), o.length);
  // a verb of response keeps its subject as the first event's side ("… and the soldiers retreated")
  const r = 'Rebels attacked the base and Turkish troops retreated.';
  const rm = [{ start: r.indexOf('Turkish'), end: r.indexOf('Turkish') + 'Turkish'.length }];
  assert.equal(coordinatedSubjectStart(r, r.indexOf('attacked') + 8, r.length, rm), r.length);
  // "between X and Y" names both sides of one fight
  const b = 'Fighting between rebels and Turkish troops took place near the airport.';
  const bm = [{ start: b.indexOf('Turkish'), end: b.indexOf('Turkish') + 'Turkish'.length }];
  assert.equal(coordinatedSubjectStart(b, b.indexOf('Fighting') + 8, b.length, bm), b.length);
});

test('a coordinated clause with a named subject and a finite verb is no part of the takeover', () => {
  const text = 'The war against the rebels did not end with the capture of Kidal on Monday and France will keep its troops in Mali as long as needed.';
  const r = takeovers(text)[0];
  assert.ok(r, 'the takeover is coded');
  assert.doesNotMatch(r.actor2 ?? '', /France/);
  // "between X and Y were …" is one clause naming both sides
  const s = 'Fighting between the rebels and the Malian Army was reported near Kidal.';
  assert.equal(coordinatedSubjectStart(s, s.indexOf('Fighting') + 8, s.length, []), s.length);
  const c = 'Rebels captured Kidal on Monday and France will keep its troops in Mali.';
  assert.equal(coordinatedSubjectStart(c, c.indexOf('captured') + 8, c.length, []), c.indexOf(' and France'));
});
