import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { relativeClauseSubject } from './object-relative.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// A relative clause with its own subject ("… which Saudi forces intercepted") has that subject as its verb's agent,
// not the main clause's first actor. Sentences written for these tests.
const ex = createExtractor();
const art = storyOn('2017-12-20');
const events = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

test('the subject after "which" intercepted the missile; the firer named before is actor2', () => {
  const text = 'The Saudi-led coalition announced new aid flights. On Wednesday the coalition confirmed it would keep the airport open despite a missile attack on Jazan on Tuesday by the Houthis which Saudi air defences also intercepted.';
  const r = events(text).find((e) => e.sub_event_type === 'Disrupted weapons use');
  assert.ok(r, 'the interception is coded');
  assert.match(r.actor1 ?? '', /Saudi Arabia/);
  assert.match(r.actor2 ?? '', /Houthi/);
});

test('the relative clause subject is found only right before the verb', () => {
  const s = 'the convoy that the militants later ambushed near the border';
  const m = { start: s.indexOf('militants'), end: s.indexOf('militants') + 9 };
  assert.equal(relativeClauseSubject(s, 0, s.indexOf('ambushed'), [m]), m);
  // a subject relative ("militants who ambushed") has no subject of its own between the pronoun and the verb
  const t = 'the militants who ambushed the convoy';
  const n = { start: t.indexOf('militants'), end: t.indexOf('militants') + 9 };
  assert.equal(relativeClauseSubject(t, 0, t.indexOf('ambushed'), [n]), null);
  // no relative pronoun before the actor: the ordinary clause subject is left to word order
  const u = 'Rebels said the militants ambushed the convoy';
  const o = { start: u.indexOf('militants'), end: u.indexOf('militants') + 9 };
  assert.equal(relativeClauseSubject(u, 0, u.indexOf('ambushed'), [o]), null);
});
