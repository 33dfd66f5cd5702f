// Issue 10 (actors25): an event told as what a clause answers, or as the subject of "took place as", takes no side from
// the clause around it. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-12-20');
const all = (text: string): EventRecord[] => ex.extract(art(text)).records;
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('the one who answers an attack named as its cause did not carry it out', () => {
  const rs = all("The Saudi-led coalition fighting in Yemen said on Wednesday it would reopen the port of Mokha. The Western-backed coalition, which controls Yemen's airspace, said last month it would allow aid through Mokha following a blockade imposed because of a missile attack toward the airport of Jizan.").filter((r) => r.event_type === 'Explosions/Remote violence');
  assert.ok(rs.length > 0, show(rs));
  assert.ok(rs.every((r) => !/Saudi Arabia|Restoring Hope/.test(r.actor1 ?? '')), show(rs));
});

test('a force that retaliates for an attack still carries out its own strike', () => {
  const rs = all('The Afghan army said it shelled the village of Char Dara on Monday in retaliation for an attack on its post.');
  assert.ok(rs.some((r) => /Military Forces of Afghanistan/.test(r.actor1 ?? '')), show(rs));
});

test('"took place as" opens a clause of its own: its subject is no target of the attack', () => {
  const rs = all("Tuesday's missile attack took place as the Houthis marked 1,000 days since the coalition intervened in the Yemen war.").filter((r) => r.event_type === 'Explosions/Remote violence');
  assert.ok(rs.length > 0, show(rs));
  assert.ok(rs.every((r) => !/Houthi/.test(r.actor2 ?? '')), show(rs));
});
