import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';

// Whose day a statement's or an act's date is, for events the text leaves undated: the rules alone, not the learned model.
const ex = createExtractor({ stages: RULES_ORDER });
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
// 2017-10-13 is a Friday.
const current = (text: string, published = '2017-10-13') => ex.extract(art(text, published)).records.filter((r) => !r.historical);

test('lead statement dates: an undated body event borrows the week up to a lead dated only by an act, not its day', () => {
  const rs = current('ANKARA (Reuters) - Turkey on Friday demanded the release of a journalist held in Iran. Iranian police arrested the journalist in Tehran, his employer said.');
  const arrest = rs.find((r) => r.sub_event_type === 'Arrests');
  assert.ok(arrest, 'the arrest is coded');
  assert.equal(arrest.event_date_end, '2017-10-13', 'on or before the demand');
  assert.equal(arrest.event_date, '2017-10-07', 'not pinned to the day of the demand');
  assert.equal(arrest.time_precision, 2);
});

test('lead statement dates: a lead told in the present perfect still lends its day', () => {
  const rs = current("BEIRUT (Reuters) - Syria's army and its allies have encircled Islamic State in the city of al-Mayadin, a military source said on Friday. Militants shelled army positions near Deir al-Zor.");
  const shelling = rs.find((r) => r.sub_event_type === 'Shelling/artillery/missile attack');
  assert.ok(shelling, 'the shelling is coded');
  assert.equal(shelling.event_date, '2017-10-13');
  assert.equal(shelling.time_precision, 1);
  // told undated in the first sentence, the statement's day in the next
  const rs2 = current('KUALA LUMPUR (Reuters) - Police in Malaysia have arrested seven activists in Kuala Lumpur. The seven were brought to court, the police chief told reporters at a news conference on Friday. Police detained two more activists in Selangor.');
  const later = rs2.filter((r) => r.sub_event_type === 'Arrests').at(-1);
  assert.ok(later, 'the arrests are coded');
  assert.equal(later.event_date, '2017-10-13');
});

test('lead statement dates: a lead that dates its own event still lends that day', () => {
  const rs = current('KABUL (Reuters) - Taliban fighters attacked a police post in Kunduz on Wednesday, killing five officers. Police arrested an opposition activist in Kabul, his party said.');
  const arrest = rs.find((r) => r.sub_event_type === 'Arrests');
  assert.ok(arrest, 'the arrest is coded');
  assert.equal(arrest.event_date, '2017-10-11');
  assert.equal(arrest.event_date_end, '2017-10-11');
});

test('lead statement dates: a verb of judging dates itself, not the arrest its object tells', () => {
  const [r] = current('ISTANBUL (Reuters) - Erdogan on Thursday criticised the United States over a consulate worker who was detained by police in Istanbul.');
  assert.ok(r, 'the arrest is coded');
  assert.equal(r.event_date_end, '2017-10-12');
  assert.equal(r.time_precision, 2, 'the week up to the criticism');
});

test('lead statement dates: an order to detain dates the order, not the bombing the detentions are over', () => {
  const rs = current("CAIRO (Reuters) - Egypt's prosecutor on Thursday ordered the detention of 12 people over a church bombing in Alexandria.");
  const bombing = rs.find((r) => r.event_type === 'Explosions/Remote violence');
  assert.ok(bombing, 'the bombing is coded');
  assert.equal(bombing.event_date_end, '2017-10-12');
  assert.notEqual(bombing.event_date, '2017-10-12', 'not the day of the order');
});

test('lead statement dates: a trigger in a relative clause on the answered event\'s noun takes that noun\'s day', () => {
  const rs = current("KABUL (Reuters) - Afghan jets struck Taliban positions in Chahardara on Tuesday. The strikes were in retaliation for Sunday's attack on a checkpoint in Kunduz, in which militants killed five soldiers.");
  const strike = rs.find((r) => r.sub_event_type === 'Air/drone strike');
  const attack = rs.find((r) => r.event_type === 'Battles' || r.event_type === 'Violence against civilians');
  assert.ok(strike && attack, 'both the strike and the attack it answers are coded');
  assert.equal(strike.event_date, '2017-10-10', 'the strike is Tuesday\'s');
  assert.equal(attack.event_date, '2017-10-08', 'the attack is Sunday\'s, not the strike\'s day');
  assert.equal(attack.event_date_end, '2017-10-08');
});

test('lead statement dates: a date after a verb of judging and its object dates the judgement ("accused X on Thursday of …")', () => {
  const rs = current('ANKARA (Reuters) - The Turkish president accused the United States on Thursday of mistreating an ally. He said U.S. authorities had wrongly arrested the former head of a Turkish bank.');
  const arrest = rs.find((r) => r.sub_event_type === 'Arrests');
  assert.ok(arrest, 'the arrest is coded');
  assert.equal(arrest.event_date_end, '2017-10-12');
  assert.equal(arrest.time_precision, 2, 'not pinned to the day of the accusation');
  const [strike] = current('GENEVA (Reuters) - The United Nations condemned on Tuesday an air strike that killed 12 people in Idlib.');
  assert.ok(strike, 'the strike is coded');
  assert.equal(strike.event_date_end, '2017-10-10');
  assert.equal(strike.time_precision, 2);
});

test('lead statement dates: "condemned attacks this week" leaves the week to the attacks, which the body dates', () => {
  const rs = current('BEIRUT (Reuters) - The State Department on Thursday strongly condemned attacks this week on eastern Ghouta by Syrian jets. The jets struck residential areas in the rebel enclave near Damascus on Tuesday, killing at least 27 people, aid workers said.');
  const strikes = rs.filter((r) => r.sub_event_type === 'Air/drone strike');
  assert.equal(strikes.length, 1, 'one strike, told twice');
  assert.equal(strikes[0].event_date, '2017-10-10');
});
