import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesFor } from '../../../test/helpers/event-places.ts';
import { otherAttackTarget } from './other-target.ts';
import type { Document, Mention } from '../../model/document.ts';

// Issue 10, class 6: a place the story names only as another attack's target is no place for the event it tells now.
// Sentences are our own.
const places = placesFor('2017-11-17');

function mention(text: string, word: string, trigger: string): [Document, Mention, { start: number; end: number }] {
  const start = text.indexOf(word);
  const t = text.indexOf(trigger);
  return [{ text } as Document, { kind: 'PLACE', start, end: start + word.length, text: word, sentence: 0 } as unknown as Mention, { start: t, end: t + trigger.length }];
}

test('"an earlier attack on a church in Cairo", "last month\'s bombing in Kabul": another attack\'s place', () => {
  assert.equal(otherAttackTarget(...mention('Gunmen killed 12 worshippers, weeks after an earlier attack on a church in Cairo.', 'Cairo', 'killed')), true);
  assert.equal(otherAttackTarget(...mention("Police are on alert after last month's bombing in Kabul.", 'Kabul', 'alert')), true);
  assert.equal(otherAttackTarget(...mention('It recalled the 2016 truck attack in Nice.', 'Nice', 'recalled')), true);
});

test('the event\'s own attack, or an attack with no mark of another, keeps its place', () => {
  assert.equal(otherAttackTarget(...mention('A separate bombing in Kandahar killed three people.', 'Kandahar', 'bombing')), false);
  assert.equal(otherAttackTarget(...mention('Islamic State claimed the attack on a mosque in Kabul.', 'Kabul', 'claimed')), false);
  assert.equal(otherAttackTarget(...mention('The port stays open despite another missile attack at Riyadh on Tuesday, which was intercepted.', 'Riyadh', 'intercepted')), false);
});

test('an event whose sentence names no place does not borrow the town of another attack the story recalls', () => {
  const text =
    'CAIRO (Reuters) - Churches across Egypt were under guard on Saturday after an earlier attack on a church in Alexandria. ' +
    'Gunmen shot dead seven Christians on a bus on Friday, officials said.';
  const got = places(text, 'CAIRO');
  assert.ok(got.length > 0 && got.every((p) => !p.endsWith('@Alexandria')), JSON.stringify(got));
});
