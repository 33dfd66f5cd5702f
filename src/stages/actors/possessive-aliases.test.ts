// actors18: the segmenter makes a possessive its own token ("People's" → People, 's), but aliases were keyed with the
// apostrophe dropped ("peoples"), so no alias holding a possessive ever matched: "the Kurdish People's Protection Units"
// read as Kurdish civilians, "the New People's Army" and "Assad's forces" as no one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';
import { phraseKeys } from './words.ts';

const names = (text: string) => actorMentions(text).map((m) => `${m.text} -> ${m.actor?.id ?? null}`);

test('an alias with a possessive is split as the text is', () => {
  assert.deepEqual(phraseKeys("People's Protection Units").keys, ['people', 's', 'protection', 'units']);
  assert.deepEqual(phraseKeys('Lebanon’s Hezbollah').keys, ['lebanon', 's', 'hezbollah']);
  // only a possessive: other apostrophes stay inside their word, as the segmenter keeps them
  assert.deepEqual(phraseKeys("Shi'ite militias").keys, ['shiite', 'militias']);
});

test('a name with a possessive matches its text, straight or curly', () => {
  const a = names("The Kurdish People's Protection Units shelled a village near Afrin.");
  assert.ok(a.includes("Kurdish People's Protection Units -> ypg"), a.join(' | '));
  const b = names('Fighters of the New People’s Army ambushed an army patrol in Samar.');
  assert.ok(b.some((x) => /New People’s Army -> /.test(x) && !x.endsWith('null')), b.join(' | '));
});

test('… and without its apostrophe, as stripped copy prints it', () => {
  const a = names('Assads forces shelled the suburb of Jobar on Monday.');
  assert.ok(a.some((x) => x.startsWith('Assads forces -> ') && !x.endsWith('null')), a.join(' | '));
  const b = names('Assad s forces shelled the suburb of Jobar on Monday.');
  assert.ok(b.some((x) => x.startsWith('Assad s forces -> ') && !x.endsWith('null')), b.join(' | '));
});
