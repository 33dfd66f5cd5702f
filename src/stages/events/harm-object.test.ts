// actors18: the object of a verb of harm named before the event's weapon word ("killed two U.S. soldiers with a
// roadside bomb") was taken for the clause's subject: the soldiers became the bombers and the country's civilians their
// target. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { harmObject } from './harm-object.ts';
import { mainEvent, storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-10-13');
const main = (text: string): EventRecord => mainEvent(ex, art(text));

test('the lexicon reads a verb of harm and the words that count its object', () => {
  const t = 'Gunmen killed at least 12 Afghan soldiers';
  assert.ok(harmObject(t, 0, t.indexOf('Afghan')));
  assert.ok(!harmObject('Gunmen killed in the raid were Afghan soldiers', 0, 'Gunmen killed in the raid were '.length));
});

test('the one a verb of harm names before the weapon word is the target, not the bomber', () => {
  const a = main('Militants killed two U.S. soldiers with a roadside bomb in Helmand province on Thursday.');
  assert.doesNotMatch(a.actor1 ?? '', /United States/);
  assert.match(a.actor2 ?? '', /Military Forces of the United States/);
  const b = main('Taliban militants killed three Afghan soldiers with a roadside bomb in Helmand province on Thursday.');
  assert.equal(b.actor1, 'Taliban');
  assert.match(b.actor2 ?? '', /Military Forces of Afghanistan/);
});
