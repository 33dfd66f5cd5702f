import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';
import { genericKind, loadGenericPredicates } from './generic-kind.ts';

// Stories we wrote ourselves (nonev18): a statement about a kind of event in the body of a whole article.
const LEAD = 'ROMA (Sitrep Wire) - The finance minister presented the new budget to parliament on Tuesday, officials said.';
const BODY = ['The region lies south of the capital.', 'Residents said shops had reopened.', 'The spokesman gave no further details.', 'Fuel prices rose on the news.'];
const art = (sentence: string): Article => ({ id: 'kind', text: [LEAD, BODY[0], BODY[1], sentence, BODY[2], BODY[3]].join(' '), published: '2017-10-16', title: null, publisher: null, url: null, dateline: null, origin: { file: 'invented' } });
const full = createExtractor();
const rules = createExtractor({ stages: RULES_ORDER });
const current = (sentence: string) => full.extract(art(sentence)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);
const GENERIC = 'Bomb attacks in the mostly Shiite south, where security forces hold a tighter grip, have so far been relatively rare.';

test('a bare plural event noun whose predicate tells how often such events happen is no event', () => {
  assert.deepEqual(current(GENERIC), []);
  const { doc } = rules.extract(art(GENERIC));
  const blast = doc.events.find((e) => !e.historical);
  assert.ok(blast, 'the rules code the bombing before the realis stage');
  assert.equal(genericKind(doc, blast), true);
});

test('a bare plural that is the subject of a told event, or a specific one, is not a kind', () => {
  assert.deepEqual(current('Bomb attacks in the south killed 12 people in Basra on Monday.'), ['Remote explosive/landmine/IED']);
  const { doc } = rules.extract(art('Two bomb attacks in the south killed 12 people in Basra on Monday.'));
  assert.ok(doc.events.length > 0 && doc.events.every((e) => !genericKind(doc, e)));
});

test('the predicates are read from the lexicon', () => {
  assert.ok(loadGenericPredicates().test('have so far been relatively rare'));
  assert.ok(loadGenericPredicates().test('have become common in the province'));
  assert.ok(!loadGenericPredicates().test('killed 12 people'));
  const dir = mkdtempSync(join(tmpdir(), 'generic-'));
  try {
    writeFileSync(join(dir, 'generic-predicates.jsonl'), JSON.stringify({ id: 'x', pattern: 'are seldom seen', why: 'test' }) + '\n');
    assert.ok(loadGenericPredicates(dir).test('are seldom seen here'));
    assert.ok(!loadGenericPredicates(dir).test('are rare'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
