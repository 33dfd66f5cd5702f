import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { inOtherEventPhrase, loadOtherEventOpeners } from './other-event-phrase.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// A place inside a phrase that tells another event ("despite …", "which followed …") is that event's: the rules alone.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-12-12');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

test('other-event openers: the lexicon loads, each phrase once, lower case', () => {
  const rows = loadOtherEventOpeners();
  assert.ok(rows.some((r) => r.phrase === 'despite'));
  const phrases = rows.map((r) => r.phrase);
  assert.equal(new Set(phrases).size, phrases.length);
  assert.ok(phrases.every((p) => p === p.toLowerCase() && p.trim() === p));
});

test('other-event phrase: the target of an attack told after "despite" is not the scene of the raids the main clause tells', () => {
  const got = current('ADEN (Reuters) - The Saudi-led coalition fighting in Yemen said on Wednesday it would keep the port open despite a new rocket attack against Jeddah, but it kept up air raids that killed at least nine people.');
  const raids = got.filter((r) => r.sub_event_type === 'Air/drone strike');
  assert.ok(raids.length > 0 && raids.every((r) => r.country === 'Yemen'), JSON.stringify(got.map((r) => [r.sub_event_type, r.location])));
});

test('other-event phrase: a "despite" phrase before the main clause lends it no place', () => {
  const got = current('CAIRO (Reuters) - Despite a bombing in Alexandria on Monday, thousands of protesters marched on Tuesday.');
  const marches = got.filter((r) => r.event_type === 'Protests');
  assert.ok(marches.length > 0 && marches.every((r) => r.location === 'Cairo'), JSON.stringify(got.map((r) => [r.sub_event_type, r.location])));
});

test('other-event phrase: talks a relative clause says the bombing followed are not where the bomb went off', () => {
  const got = current('BANGKOK (Reuters) - A soldier was killed on Thursday by a roadside bomb which followed a new round of talks in Malaysia between the army and insurgents.');
  assert.ok(got.length > 0 && got.every((r) => r.country === 'Thailand'), JSON.stringify(got.map((r) => [r.sub_event_type, r.location])));
});

test('other-event phrase: the event\'s own clause keeps its place when "despite" follows it', () => {
  const got = current('CAIRO (Reuters) - Thousands of protesters marched in Alexandria on Tuesday despite a ban.');
  assert.ok(got.length > 0 && got.every((r) => r.location === 'Alexandria'), JSON.stringify(got.map((r) => [r.sub_event_type, r.location])));
});

test('other-event phrase: the meeting a clash came "on the heels of" holds its own place; the clash borrows it not', () => {
  const { doc } = ex.extract(art('ISLAMABAD (Reuters) - The clash came on the heels of the two rivals trading accusations at the United Nations in Geneva.'));
  const geneva = doc.mentions.find((m) => m.kind === 'PLACE' && doc.text.slice(m.start, m.end) === 'Geneva');
  assert.ok(geneva, 'Geneva is a place mention');
  const at = doc.text.indexOf('clash');
  assert.equal(inOtherEventPhrase(doc, geneva, { start: at, end: at + 5 }), true);
  // the accusations themselves, told inside the phrase, keep it
  const told = doc.text.indexOf('accusations');
  assert.equal(inOtherEventPhrase(doc, geneva, { start: told, end: told + 11 }), false);
});
