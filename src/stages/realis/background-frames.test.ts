import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';
import { backgroundFrame, loadBackgroundFrames } from './background-frames.ts';

// Stories we wrote ourselves (nonev18): a lead about something else, then the sentence under test in the body (the
// realis stage reads whole articles only, and leaves the lead alone).
const LEAD = 'ROMA (Sitrep Wire) - The finance minister presented the new budget to parliament on Tuesday, officials said.';
const BODY = ['The region lies south of the capital.', 'Residents said shops had reopened.', 'The spokesman gave no further details.', 'Fuel prices rose on the news.'];
const art = (sentence: string, lead = LEAD): Article => ({
  id: 'frames',
  text: [lead, BODY[0], BODY[1], sentence, BODY[2], BODY[3]].join(' '),
  published: '2017-10-16',
  title: null,
  publisher: null,
  url: null,
  dateline: null,
  origin: { file: 'invented' },
});
const full = createExtractor();
const rules = createExtractor({ stages: RULES_ORDER });
const current = (sentence: string, lead?: string) => full.extract(art(sentence, lead)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

test('a present-perfect tally in a definite campaign noun is no event of the day', () => {
  assert.deepEqual(current('The ministry says about 300 people have been killed in the fighting.'), []);
  assert.deepEqual(current('Dozens of people have been arrested and two have died in the protests.'), []);
});

test('a ruler’s fall told after a participle is the ruler’s history', () => {
  assert.deepEqual(current('The country is known for upheaval after two former presidents were toppled by violent riots.'), []);
});

test('a perception told in the past perfect, with no day of its own, is what witnesses lived through before', () => {
  assert.deepEqual(current('At night, he said, farmers had heard distant gunfire.'), []);
});

test('a past perfect in a relative clause set off by a comma describes who did what before, not news', () => {
  assert.deepEqual(current('The group, which had claimed the bombing of a church in Cairo, issued a new statement.'), []);
  // a restrictive clause is left alone: it may name the news' own actor
  assert.deepEqual(current('The man who had attacked the police station was shot dead by police in Kano on Monday.'), ['Attack']);
});

test('the course not taken, right after "rather than", is no event, once the sentence’s real event is dropped', () => {
  // the shooting is the definite cause of her choice (background); the protests she did not lead must not surface
  assert.deepEqual(current('She said the school shooting, in which five people were killed, shaped her choice to act as an observer rather than leading protests.'), []);
  // a frame that does not end at the trigger leaves it alone: the tear gas was fired
  assert.ok(current('Police fired tear gas rather than live rounds at protesters in Lagos on Monday.').length > 0);
});

test('a group’s record counted by a quantifier, or damage laid on a bare means of war, is a campaign’s aggregate', () => {
  assert.deepEqual(current('Rebel fighters have carried out a string of deadly ambushes on army convoys in the hills.'), []);
  assert.deepEqual(current('Whole streets of the old town were flattened by shelling and air strikes, residents said.'), []);
  // one strike, with its article, or the same damage dated, is the news
  assert.deepEqual(current('The market in Saada was destroyed by an air strike on Sunday, residents said.'), ['Air/drone strike']);
  assert.deepEqual(current('Whole streets of the old town were flattened by air strikes on Sunday, residents said.'), ['Air/drone strike']);
});

test('the same words with a day of their own, or an indefinite fight, stay the news', () => {
  assert.deepEqual(current('About 300 people have been killed in the fighting on Sunday.'), ['Armed clash']);
  assert.deepEqual(current('Farmers had heard gunfire in the town of Kaya on Friday.'), ['Armed clash']);
  assert.deepEqual(current('More than 30 people have been wounded in clashes in Benghazi.'), ['Armed clash']);
});

test('the rule reads the trigger’s clause, outside the story’s first sentence', () => {
  const { doc } = rules.extract(art('The ministry says about 300 people have been killed in the fighting.'));
  const fight = doc.events.find((e) => !e.historical);
  assert.ok(fight, 'the rules code the fight before the realis stage');
  assert.equal(backgroundFrame(doc, fight), true);
  // the same sentence as the story's lead is its news
  const lead = rules.extract(art('Fuel prices rose on the news.', 'About 300 people have been killed in the fighting, the ministry says.')).doc;
  const first = lead.events.find((e) => !e.historical);
  assert.ok(first);
  assert.equal(backgroundFrame(lead, first), false);
});

test('the frames are read from the lexicon, each ending right before the trigger', () => {
  const re = loadBackgroundFrames();
  assert.ok(re.test('dozens have been arrested in the '));
  assert.ok(re.test('dozens have been arrested in the recent '), 'up to two modifiers may stand before the campaign noun');
  assert.ok(!re.test('dozens have been arrested in the protests near the square and '), 'a frame must end at the trigger');
  const dir = mkdtempSync(join(tmpdir(), 'frames-'));
  try {
    writeFileSync(join(dir, 'background-frames.jsonl'), JSON.stringify({ id: 'x', kind: 'perceived', pattern: 'had heard ', why: 'test' }) + '\n');
    assert.ok(loadBackgroundFrames(dir).test('they had heard '));
    assert.ok(!loadBackgroundFrames(dir).test('have been killed in the '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
