import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';

// The rules alone: how the events stage dates and merges an event the story names only as what a reaction answers.
const ex = createExtractor({ stages: RULES_ORDER });
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const current = (text: string, published: string) => ex.extract(art(text, published)).records.filter((r) => !r.historical);
const records = (text: string, published: string) => ex.extract(art(text, published)).records;

test('reaction: an event named only as what a reaction answers happened in the week up to the reaction, not on its day', () => {
  const [e, ...rest] = current('U.S. senators signaled on Wednesday a new willingness to consider restrictions on the sale of guns after the Orlando nightclub massacre.', '2016-06-15');
  assert.deepEqual(rest, []);
  assert.equal(e?.sub_event_type, 'Attack');
  assert.deepEqual([e.event_date, e.event_date_end], ['2016-06-08', '2016-06-15']);
});

test('reaction: the telling that dates the event a strike answers gives its day; the strike that answers it is its own event', () => {
  const text =
    'U.S. officials said dozens of cruise missiles were fired against the base in response to the suspected gas attack in a rebel-held area. ' +
    "Officials said Assad's government carried out the April 4 sarin nerve gas attack on civilians in Idlib province that killed 87 people.";
  const rs = current(text, '2017-04-07');
  const gas = rs.filter((r) => r.sub_event_type === 'Chemical weapon');
  assert.equal(gas.length, 1);
  assert.equal(gas[0].event_date, '2017-04-04');
  // "fired … in response to the suspected gas attack": the sentence tells the missile strike; the gas attack it answers
  // is told (and dated) by the next sentence alone
  assert.ok(rs.some((r) => r.sub_event_type === 'Shelling/artillery/missile attack'), JSON.stringify(rs.map((r) => r.sub_event_type)));
  assert.equal(gas[0].evidence.length, 1);
});

test("reaction: a verb tells a happening of its own, dated by its clause (\"after a gunman killed 49 people on Sunday\")", () => {
  const [e] = current('The Senate began discussions on gun sales after a gunman killed 49 people at a nightclub in Orlando on Sunday.', '2016-06-15');
  assert.equal(e?.event_date, '2016-06-12');
  assert.equal(e?.event_date_end, '2016-06-12');
});

test('dates: the lead day an undated re-telling takes never outranks the date the event\'s own words give', () => {
  const text =
    'Putin condemned the U.S. strikes on Friday. The strikes were meant to punish the Syrian government for what officials say was a chemical weapons attack earlier this week. ' +
    'Western countries say Syrian planes dropped poison gas on the town.';
  const gas = current(text, '2017-04-07').filter((r) => r.sub_event_type === 'Chemical weapon');
  assert.equal(gas.length, 1);
  assert.deepEqual([gas[0].event_date, gas[0].event_date_end], ['2017-04-03', '2017-04-07']);
});

test('merging: a gas attack and the missile strike it prompted are two events, however alike their event type', () => {
  const text =
    'France must use last week’s U.S. missile strike on Syria as a tool to revive peace talks, the French president said on Wednesday. ' +
    'He said the nerve gas attack which prompted the U.S. missile strike was launched from an aircraft.';
  const rs = current(text, '2017-04-12');
  assert.deepEqual(rs.map((r) => r.sub_event_type).sort(), ['Chemical weapon', 'Shelling/artillery/missile attack']);
});

test('background: a day after the report that names a past event in its noun phrase is another year\'s ("escaped after launching the Dec. 19 attack")', () => {
  const text = 'Tunisian Anis Amri escaped after launching the Dec. 19 attack and was shot by Italian police in Milan less than a week later.';
  assert.deepEqual(current(text, '2017-12-14'), []);
  assert.ok(records(text, '2017-12-14').length > 0, 'kept as background');
});
