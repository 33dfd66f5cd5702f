import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Sentence } from '../../model/document.ts';
import { cuesBySentence, sentencesWithCue } from './sentence-cues.ts';
import { findCues, loadTriggerLexicon } from './triggers.ts';

const TEXT = [
  'The candidate held a campaign rally in the town square on Sunday.',
  'Police fired tear gas and rubber bullets at the crowd.',
  'Voters will go to the polls next month in the presidential election.',
  'Two civilians were killed.',
].join(' ');

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(/[^.]+\./g)) out.push({ index: out.length, start: m.index, end: m.index + m[0].length, firstToken: 0, endToken: 0 });
  return out;
}

test("a sentence's cues, found when asked, are findCues' own; a cue's sentences are counted as findCues would", () => {
  const lex = loadTriggerLexicon();
  const sentences = sentencesOf(TEXT);
  const cues = cuesBySentence(lex, TEXT, sentences);
  for (const k of [2, 0, 3, 1, 2]) assert.deepEqual([...cues(k)], [...findCues(lex, TEXT, sentences[k].start, sentences[k].end)]);
  assert.equal(cues(1), cues(1), 'found once');
  const names = new Set(sentences.flatMap((s) => [...findCues(lex, TEXT, s.start, s.end)]));
  assert.ok(names.size > 1, [...names].join());
  for (const name of [...names, 'electoral', 'no-such-cue'])
    assert.equal(sentencesWithCue(lex, name, TEXT, sentences), sentences.filter((s) => findCues(lex, TEXT, s.start, s.end).has(name)).length, name);
});
