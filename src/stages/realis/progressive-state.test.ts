import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';
import { standingCampaign } from './progressive-state.ts';

// Stories we wrote ourselves (nonev17): a fight told in the present progressive, with and without a town or a day in
// its clause, each as the lead of a whole article (the realis stage reads whole articles only).
const BODY = ['The region lies south of the capital.', 'Residents said shops had reopened.', 'The spokesman gave no further details.', 'Fuel prices rose on the news.', 'Talks between the parties are due next week.'];
const art = (lead: string): Article => ({ id: 'prog', text: [lead, ...BODY].join(' '), published: '2017-10-16', title: null, publisher: null, url: null, dateline: null, origin: { file: 'invented' } });
const full = createExtractor();
const rules = createExtractor({ stages: RULES_ORDER });
const current = (lead: string) => full.extract(art(lead)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

test('a present progressive fight with no town or day in its clause is a standing campaign, not a clash', () => {
  // a government's justification, and a group's own account of its cause
  assert.deepEqual(current('NAYPYITAW (Sitrep Wire) - The government says its troops are fighting extremist insurgents behind the unrest in the west.'), []);
  assert.deepEqual(current('The rebels say they are still battling to defend their homes against a foreign army, a rebel spokesman told reporters.'), []);
});

test('a present progressive fight placed in a town stays the day’s clash, as the news gold codes it', () => {
  assert.deepEqual(current('The Syrian army is fighting Islamic State in the town of Mayadin, a monitor said on Monday.'), ['Armed clash']);
});

test('the rule reads the trigger’s own clause: a progressive ending at the trigger, a town after it', () => {
  const { doc } = rules.extract(art('The government says its troops are fighting extremist insurgents behind the unrest in the west.'));
  const fight = doc.events.find((e) => !e.historical);
  assert.ok(fight, 'the rules code the fight before the realis stage');
  assert.equal(standingCampaign(doc, fight), true);
  const placed = rules.extract(art('The Syrian army is fighting Islamic State in the town of Mayadin, a monitor said on Monday.')).doc;
  assert.equal(standingCampaign(placed, placed.events.find((e) => !e.historical)!), false);
  // a past progressive is the day's fighting told as background to something else: not this rule's
  const past = rules.extract(art('Government troops were fighting rebels near the border when the convoy arrived on Monday.')).doc;
  assert.ok(past.events.every((e) => !standingCampaign(past, e)));
});
