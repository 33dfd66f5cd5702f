// Issue 10: fighters the text says are allied with or loyal to "the government" are the government's side (ACLED codes
// them as its forces), never left unnamed, so that the clash keeps its attacker (invented sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { storyOn } from '../../../test/helpers/story.ts';

test('"fighters allied with the government", "forces loyal to the regime" name the state forces', () => {
  for (const [text, surface] of [
    ['Fighters allied with the government attacked rebel positions on Tuesday.', 'Fighters allied with the government'],
    ['Rebels shelled forces loyal to the regime near the town.', 'forces loyal to the regime'],
  ]) {
    const m = actorMentions(text).find((x) => x.text === surface);
    assert.ok(m, `${surface}: ${JSON.stringify(actorMentions(text).map((x) => x.text))}`);
    assert.match(m.actor?.name ?? '', /^Military Forces of/);
  }
});

test('the clash they fought has them as the attacker and the rebels as the target', () => {
  const ex = createExtractor();
  const rs = ex.extract(storyOn('2017-05-10')('SIRTE, Libya (Sitrep Wire) - Fighters allied with the government attacked rebel positions south of Sirte on Tuesday, a spokesman said.')).records;
  assert.ok(rs.some((r) => /^Military Forces of Libya/.test(r.actor1 ?? '') && /^Opposition Rebels/.test(r.actor2 ?? '')), JSON.stringify(rs.map((r) => [r.actor1, r.actor2])));
});
