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
  assert.deepEqual(types('GENEVA (Sitrep Wire) - A member of the working group on enforced disappearances met the minister in Colombo on Friday.'), []);
});
