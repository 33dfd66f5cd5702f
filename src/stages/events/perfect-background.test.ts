import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { perfectInBody } from './perfect-background.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// The rules alone: these rows test how the events stage flags background, not the learned model.
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-11-20');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);
const lead = 'Ministers met in Ankara on Monday to discuss trade. The talks covered tariffs and visas. Officials gave no details. ';

test('perfect background: a passive present perfect deep in the body, undated, is background, not news', () => {
  const text = `${lead}Two of the opposition leaders have been arrested by police in Izmir, their lawyers said.`;
  const all = ex.extract(art(text)).records;
  assert.ok(all.some((r) => r.sub_event_type === 'Arrests'), 'the arrests are still coded, as background');
  assert.deepEqual(current(text).filter((r) => r.sub_event_type === 'Arrests'), []);
});

test('perfect background: the same words in the lead, or with a date of their own, are news', () => {
  assert.equal(current('Two of the opposition leaders have been arrested by police in Izmir, their lawyers said.').filter((r) => r.sub_event_type === 'Arrests').length, 1);
  const dated = `${lead}Two of the opposition leaders have been arrested by police in Izmir on Saturday, their lawyers said.`;
  assert.equal(current(dated).filter((r) => r.sub_event_type === 'Arrests').length, 1);
});

test('perfect background: only "has been"/"have been" before the trigger; the active perfect and the pluperfect are left alone', () => {
  const text = `${lead}Troops have also captured the town.`;
  const at = (w: string, t = text) => ({ start: t.indexOf(w) });
  assert.equal(perfectInBody(text, 0, 4, at('captured'), false), false);
  const passive = `${lead}Hundreds have been detained.`;
  assert.equal(perfectInBody(passive, 0, 4, at('detained', passive), false), true);
  assert.equal(perfectInBody(passive, 0, 4, at('detained', passive), true), false, 'its own date makes it news');
  assert.equal(perfectInBody(passive, 0, 1, at('detained', passive), false), false, 'in the lead it is news');
  const past = `${lead}He said they had been detained.`;
  assert.equal(perfectInBody(past, 0, 4, at('detained', past), false), false);
});
