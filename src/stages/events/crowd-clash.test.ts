import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseSubType, scoreHits } from './classify.ts';
import { findCues, findTriggers, loadTriggerLexicon } from './triggers.ts';

// case17: a crowd and the police clashing, told in the present tense, as a noun or with words between ("demonstrators
// clash with security forces", "police clashed on Saturday with protesters", "during a clash outside parliament"), and
// fireworks fired at the police are a demonstration's violence (cue violent-crowd); CASE 2021 TRAIN had 15 violent
// demonstrations coded as peaceful or as a protest with intervention, most in these wordings; invented sentences
const lex = loadTriggerLexicon();
function classifyText(s: string): string | null {
  const hits = findTriggers(lex, s, 0, s.length);
  return chooseSubType(scoreHits(hits), findCues(lex, s, 0, s.length))?.sub ?? null;
}

test('crowd clash (case17): protesters and police clashing in other tenses and word orders make a violent demonstration', () => {
  for (const s of [
    'Demonstrators clash with security forces during an opposition rally in the capital.',
    'Riot police clashed on Saturday with hundreds of protesters in the main square.',
    'Police fired tear gas at student protesters during a clash outside parliament.',
    'Dozens were wounded as security forces used water cannon in hard clashes with protesters.',
    'Supporters of the party fire firecrackers at the riot police during a protest.',
  ]) assert.equal(classifyText(s), 'Violent demonstration', s);
});

test('crowd clash (case17): a peaceful march and a rally dispersed with tear gas keep their types', () => {
  assert.equal(classifyText('Thousands of protesters marched peacefully through the capital on Sunday.'), 'Peaceful protest');
  assert.equal(classifyText('Police fired tear gas to disperse protesters outside the ministry.'), 'Protest with intervention');
});
