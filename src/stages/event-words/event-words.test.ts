import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../model/article.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { DEFAULT_ORDER } from '../../pipeline/registry.ts';

const article = (id: string, text: string): Article => ({ id, text, title: null, published: '2017-05-10', publisher: null, url: null, dateline: null, origin: { file: `${id}.txt` } });

const withGate = createExtractor();
const withoutGate = createExtractor({ stages: DEFAULT_ORDER.filter((s) => s !== 'event-words') });

const QUIET = [
  'BERLIN (Reuters) - The German finance ministry said on Tuesday that tax revenue in Bavaria rose in April.',
  'Revenue from value added tax grew by 4 percent compared with a year earlier, the ministry said in its monthly report.',
  'Economists in Frankfurt had expected a smaller rise.',
  'The ministry said the figures pointed to solid growth in the second quarter.',
  'Finance Minister Wolfgang Schaeuble is due to present a budget plan in Berlin in June.',
  'Opposition parties in Hamburg and Munich want more spending on schools.',
].join(' ');

const ATTACK = [
  'KABUL (Reuters) - A suicide bomber killed 12 people at a checkpoint in Kandahar on Tuesday, officials said.',
  'The Taliban claimed responsibility for the attack in a statement.',
  'Police said the bomber drove a car packed with explosives into the checkpoint.',
  'Provincial officials in Kandahar said the wounded were taken to hospital.',
  'The interior ministry in Kabul condemned the bombing.',
  'Afghan forces have stepped up operations in the south this spring.',
].join(' ');

test('a whole article with no event word ends its run after event-words, and the trace says why', () => {
  const { doc, records } = withGate.extract(article('quiet', QUIET));
  assert.deepEqual(doc.trace.map((t) => t.stage), [...DEFAULT_ORDER]);
  const skipped = doc.trace.filter((t) => t.skipped);
  assert.deepEqual(skipped.map((t) => t.stage), DEFAULT_ORDER.slice(DEFAULT_ORDER.indexOf('event-words') + 1));
  assert.match(skipped[0].skipped!, /no event word/);
  assert.deepEqual(doc.eventWords, []);
  assert.equal(doc.mentions.length, 0, 'places, dates and actors were not worked out');
  assert.equal(records.length, 0);
  // … and the same article through every stage codes nothing either
  assert.equal(withoutGate.extract(article('quiet', QUIET)).records.length, 0);
});

test('an article with event words runs every stage and codes what it would without the gate', () => {
  const a = article('attack', ATTACK);
  const { doc, records } = withGate.extract(a);
  assert.ok(doc.eventWords!.includes(0), 'the lead sentence holds "suicide bomber" and "killed"');
  assert.ok(!doc.eventWords!.includes(3), 'a sentence about hospital care names no event');
  assert.equal(doc.trace.filter((t) => t.skipped).length, 0);
  assert.ok(records.length >= 1);
  assert.deepEqual(records, withoutGate.extract(a).records);
});

test('a brief with no event word runs every stage: the sub-event model may code its event', () => {
  const { doc } = withGate.extract(article('brief', 'On 3 May 2017, residents of Kandahar city gathered near the governor\'s office over unpaid salaries.'));
  assert.deepEqual(doc.eventWords, [], 'the brief holds no event word');
  assert.equal(doc.trace.filter((t) => t.skipped).length, 0);
  assert.ok(doc.mentions.length > 0);
});
