import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';
import { arrestAtProtest } from './protest-arrests.ts';

// Stories we wrote ourselves (nonev17): arrests told right after a protest, and an arrest of its own.
const BODY = ['The town lies north of the capital.', 'Residents said shops had reopened.', 'The spokesman gave no further details.', 'Fuel prices rose on the news.', 'Talks between the parties are due next week.'];
const art = (lead: string): Article => ({ id: 'arrests', text: [lead, ...BODY].join(' '), published: '2017-10-16', title: null, publisher: null, url: null, dateline: null, origin: { file: 'invented' } });
const full = createExtractor();
const rules = createExtractor({ stages: RULES_ORDER });
const PROTEST = 'Police fired tear gas to break up a march by hundreds of students in the town of Kisumu on Monday. Eight people were detained, a police spokesman said.';

test('arrests made at a protest the article tells are part of it, not a second event', () => {
  const { doc } = rules.extract(art(PROTEST));
  const arrest = doc.events.find((e) => e.subEventType === 'Arrests');
  assert.ok(arrest, 'the rules code the detentions as an arrest before the realis stage');
  assert.equal(arrestAtProtest(doc, arrest), true);
  const subs = full.extract(art(PROTEST)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);
  assert.ok(!subs.includes('Arrests'), JSON.stringify(subs));
  assert.ok(subs.some((s) => s.startsWith('Protest') || s === 'Excessive force against protesters'), JSON.stringify(subs));
});

test('an arrest with no protest beside it stays news', () => {
  const lead = 'Police arrested the opposition leader Peter Mwangi in the town of Kisumu on Monday, his lawyer said.';
  const { doc } = rules.extract(art(lead));
  const arrest = doc.events.find((e) => e.subEventType === 'Arrests');
  assert.ok(arrest);
  assert.equal(arrestAtProtest(doc, arrest), false);
  assert.deepEqual(full.extract(art(lead)).records.filter((r) => !r.historical).map((r) => r.sub_event_type), ['Arrests']);
});

test('an arrest on another day than the protest is its own event', () => {
  const lead = 'Hundreds of students marched through the town of Kisumu on Thursday to protest against the fee rise. Police detained the union leader Peter Mwangi in Nairobi on Friday.';
  const { doc } = rules.extract({ ...art(lead), published: '2017-10-21' });
  assert.ok(doc.events.some((e) => e.eventType === 'Protests'), JSON.stringify(doc.events.map((e) => e.subEventType)));
  const arrest = doc.events.find((e) => e.subEventType === 'Arrests');
  assert.ok(arrest, JSON.stringify(doc.events.map((e) => e.subEventType)));
  assert.equal(arrestAtProtest(doc, arrest), false);
});
