// Review 14 (conflict-09): a leader who ordered a strike names whose forces flew it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-04-07');
const strikes = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((r) => !r.historical && r.sub_event_type === 'Air/drone strike');
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.actor1, r.actor2]));

test('strikes "ordered by" a country\'s president are that country\'s military', () => {
  const rs = strikes('PARIS (Sitrep Wire) - The minister said on Friday that air strikes on a Libyan air base ordered by French President Emmanuel Macron showed resolve.');
  assert.ok(rs.length > 0 && rs.every((r) => r.actor1?.startsWith('Military Forces of France')), show(rs));
});

test('a prime minister who ordered strikes names whose forces struck', () => {
  const rs = strikes('ANKARA (Sitrep Wire) - Turkish Prime Minister Binali Yildirim ordered air strikes on militant positions near Qandil on Sunday.');
  assert.ok(rs.length > 0 && rs.every((r) => r.actor1?.startsWith('Military Forces of Turkey')), show(rs));
});

test('a leader who ordered an investigation into strikes did not order them', () => {
  const rs = strikes('KABUL (Sitrep Wire) - Afghan President Ashraf Ghani ordered an investigation into air strikes that killed 12 villagers in Kunduz on Sunday.');
  assert.ok(!rs.some((r) => r.actor1?.startsWith('Military Forces of Afghanistan')), show(rs));
});

test('a leader met in another sentence names no striker', () => {
  const rs = strikes('DAMASCUS (Sitrep Wire) - Syrian President Bashar al-Assad met envoys on Sunday. Unknown jets struck a market in Idlib on Sunday, killing 12 people.');
  assert.ok(!rs.some((r) => r.actor1?.startsWith('Military Forces of Syria')), show(rs));
});

test('a leader known by name who said he ordered strikes names his country\'s forces (lexicons/commanders.jsonl)', () => {
  const rs = ex.extract(art('WASHINGTON (Sitrep Wire) - President Barack Obama said he had ordered air strikes on Islamic State positions near Sirte on Monday.')).records.filter((r) => !r.historical && /strike|Shelling/.test(r.sub_event_type));
  assert.ok(rs.length > 0 && rs.every((r) => r.actor1?.startsWith('Military Forces of the United States')), show(rs));
});
