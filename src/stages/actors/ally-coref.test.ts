// Issue 10 (actors11): "rebels" never reads back to a pro-government militia the story named before (Hezbollah fights
// rebels in Syria: read back, the government's ally became the target of its own side's attack).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';

test('"rebels" after Hezbollah is named are not Hezbollah', () => {
  const ms = actorMentions('Hezbollah has sent thousands of fighters to Syria. The Syrian army and its Lebanese ally attacked rebels near Zabadani on Monday.');
  const rebels = ms.find((m) => m.text === 'rebels');
  assert.ok(rebels, JSON.stringify(ms.map((m) => m.text)));
  assert.notEqual(rebels.actor?.id, 'hezbollah');
});

test('"the group" after Hezbollah is named still reads back to Hezbollah', () => {
  const ms = actorMentions('Hezbollah sent fighters to Syria in 2013. The group has lost hundreds of men there.');
  const group = ms.find((m) => /group/.test(m.text));
  assert.ok(group, JSON.stringify(ms.map((m) => m.text)));
  assert.equal(group.actor?.id, 'hezbollah');
});
