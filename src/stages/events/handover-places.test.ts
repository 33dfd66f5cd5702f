import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document, Mention } from '../../model/document.ts';
import { handoverPlace } from './handover-places.ts';
import { placesFor } from '../../../test/helpers/event-places.ts';

// Issue 10: where hostages were handed over or released, and where a decision was taken, is not where the event
// happened. Sentences are our own.
function mention(text: string, word: string): [Document, Mention] {
  const start = text.indexOf(word);
  return [{ text } as Document, { kind: 'PLACE', start, end: start + word.length, text: word, sentence: 0 } as unknown as Mention];
}

test('hand-over, release and decision sites are marked; a rescue or an attack site is not', () => {
  assert.equal(handoverPlace(...mention('The kidnappers handed the two engineers over to Red Cross officials in Tunis.', 'Tunis')), true);
  assert.equal(handoverPlace(...mention('The gunmen freed the nurses, handing them over in Niamey on Friday.', 'Niamey')), true);
  assert.equal(handoverPlace(...mention('The two nuns were later released in Doha, officials said.', 'Doha')), true);
  assert.equal(handoverPlace(...mention('The decision to launch the raid was taken in Moscow, he said.', 'Moscow')), true);
  assert.equal(handoverPlace(...mention('Troops freed 20 hostages in Mosul on Friday.', 'Mosul')), false);
  assert.equal(handoverPlace(...mention('Gunmen kidnapped two engineers in Tunis on Friday.', 'Tunis')), false);
});

test('an abduction whose hostages were handed over in another country keeps the place they were seized in', () => {
  const places = placesFor('2017-11-17');
  const got = places('CAIRO (Reuters) - Militants freed two engineers they had kidnapped in Libya, handing them over to officials in Tunis on Tuesday.', 'CAIRO');
  assert.ok(got.length && got.every((e) => !e.endsWith('@Tunis')), JSON.stringify(got));
});
