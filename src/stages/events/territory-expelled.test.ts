import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseSubType, scoreHits } from './classify.ts';
import { findCues, findTriggers, loadTriggerLexicon } from './triggers.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';

// case17: ground taken by driving an armed side out ("drove the militants out of", "freed villages from"), a wording of
// CASE 2021's territorial snippets the trigger lexicon missed (territory-driven-out); invented sentences
const lex = loadTriggerLexicon();
function classifyText(s: string): string | null {
  const hits = findTriggers(lex, s, 0, s.length);
  return chooseSubType(scoreHits(hits), findCues(lex, s, 0, s.length))?.sub ?? null;
}
const TERRITORY = ['Non-state actor overtakes territory', 'Government regains territory'];

test('territory (case17): an armed side driven out of a place, places freed from or cleared of one', () => {
  for (const s of [
    'Soldiers drove the militants out of two villages in the north on Sunday.',
    'Troops pushed rebels back from the outskirts of the city on Friday.',
    'Government forces drove al-Shabaab out of the town of Bula.',
    'The army expelled jihadist fighters from their last stronghold in the valley.',
    'Security forces freed several villages from the militants on Wednesday.',
    'The army cleared three villages of jihadist fighters near the border on Sunday.',
  ]) assert.ok(TERRITORY.includes(classifyText(s) ?? ''), s);
});

test('territory (case17): a car driven out of a town, families forced out, villages cleared of mines are no territorial change', () => {
  for (const s of [
    'He drove his car out of the city on Friday.',
    'They drove the truck out of the town before dawn.',
    'Floods forced thousands of families out of their villages.',
    'Deminers cleared three villages of mines last year.',
    'The court freed two activists from prison.',
  ]) assert.ok(!TERRITORY.includes(classifyText(s) ?? ''), s);
});

test('territory (case17): state forces that drive militants out regain territory; rebels that drive troops out overtake it', () => {
  const rules = createExtractor({ stages: RULES_ORDER });
  const sub = (text: string) => rules.extract({ id: 't', text, title: null, published: '2020-01-01', publisher: null, url: null, dateline: null, origin: { file: 'test' } }).doc.events[0]?.subEventType;
  assert.equal(sub('Soldiers drove the militants out of two villages in the north on Sunday.'), 'Government regains territory');
  assert.equal(sub('Iraqi security forces on Wednesday freed several villages from Islamic State militants.'), 'Government regains territory');
  assert.equal(sub('Rebels drove government troops out of the town of Kalo on Friday.'), 'Non-state actor overtakes territory');
});
