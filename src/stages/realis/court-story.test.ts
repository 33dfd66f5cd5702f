import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import { loadCourtStories } from './court-story.ts';

// Stories we wrote ourselves: a trial told in the lead, the crime it judges told undated in the body.
const BODY = ['The region lies south of the capital.', 'Residents said shops had reopened.', 'The spokesman gave no further details.', 'Fuel prices rose on the news.'];
const art = (title: string, lead: string, sentence: string): Article => ({ id: 'court', text: [lead, BODY[0], sentence, BODY[1], BODY[2], BODY[3]].join(' '), published: '2017-10-16', title, publisher: null, url: null, dateline: null, origin: { file: 'invented' } });
const full = createExtractor();
const current = (title: string, lead: string, sentence: string) => full.extract(art(title, lead, sentence)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

const TRIAL_LEAD = 'ARNHEM (Sitrep Wire) - A court in Arnhem on Monday convicted a former militia leader of war crimes and jailed him for 20 years.';
const BUDGET_LEAD = 'ARNHEM (Sitrep Wire) - The finance minister presented the new budget to parliament on Monday, officials said.';
const KILLING = 'Militiamen shot dead 30 villagers in the town of Dorpen and burned their homes, witnesses said.';

test('violence a trial story tells undated in its body is the case subject, not news', () => {
  assert.deepEqual(current('Former militia leader convicted of war crimes', TRIAL_LEAD, KILLING), []);
  // the headline alone marks the story as a trial's
  assert.deepEqual(current('Jury retires to consider verdict in militia trial', BUDGET_LEAD, KILLING), []);
  // so is an undated arrest of the accused
  assert.deepEqual(current('Former militia leader convicted of war crimes', TRIAL_LEAD, 'Police arrested the militia leader and two aides in the town of Dorpen.'), []);
});

test('the same sentence stays news outside a trial story, with a day of its own, or as a protest at the court', () => {
  assert.ok(current('Budget presented', BUDGET_LEAD, KILLING).length > 0);
  assert.ok(current('Former militia leader convicted of war crimes', TRIAL_LEAD, 'Militiamen shot dead 30 villagers in the town of Dorpen on Sunday, witnesses said.').length > 0);
  assert.ok(current('Former militia leader convicted of war crimes', TRIAL_LEAD, 'Hundreds of protesters rallied outside the court in Arnhem, demanding a longer jail term.').length > 0);
});

test('the court words are read from the lexicon', () => {
  assert.ok(loadCourtStories().test('women to plead not guilty in murder trial'));
  assert.ok(loadCourtStories().test('Iran sentences an official to five years in jail'));
  assert.ok(!loadCourtStories().test('rebels attacked the court building'));
  const dir = mkdtempSync(join(tmpdir(), 'court-'));
  try {
    writeFileSync(join(dir, 'court-stories.jsonl'), JSON.stringify({ id: 'x', pattern: 'hearing', why: 'test' }) + '\n');
    assert.ok(loadCourtStories(dir).test('a hearing on Monday'));
    assert.ok(!loadCourtStories(dir).test('a trial on Monday'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
