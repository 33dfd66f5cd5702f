import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// Branch realis23, from the 17th round's precision review of unseen general news: weapons talk, forecasts, options and a
// body's remit read as events. The sentences are invented; the rules alone, so the cues are what is tested.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-10-12');
const types = (text: string): string[] => ex.extract(art(text)).records.filter((r: EventRecord) => !r.historical).map((r) => r.sub_event_type);

test('a weapon named by its modifier ("ballistic") followed by a talk head is weapons talk', () => {
  assert.deepEqual(types('SEOUL (Sitrep Wire) - The finance ministry said on Friday it was targeting the bankers of the country s ballistic missile programs.'), []);
  assert.deepEqual(types('RIYADH (Sitrep Wire) - Rebels fired a ballistic missile at Riyadh on Friday, the coalition said.'), ['Shelling/artillery/missile attack']);
});

test('an event noun whose predicate weighs its likelihood is forecast, not told', () => {
  assert.deepEqual(types('PYONGYANG (Sitrep Wire) - The state news agency said on Friday that hitting the island with its artillery was inevitable.'), []);
});

test('a modality adjective on an event noun names an option, past the commas of the list of options', () => {
  assert.deepEqual(types('WASHINGTON (Sitrep Wire) - Choices range from new tariffs, to talks with Beijing, and even pre-emptive air strikes on the launch sites, officials said on Friday.'), []);
  assert.deepEqual(types('SANAA (Sitrep Wire) - Coalition air strikes hit a market in Saada on Friday, killing five people, medics said.'), ['Air/drone strike']);
});

test("a body's remit names a kind of event", () => {
  assert.deepEqual(types('COLOMBO (Sitrep Wire) - A member of the U.N. working group on arbitrary detention told reporters in Colombo on Friday.'), []);
});

test('a bare event noun under a word of trend is a rise in a kind of event, unless its clause gives a toll or a day', () => {
  assert.deepEqual(types('SITTWE (Sitrep Wire) - Refugees arriving on Friday told of increasing mob attacks on Muslim villagers in Rakhine.'), []);
  assert.deepEqual(types('YANGON (Sitrep Wire) - Escalating clashes between rebels and troops killed 12 people in Shan State on Friday, the army said.'), ['Armed clash']);
});

test("a rights word for a practice names a kind of abuse, not an event", () => {
  assert.deepEqual(types('CAIRO (Sitrep Wire) - The group said on Friday that the ministry relied on arbitrary arrests and enforced disappearances.'), []);
});

test("a modal governs every verb phrase of the comma list it opens", () => {
  assert.deepEqual(types('HARARE (Sitrep Wire) - The judge said on Friday the banker could flee, bribe witnesses or be the target of a mob attack.'), []);
});
