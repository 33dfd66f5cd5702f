// Issue 10 (bugs25): classes of false events in conflict stories, each with the telling that must stay an event:
// speech whose quote marks were lost, bodies "taken out of" an area, a diplomatic "dispute over", and the lead that dates an
// attack by the day it was blamed on someone beside the body's own day for it (one event, not two).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';
import { spokenInPerson } from './unmarked-speech.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-05-16');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

test('an "I" or "you" clause is speech with its marks lost; the reporter\'s clause beside it is not', () => {
  // (the window reading alone: no clause of the realis stage's is given)
  const at = (t: string, w: string) => spokenInPerson(t, 0, t.indexOf(w), '');
  assert.equal(at('I was at the checkpoint and a shell exploded near me.', 'shell'), true);
  assert.equal(at('You detain the editor of my paper without a charge, the minister said.', 'detain'), true);
  assert.equal(at('Two houses burned, (then) I watched the soldiers raid the market, said Musa.', 'raid'), true);
  // the reporter's clause after the quote, and a numeral "I", speak for no one
  assert.equal(at('I am sorry I cannot be with you, he said to cheers at the rally.', 'rally'), false);
  assert.equal(at('Veterans of World War I marched through the town.', 'marched'), false);
  assert.equal(at('A shell exploded near the checkpoint on Monday.', 'shell'), false);
});

test('a witness\'s unmarked first-person account makes no event of its own; the reporter\'s telling does', () => {
  const quoted = current('KARU (Sitrep Wire) - A trader in Karu described the market on Monday. I was at the stall and a mortar exploded near me.');
  assert.deepEqual(quoted.map((r) => r.sub_event_type), []);
  const told = current('KARU (Sitrep Wire) - A mortar exploded in the market of Karu on Monday, killing two traders, police said.');
  assert.ok(told.length >= 1);
});

test('bodies "taken out of the area" take no territory; militants who took the town did', () => {
  const subs = (t: string) => current(t).map((r) => r.sub_event_type);
  assert.ok(!subs('KARU (Sitrep Wire) - Militants attacked the village of Dara on Monday. A resident said he saw three bodies taken out of the area.').includes('Non-state actor overtakes territory'));
  assert.ok(subs('KARU (Sitrep Wire) - Militants of the Islamic State took the town of Dara on Monday after heavy fighting with the army, a military source said.').includes('Non-state actor overtakes territory'));
});

test('a "dispute over" between governments is no mob violence; a dispute that killed people is', () => {
  const subs = (t: string) => current(t).map((r) => r.sub_event_type);
  assert.ok(!subs('OSLO (Sitrep Wire) - The Norwegian army said on Monday it was in a dispute over fishing rights with the government of Iceland.').includes('Mob violence'));
  assert.ok(subs('KARU (Sitrep Wire) - Three villagers were killed on Monday in a dispute over farmland between two clans in Karu, police said.').length >= 1);
});

test('the lead\'s attack dated by the day it was blamed and the body\'s own day for it are one event', () => {
  const rs = current(
    'WASHINGTON (Sitrep Wire) - The United States accused Syria on Tuesday of a deadly gas attack in Khan Sheikhoun. ' +
      'Officials said the Syrian army carried out the May 10 sarin gas attack on civilians in Khan Sheikhoun that killed 40 people.',
  );
  const gas = rs.filter((r) => r.sub_event_type === 'Chemical weapon');
  assert.equal(gas.length, 1, JSON.stringify(gas.map((r) => [r.event_date, r.event_date_end])));
  assert.equal(gas[0].event_date, '2017-05-10');
});

test('"the operation was executed by troops" kills no one; militants who executed hostages did', () => {
  const subs = (t: string) => current(t).map((r) => r.sub_event_type);
  assert.deepEqual(subs('MANILA (Sitrep Wire) - He said the operation was executed by Filipino troops on Monday.'), []);
  assert.deepEqual(subs('MANILA (Sitrep Wire) - Militants executed three hostages in the town of Jolo on Monday, police said.'), ['Attack']);
});

test('an ongoing campaign told in the present perfect progressive is no event; the strike told as done is', () => {
  const subs = (t: string) => current(t).map((r) => r.sub_event_type);
  assert.deepEqual(subs('ADEN (Sitrep Wire) - Coalition jets have been conducting air strikes on rebel positions near Bayhan, officials said on Monday.'), []);
  assert.deepEqual(subs('ADEN (Sitrep Wire) - Coalition aircraft struck government troops near the town of Bayhan, officials said on Monday.'), ['Air/drone strike']);
});

test('a claim the report says came without evidence is no event; the same claim told plainly is', () => {
  const subs = (t: string) => current(t).map((r) => r.sub_event_type);
  assert.deepEqual(subs('DUBAI (Sitrep Wire) - A rebel group has fired a rocket toward an oil terminal in Ruwais, the group said on its website on Sunday, without providing any evidence.'), []);
  assert.ok(subs('DUBAI (Sitrep Wire) - A rebel group has fired a rocket toward an oil terminal in Ruwais, the group said on its website on Sunday.').length >= 1);
});
