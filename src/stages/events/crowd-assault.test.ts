// Issue 10 (crowd23): a demonstrating crowd that attacks a force or a building is a riot with the crowd as Rioters and
// the force its opponent; a force that fires on a crowd uses excessive force, not a peaceful protest with a toll.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { EventRecord } from '../../model/record.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-03-15');
const events = (text: string): EventRecord[] => ex.extract(art(text)).records;
const show = (rs: readonly EventRecord[]) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2, r.event_date]));

test('protesters who attack gendarmes are rioters against the police', () => {
  const rs = events('NIAMEY (Sitrep Wire) - Protesters attacked gendarmes in Niamey on Sunday, a police spokesman said.');
  assert.equal(rs.length, 1, show(rs));
  assert.equal(rs[0].sub_event_type, 'Violent demonstration');
  assert.equal(rs[0].actor1, 'Rioters (Niger)');
  assert.ok(rs[0].actor2?.startsWith('Police Forces of Niger'), show(rs));
  assert.equal(rs[0].event_date, '2017-03-12');
});

test('demonstrators who beat policemen riot; protesters who "attacked the plan" do nothing violent', () => {
  const riot = events('LAGOS (Sitrep Wire) - Hundreds of demonstrators beat two policemen outside a bank in Lagos on Monday.');
  assert.ok(riot.some((r) => r.sub_event_type === 'Violent demonstration'), show(riot));
  const talk = events('LAGOS (Sitrep Wire) - Protesters attacked the government plan in Lagos on Monday.');
  assert.ok(!talk.some((r) => r.event_type === 'Riots'), show(talk));
});

test('police firing on protesters and killing two is excessive force against protesters', () => {
  const rs = events('LAGOS (Sitrep Wire) - Police fired on protesters in Lagos on Sunday, killing two people, witnesses said.');
  const p = rs.find((r) => r.event_type === 'Protests');
  assert.ok(p, show(rs));
  assert.equal(p.sub_event_type, 'Excessive force against protesters');
  assert.equal(p.actor1, 'Protesters (Nigeria)');
  assert.ok(p.actor2?.startsWith('Police Forces of Nigeria'), show(rs));
  assert.equal(p.fatalities, 2);
});

test('tear gas fired at protesters stays an intervention, not excessive force', () => {
  const rs = events('LAGOS (Sitrep Wire) - Police fired tear gas at protesters in Lagos on Sunday, witnesses said.');
  assert.ok(rs.some((r) => r.sub_event_type === 'Protest with intervention'), show(rs));
  assert.ok(!rs.some((r) => r.sub_event_type === 'Excessive force against protesters'), show(rs));
});

test('people dying during protests, and troops opening fire on a crowd of marchers, are excessive force; stone-throwers stay rioters', () => {
  const died = events('LOME (Sitrep Wire) - Two people died during protests against the president in Lome on Sunday, witnesses said.');
  assert.ok(died.some((r) => r.sub_event_type === 'Excessive force against protesters' && r.fatalities === 2), show(died));
  const fired = events('LOME (Sitrep Wire) - Security forces opened fire on a crowd of marchers in Lome on Sunday, killing three people.');
  assert.ok(fired.some((r) => r.sub_event_type === 'Excessive force against protesters' && r.actor1 === 'Protesters (Togo)'), show(fired));
  const riot = events('LOME (Sitrep Wire) - Police fired on stone-throwing protesters in Lome on Sunday.');
  assert.ok(riot.some((r) => r.sub_event_type === 'Violent demonstration'), show(riot));
});
