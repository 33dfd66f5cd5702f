import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lexiconRegExp } from './pattern.ts';
import { mayMatchAt, PatternSet } from './pattern-set.ts';
import { findCues, findTriggers, loadTriggerLexicon } from '../stages/events/triggers.ts';

const TEXTS = [
  'Gunmen shot dead two guards at a checkpoint near the river on Tuesday.',
  'The council met to discuss the budget and the new school buildings.',
  'Protesters marched through the capital, and police fired tear gas to disperse them.',
  'An air strike hit a market; residents said rockets fell on the 3rd district.',
  'Nothing happened here at all, said the mayor of the quiet little town.',
  '12 soldiers were killed when militants ambushed a convoy, the army said.',
];

test('a pattern set lets through every pattern that matches, and rules out those whose starts are absent', () => {
  const patterns = [
    lexiconRegExp('(?<![\\w-])(?:shot dead|gunned down)(?![\\w])', 'gi'),
    lexiconRegExp('(?<![\\w-])(?:tear ?gas|water cannon)(?![\\w])', 'gi'),
    lexiconRegExp('(?<![\\w-])(?:budget|tax(?:es)?)(?![\\w])', 'gi'),
    // may start with any word: never ruled out
    lexiconRegExp('(?<![\\w-])(?:[\\w-]+\\s+ambushed)(?![\\w])', 'gi'),
  ];
  const set = new PatternSet(patterns);
  let ruledOut = 0;
  for (let round = 0; round < 20; round++)
    for (const text of TEXTS) {
      const may = set.mayMatch(text);
      patterns.forEach((re, i) => {
        re.lastIndex = 0;
        if (re.test(text)) assert.ok(mayMatchAt(may, i), `${re.source} in ${text}`);
        else if (!mayMatchAt(may, i)) ruledOut++;
      });
      if (may) assert.ok(mayMatchAt(may, 3), 'an unbounded pattern always runs');
    }
  assert.ok(ruledOut > 50, `${ruledOut} ruled out`);
});

test('the triggers and cues found are those every pattern run alone finds, asked twice or not', () => {
  const lex = loadTriggerLexicon();
  for (let round = 0; round < 30; round++)
    for (const text of TEXTS) {
      const want = lex.triggers.flatMap((rule) => [...text.matchAll(new RegExp(rule.re.source, 'gi'))].filter((m) => m[0]).map((m) => `${rule.id}@${m.index}`));
      const got = findTriggers(lex, text, 0, text.length);
      assert.deepEqual(got.map((h) => `${h.rule.id}@${h.start}`).sort(), want.sort());
      // a caller may extend its list: the next asker gets the hits alone
      got.push(got[0]);
      assert.equal(findTriggers(lex, text, 0, text.length).length, want.length);
      const cues = lex.cues.filter((c) => !c.cue.endsWith('-before') && new RegExp(c.re.source, 'i').test(text)).map((c) => c.cue);
      assert.deepEqual([...findCues(lex, text, 0, text.length)], [...new Set(cues)]);
    }
});
