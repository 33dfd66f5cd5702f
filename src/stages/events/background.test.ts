import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';

// The rules alone: these rows test how the events stage dates, flags and merges events, not the learned model.
const ex = createExtractor({ stages: RULES_ORDER });
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const records = (text: string, published = '2017-10-17') => ex.extract(art(text, published)).records;
const current = (text: string, published?: string) => records(text, published).filter((r) => !r.historical);

test('background: an event dated only by a whole year is a campaign, not news', () => {
  const rs = records('Government troops killed dozens of militants in clashes near Tabqa this year.');
  assert.ok(rs.length > 0, 'the clashes are still coded, as background');
  assert.deepEqual(rs.filter((r) => !r.historical), []);
});

test('background: an event dated only by a month that ended before the report ("last month") is background; "this month" is news', () => {
  const text = 'Islamic State militants killed 16 policemen in an ambush in the Western Desert last month.';
  assert.deepEqual(current(text, '2017-11-06'), []);
  assert.equal(records(text, '2017-11-06').length, 1, 'kept, as background');
  assert.deepEqual(current(text, '2017-11-20'), []);
  assert.equal(current(text.replace('last month', 'earlier this month'), '2017-11-20').length, 1);
});

test('background: an event its clause leaves undated takes the lead date, and is background when that date is a month long past', () => {
  const text = 'Iraqi officials said last month that the army would move north of Kirkuk. Iraqi troops clashed with Peshmerga fighters south of Kirkuk, killing four, officials said.';
  assert.deepEqual(current(text, '2017-11-20'), []);
  const [bg] = records(text, '2017-11-20');
  assert.equal(bg?.event_date?.slice(0, 7), '2017-10', 'kept as background, dated by the month');
  assert.equal(current(text.replace('last month', 'earlier this month'), '2017-11-20').length, 1, 'a lead date in the month of the report is news');
});

test('background: an event named after "since" is the past reference point', () => {
  assert.deepEqual(current('Violence has surged in the province since the capture of Mosul by Islamic State.'), []);
});

test('background: an event told as "a year after …" is the past reference point', () => {
  const text = 'Security was tightened in Berlin on Monday, a year after an Islamist gunman shot dead 11 people at a Christmas market in the city.';
  assert.deepEqual(current(text), []);
  assert.equal(records(text).length, 1, 'the shooting is kept as background');
});

test('background: the year that opens a long period ("since … began in 2007") does not date the event', () => {
  const [e] = current('More than 200 people were killed by twin bomb blasts in Mogadishu, officials said on Sunday, the deadliest attacks since an insurgency began in 2007.');
  assert.ok(e, 'the blasts are an event');
  assert.equal(e.event_date?.slice(0, 4), '2017');
});

test('coreference: a bare event noun later in the story names the event already told, whatever type it would default to', () => {
  const rs = current("Two suspected U.S. drone strikes killed 11 people in Kurram on Tuesday, officials said. Twenty people were killed on Monday and 11 more were killed in Tuesday's attacks, a local official said.");
  assert.deepEqual(rs.map((r) => r.sub_event_type), ['Air/drone strike']);
  assert.equal(rs[0].evidence.length, 2, 'one record with both sentences as evidence');
});

test('coreference: a side only guessed by convention (unnamed civilians, an unidentified group) does not split one event in two', () => {
  // the attackers named as the target too (a slip of role-filling) must not make the second telling a new event
  const twice = current('Gunmen killed four people in a suicide attack on a court complex in Misrata on Wednesday, officials said. The military said two suicide attackers were involved in the operation in Misrata on Wednesday.', '2017-10-06');
  assert.deepEqual(twice.map((r) => [r.sub_event_type, r.evidence.length]), [['Suicide bomb', 2]]);
  // "a suicide bomber" is a guess at who; the group that claims the bombing is who it was
  const claimed = current('A suicide bomber killed four people at a market in Misrata on Wednesday. Islamic State said its fighter carried out the suicide bombing in Misrata on Wednesday.', '2017-10-06');
  assert.deepEqual(claimed.map((r) => [r.sub_event_type, r.actor1]), [['Suicide bomb', 'Islamic State']]);
});

test('coreference: an indefinite event noun ("an attack") tells a new event', () => {
  const rs = current('Two suspected U.S. drone strikes killed 11 people in Kurram on Tuesday, officials said. Two policemen were killed in an attack in Kurram on Tuesday.');
  assert.equal(rs.length, 2);
});

test("credits: a wire story's credit line names people, not events", () => {
  assert.deepEqual(current('Clinton praised the president in Iowa on Sunday. (Additional reporting by Alana Wise and Sarah N. Lynch; Editing by Caren Bohan and Mary Milliken)', '2016-01-18'), []);
});

test("teasers: a wire story's link to a related story names it by its headline, it tells no event", () => {
  const text = 'Officials met in Geneva on Tuesday. * COMMENTARY: Why Assad used chemical weapons reut.rs/2o5FMEV * COMMENTARY: The worrying lessons of the Syria chemical attack reut.rs/2o6r55r';
  assert.deepEqual(records(text, '2017-04-11'), []);
});

test('background: the event an anniversary or a commemoration recalls is history, not the day it is marked', () => {
  for (const t of [
    'On Monday, the government marked the anniversary of the bombing in Beirut.',
    'Hundreds gathered in Kabul on Monday to mark the first anniversary of the suicide bombing at a mosque.',
  ]) {
    const rs = records(t);
    assert.ok(rs.length > 0, `${t}: the recalled event is still coded, as background`);
    assert.deepEqual(current(t).map((r) => r.sub_event_type).filter((s) => s !== 'Peaceful protest'), [], t);
  }
  // without the anniversary the same bombing is the day's news
  assert.equal(current('On Monday, a bombing in Beirut killed five people.').length, 1);
});
