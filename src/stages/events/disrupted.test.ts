import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';

// The side whose weapon was intercepted or defused (issue 10, actors). Sentences written for these tests.
const ex = createExtractor();
const disrupted = (text: string) => {
  const art: Article = { id: 't', text, title: null, published: '2017-11-06', publisher: null, url: null, dateline: null, origin: { file: 't' } };
  const e = ex.extract(art).records.find((r) => r.sub_event_type === 'Disrupted weapons use');
  assert.ok(e, `no disrupted weapons use in "${text}"`);
  return e;
};

test('disrupted weapons use: the firer named outside the trigger\'s clause is actor2, the allied coalition is not', () => {
  const e = disrupted("A Saudi-led coalition accused Yemen's Houthi militia of a dangerous escalation on Sunday after Saudi air defense forces intercepted a ballistic missile fired towards Riyadh.");
  assert.ok(e.actor1?.includes('Military Forces of Saudi Arabia'), `actor1 ${e.actor1}`);
  // the Houthis under their 2017 name (lexicons/actor-dated-names.jsonl)
  assert.equal(e.actor2, 'Ansar Allah (Houthis)');
});

test('disrupted weapons use: the interceptor\'s own country is never the firer, and none is invented', () => {
  const own = disrupted('Israeli air defences intercepted a drone over the Golan Heights on Sunday, Israeli police said.');
  assert.ok(!own.actor2?.includes('Israel'), `actor2 ${own.actor2}`);
  const none = disrupted('Bomb disposal experts defused a car bomb in Misrata on Wednesday, officials said.');
  assert.equal(none.actor2, null);
});

test('disrupted weapons use: a firer the sentence leaves unnamed is the one armed side the story names, else none', () => {
  const one = disrupted('Saudi Arabia intercepted a missile fired towards its capital Riyadh on Saturday. The Iran-aligned Houthis have fired missiles at the kingdom before.');
  assert.equal(one.actor2, 'Ansar Allah (Houthis)');
  // the interceptor's own forces and its allied coalition are never the firer
  const own = disrupted('Saudi Arabia intercepted a missile fired towards its capital Riyadh on Saturday. The Saudi-led coalition and Saudi forces said the kingdom was safe.');
  assert.equal(own.actor2, null);
  // two armed sides named: which fired is not told
  const two = disrupted('Saudi Arabia intercepted a missile fired towards its capital Riyadh on Saturday. Islamic State and the Houthis have threatened the kingdom.');
  assert.equal(two.actor2, null);
});
