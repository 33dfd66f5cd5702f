// actors18: a side the event struck never becomes its attacker from another telling. "Unidentified gunmen attacked
// Afghan soldiers … Afghan soldiers fought back" replaced the unknown gunmen by the soldiers, then dropped the soldiers
// as the target (one force is never on both sides): the attack lost its attacker and its target. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-10-13');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

test('the struck side of an attack is not made its attacker by a later telling', () => {
  for (const text of [
    'KABUL (Reuters) - Unidentified gunmen attacked Afghan soldiers at a checkpoint in Kandahar on Thursday, killing three. Afghan soldiers fought back for an hour in Kandahar on Thursday, the army said.',
    'KABUL (Reuters) - Gunmen ambushed a police patrol in Kandahar on Thursday, killing three officers. Police clashed with the gunmen for two hours in Kandahar, a spokesman said.',
  ]) {
    const rs = current(text);
    assert.equal(rs.length, 1, JSON.stringify(rs.map((r) => [r.actor1, r.actor2])));
    assert.match(rs[0].actor1 ?? '', /Unidentified Armed Group/, text);
    assert.match(rs[0].actor2 ?? '', /Forces of Afghanistan/, text);
  }
});

test('a later telling still names an attacker the first left unknown', () => {
  const rs = current('KABUL (Reuters) - Gunmen attacked a police post in Kandahar on Thursday, killing three officers. Taliban insurgents fought the police for two hours in Kandahar, a spokesman said.');
  assert.ok(rs.some((r) => r.actor1 === 'Taliban'), JSON.stringify(rs.map((r) => [r.actor1, r.actor2])));
});
