import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2016-06-20');
const subs = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

// Two sentences of election coverage around the rally sentence make the story one of an election campaign.
const ELECTION = ' The Republican candidate won the primary in Nevada. Voters will choose the nominee in July.';

test('campaign rally: a rally named after a person in election coverage is no protest', () => {
  assert.ok(!subs(`A man tried to grab a police officer's gun at a Trump rally in Las Vegas on Saturday.${ELECTION}`).includes('Peaceful protest'));
  assert.ok(!subs(`Supporters cheered at a Bernie Sanders rally in Reno on Saturday.${ELECTION}`).includes('Peaceful protest'));
});

test('campaign rally: an opposition rally in election coverage, and a named rally outside it, stay protests', () => {
  assert.ok(subs(`Thousands of opposition supporters held a rally in Nairobi on Saturday to demand an audit of the vote.${ELECTION}`).some((s) => s === 'Peaceful protest' || s === 'Protest with intervention'));
  assert.ok(subs("Thousands joined a Hezbollah rally in Beirut on Saturday against Israel's strikes.").includes('Peaceful protest'));
});
