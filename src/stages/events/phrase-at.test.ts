import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO } from '../../../test/helpers/shared.ts';
import { loadRealisLexicon } from './realis.ts';
import { patternWhereNoneOpens, phraseRunsThrough, stickyPhrase } from './phrase-at.ts';

/** The leftmost-match loop realis.ts's covers ran before: a match from at or before `last` running past it. */
function byExecLoop(re: RegExp, window: string, last: number): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (m.index <= last && m.index + m[0].length > last) return true;
    if (m.index > last) break;
    re.lastIndex = m.index + 1;
  }
  return false;
}

test('a guarded pattern gets a sticky copy; an unguarded one, an alternation at the top, or /u gets none', () => {
  assert.ok(stickyPhrase(/(?<![\w-])(?:war|battle)(?![\w])/gi));
  assert.equal(stickyPhrase(/(?:war|battle)/gi), null);
  assert.equal(stickyPhrase(/(?<![\w-])war|battle/gi), null, 'the guard governs only the first branch');
  assert.ok(stickyPhrase(/(?<![\w-])(?:war|battle)(?![\w|])/gi), 'a bar in a class or a group is no top-level alternation');
  assert.equal(stickyPhrase(/(?<![\w-])(?:war)/giu), null);
});

test('tried start by start up to the trigger, the descriptive and metaphor phrases cover what the exec loop covers', () => {
  const lex = loadRealisLexicon();
  const texts = readdirSync(join(REPO, 'examples')).map((f) => readFileSync(join(REPO, 'examples', f), 'utf8'));
  texts.push(
    'The U.S.-led war against Islamic State has been fighting for years; standing orders to shoot looters were issued.',
    'Rewards for information leading to the capture of the bombers were offered, as in cases of attacks before.',
    '-led war, x-led campaign against militants; such attacks are rare and have become common in the north.',
  );
  let positive = 0;
  let tried = 0;
  for (const re of [lex.descriptive, lex.metaphor]) {
    const sticky = stickyPhrase(re);
    assert.ok(sticky, re.source.slice(0, 40));
    for (const text of texts) {
      // every word start of every text as a trigger, in a window of the text around it
      for (const w of text.matchAll(/\b\w/g)) {
        const from = Math.max(0, w.index - 160);
        const window = text.slice(from, Math.min(text.length, w.index + 170));
        const last = w.index - from;
        const want = byExecLoop(re, window, last);
        assert.equal(phraseRunsThrough(sticky, window, last), want, `${re.source.slice(0, 30)} at ${JSON.stringify(window.slice(Math.max(0, last - 40), last + 20))}`);
        tried++;
        if (want) positive++;
      }
    }
  }
  assert.ok(positive > 20 && tried > 1000, `${positive} of ${tried} covered`);
});

test('where no phrase with words of its own may open, only the phrases that may open with any word are tried, first one first', () => {
  const re = /(?<![\w-])(?:(?:orders\s+to\s+\w+)|(?:[\w-]+\s+fighting)|(?:rewards\s+for)|(?:[\w-]+\s+fighting\s+on\s+\w+))(?![\w])/gi;
  const sticky = stickyPhrase(re)!;
  const rest = patternWhereNoneOpens(sticky);
  assert.ok(rest && rest !== sticky, 'split');
  assert.ok(!rest.source.includes('orders') && !rest.source.includes('rewards'), rest.source);
  assert.ok(rest.source.indexOf('fighting)') < rest.source.indexOf('fighting\\s+on'), 'the others keep their order');
  // the earlier phrase's shorter match wins at its start, as in the whole alternation: it ends before "front"
  const window = 'Rebels fighting on front lines; orders to shoot';
  assert.equal(phraseRunsThrough(sticky, window, window.indexOf('front')), byExecLoop(re, window, window.indexOf('front')));
  assert.equal(phraseRunsThrough(sticky, window, window.indexOf('front')), false);
  assert.equal(phraseRunsThrough(sticky, window, window.indexOf('shoot')), true);
  // the descriptive alternation is split; one whose phrases all open with words of their own needs no other pattern
  assert.notEqual(patternWhereNoneOpens(stickyPhrase(loadRealisLexicon().descriptive)!), stickyPhrase(loadRealisLexicon().descriptive));
  assert.equal(patternWhereNoneOpens(stickyPhrase(/(?<![\w-])(?:(?:war)|(?:battle))(?![\w])/gi)!), null);
});
