// actors18: "the PYD militia" was typed as a new actor, "PYD Militia", beside the YPG that ACLED codes as the armed wing
// of the PYD party: the lexicon names the party's fighters as the YPG (the party alone stays unnamed: "the PYD said").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';

test("the PYD's fighters are the YPG", () => {
  const ms = actorMentions('The PYD militia shelled a village near Afrin on Monday.');
  assert.ok(ms.some((m) => m.actor?.id === 'ypg' && /PYD militia/.test(m.text)), ms.map((m) => `${m.text} -> ${m.actor?.id}`).join(' | '));
  assert.ok(!ms.some((m) => m.actor?.name === 'PYD Militia'));
});
