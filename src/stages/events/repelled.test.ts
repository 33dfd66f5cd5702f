// Issue 10 (actors11): the side that repelled an attack defended; the attacker named after "by" is actor1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import type { EventRecord } from '../../model/record.ts';

const ex = createExtractor();
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const events = (text: string, published = '2017-05-10'): EventRecord[] => ex.extract(art(text, published)).records.filter((r) => !r.historical);
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('troops that repulsed an attack by a group are its target; the group acted', () => {
  const rs = events('KABUL (Sitrep Wire) - Afghan troops repulsed an attack by Taliban fighters on a checkpoint in Helmand on Monday, officials said.');
  const e = rs.find((r) => r.event_type === 'Battles');
  assert.ok(e, show(rs));
  assert.equal(e.actor1, 'Taliban');
  assert.match(e.actor2 ?? '', /^Military Forces of Afghanistan/);
});

test('an army that repelled an attempt by militants to seize a town is the second side', () => {
  const rs = events("MAIDUGURI, Nigeria (Sitrep Wire) - Nigeria's army has repelled an attempt by Boko Haram fighters to seize the town of Dikwa, a spokesman said on Sunday.");
  const e = rs.find((r) => r.event_type === 'Battles');
  assert.ok(e, show(rs));
  assert.match(e.actor1 ?? '', /Boko Haram/);
  assert.match(e.actor2 ?? '', /^Military Forces of Nigeria/);
});

test('troops that attacked a group stay actor1', () => {
  const rs = events('KABUL (Sitrep Wire) - Afghan troops attacked Taliban fighters near a checkpoint in Helmand on Monday, officials said.');
  const e = rs.find((r) => r.event_type === 'Battles');
  assert.ok(e, show(rs));
  assert.match(e.actor1 ?? '', /^Military Forces of Afghanistan/);
});
