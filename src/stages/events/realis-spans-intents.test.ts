import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { loadRealisLexicon } from './realis.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// Branch nonev17, from unseen general news: an activity told by the time spent on it or by its rhythm, an intention
// reported after a crowd noun, an infinitive of instigation, and a denied existence. Each is a realis cue
// (lexicons/realis-cues.jsonl); the sentences are invented. The rules alone, so the cues are what is tested.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-10-16');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

test('a protest told by the time spent on it or by its span is a campaign in summary, not a dated protest', () => {
  assert.deepEqual(current('Farmers have spent months protesting against the new dam, saying it will flood their fields.'), []);
  assert.deepEqual(current('Villagers have been protesting outside the copper mine for three weeks, a local official said on Monday.'), []);
  assert.deepEqual(current('Sit-ins have been held every weekend since the election in the town of Kisumu.'), []);
  // the day's protest, told by its verb and its day, stays
  assert.deepEqual(current('Hundreds of villagers protested outside the copper mine on Monday, a local official said.'), ['Peaceful protest']);
});

test('a crowd noun followed by a verb of intent names a plan, not a protest', () => {
  assert.deepEqual(current('Demonstrators planned to gather again on Saturday in cities across the country to protest against the vote.'), []);
  assert.deepEqual(current('Protesters are due to march on the parliament in Accra on Friday, organisers said.'), []);
  // a relative clause of intent does not stop the crowd's own act ("who planned to march … were stopped")
  assert.equal(current('Protesters who planned to march to the palace were stopped by police in Accra on Sunday.').length, 1);
});

test('an infinitive of instigation names the aim of a plot, not violence that happened', () => {
  assert.deepEqual(current('The security service said the lawmaker had conspired with criminal gangs to orchestrate rioting after the vote.'), []);
  assert.deepEqual(current('Prosecutors say the businessman paid youths to incite riots in the capital.'), []);
});

test('a denied existence ("nothing that corresponded to an explosion") is a negation however far its words reach', () => {
  assert.deepEqual(current('Firefighters put out a car fire near the embassy, but there was nothing that corresponded to an explosion, police said on Monday.'), []);
  assert.deepEqual(current('Police said on Monday they had found no sign of an attack at the depot.'), []);
  // a group that disowns a part in an attack does not deny the attack
  const lex = loadRealisLexicon();
  assert.equal(lex.negationBefore.test('the group said it had nothing to do with the '), false);
});

test('under a modal\'s "be" (there will be …) a definite event noun is foretold, not presupposed', () => {
  assert.deepEqual(current('The minister said there would be arrests and the looting of shops in Beira would be punished.'), []);
  assert.deepEqual(current('The president said there will be casualties and the material damage on both islands will be considerable.'), []);
  // a definite event as the object of a modal's other verb happened all the same
  assert.deepEqual(current('The governor said police would investigate Sunday\'s bombing of the market in Kano.'), ['Remote explosive/landmine/IED']);
});

test('people named by an act they meant to do, and a protest word modifying a noun, are no protest', () => {
  assert.ok(!current('Organisers in Leeds said on Tuesday that heavy rain had kept away many would-be marchers and protesters.').includes('Peaceful protest'));
  assert.deepEqual(current('The heavy police presence in Leeds discouraged others on Tuesday, protest leaders said.'), []);
  // the protest its own words tell stays, though its leaders are named too
  assert.deepEqual(current('Thousands of protesters marched in Leeds on Tuesday, protest leaders said.'), ['Peaceful protest']);
});
