import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesActVerbAfter, datesPassiveAct, datesReportVerb, datesStatementAfter, datesStatementNoun, dayBeforeStatement, modifiesTrigger, offsetBeforeTrigger, presentPerfect, upToTheStatement } from './clause-dates.ts';
import type { DateValue } from '../../model/date-value.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import { tagged } from '../../../test/helpers/tagged.ts';

const day = (iso: string): DateValue => ({ earliest: iso, latest: iso, precision: 1, anchor: 'published' });
const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

test('clause dates: "said on Sunday, a day after the attack" dates the attack the day before', () => {
  const t = 'The army repelled the militants, a spokesman said on Sunday, a day after the attack.';
  assert.equal(dayBeforeStatement(t, { ...span(t, 'on Sunday'), value: day('2017-11-26') }, t.length)?.earliest, '2017-11-25');
  const t2 = 'Police said on Sunday, two days after the bombing, that 12 were held.';
  assert.equal(dayBeforeStatement(t2, { ...span(t2, 'on Sunday'), value: day('2017-11-26') }, t2.length)?.earliest, '2017-11-24');
  // no event noun after the offset, or no offset: the date stands
  const t3 = 'The ministry said on Sunday, a day after the meeting, that troops would stay.';
  assert.equal(dayBeforeStatement(t3, { ...span(t3, 'on Sunday'), value: day('2017-11-26') }, t3.length), null);
  const t4 = 'Militants attacked the town on Sunday, the army said.';
  assert.equal(dayBeforeStatement(t4, { ...span(t4, 'on Sunday'), value: day('2017-11-26') }, t4.length), null);
});

test('clause dates: "came a day after police arrested" dates the arrests a day earlier', () => {
  const t = 'The raids came a day after police arrested more than 190 people in Ankara.';
  assert.equal(offsetBeforeTrigger(t, 0, span(t, 'arrested'), day('2017-11-10'))?.earliest, '2017-11-09');
  // the offset belongs to another clause, or the day is no single day
  const t2 = 'A day after the vote, police arrested 19 people in Ankara.';
  assert.equal(offsetBeforeTrigger(t2, 0, span(t2, 'arrested'), day('2017-11-10')), null);
  const week: DateValue = { earliest: '2017-11-04', latest: '2017-11-10', precision: 2, anchor: 'published' };
  assert.equal(offsetBeforeTrigger(t, 0, span(t, 'arrested'), week), null);
});

test('clause dates: "more than six weeks after insurgents attacked" reaches weeks and months back', () => {
  const t = 'Rohingya Muslims are still fleeing, more than six weeks after Rohingya insurgents attacked security forces.';
  const d = offsetBeforeTrigger(t, 0, span(t, 'attacked'), day('2017-10-10'));
  // six to seven weeks before the story's day: Aug. 22 to Aug. 29
  assert.deepEqual([d?.earliest, d?.latest], ['2017-08-22', '2017-08-29']);
  // an undated "on or before the report" is enough to count weeks from, not days
  const lead: DateValue = { earliest: '2017-10-09', latest: '2017-10-10', precision: 2, anchor: 'published' };
  assert.equal(offsetBeforeTrigger(t, 0, span(t, 'attacked'), lead)?.latest, '2017-08-29');
  const t2 = 'The vote came two months after troops seized the town.';
  const m = offsetBeforeTrigger(t2, 0, span(t2, 'seized'), day('2017-10-10'));
  assert.deepEqual([m?.earliest, m?.latest], ['2017-08-04', '2017-08-18']);
});

test('clause dates: a date heading a statement dates the statement', () => {
  const t = 'On Wednesday, the coalition confirmed it would keep the port open despite another missile attack.';
  assert.equal(datesStatementAfter(t, 0, span(t, 'Wednesday')), true);
  const t2 = 'On Wednesday, militants stormed a checkpoint, the police said.';
  assert.equal(datesStatementAfter(t2, 0, span(t2, 'Wednesday')), false);
  const t3 = 'Militants stormed a checkpoint on Wednesday, officials said.';
  assert.equal(datesStatementAfter(t3, 0, span(t3, 'Wednesday')), false);
});

test('clause dates: a date right after a statement noun dates the statement', () => {
  const t = 'Iran rejected a U.S. accusation on Thursday that it supplied a missile fired at Saudi Arabia on Nov. 4.';
  assert.equal(datesStatementNoun(t, span(t, 'Thursday')), true);
  assert.equal(datesStatementNoun(t, span(t, 'Nov. 4')), false);
  const t2 = 'The attack on Thursday killed five, the ministry said in a statement.';
  assert.equal(datesStatementNoun(t2, span(t2, 'Thursday')), false);
});

test('clause dates: a proceeding or a visit dates itself, not the happening it is about', () => {
  const t = 'At a hearing on Wednesday, prosecutors said the bombing killed ten.';
  assert.equal(datesStatementNoun(t, span(t, 'Wednesday')), true);
  const t2 = 'The court upheld the verdict on Monday in the case of the bus bombing.';
  assert.equal(datesStatementNoun(t2, span(t2, 'Monday')), true);
  // a gathering an attack may strike keeps its day: the attack's too
  const t3 = 'A suicide bomber struck a funeral on Tuesday in Kabul.';
  assert.equal(datesStatementNoun(t3, span(t3, 'Tuesday')), false);
});

test('clause dates: a date right before the verb of a telling or an official act dates that verb', () => {
  const yes = [
    ['Police on Monday said they had arrested three men.', 'Monday'],
    ['The court on Tuesday sentenced the men who attacked a church.', 'Tuesday'],
    ['Police on Tuesday identified the gunman who killed five people.', 'Tuesday'],
    ['The U.N. on Wednesday published a report saying soldiers killed 30.', 'Wednesday'],
    ['The ministry on Friday banned the rally.', 'Friday'],
    ['Prosecutors on Monday opened an investigation into the shooting.', 'Monday'],
    ['The army on Sunday released a video of the raid.', 'Sunday'],
  ];
  for (const [t, d] of yes) assert.equal(datesActVerbAfter(t, span(t, d)), true, t);
  // verbs that are happenings share the clause's day
  const no = [
    ['Gunmen on Tuesday stormed a hotel and killed 10 people.', 'Tuesday'],
    ['Troops on Monday opened fire on protesters.', 'Monday'],
    ['Police on Monday arrested three men.', 'Monday'],
    ['The army on Monday launched an offensive on the town.', 'Monday'],
    ['Militants on Sunday released 10 hostages they had seized.', 'Sunday'],
    ['Militants attacked the town on Sunday, killing three.', 'Sunday'],
    // inverted wire copy: the verb before the date closes the happening's clause, the reporter's subject follows "said"
    ['An attack on the base was foiled Saturday morning said the frontline commander.', 'Saturday morning'],
  ];
  for (const [t, d] of no) assert.equal(datesActVerbAfter(t, span(t, d)), false, t);
});

const ex = createExtractor();
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });

test('clause dates: the event takes the day its own clause means', () => {
  const a = ex.extract(art('MAIDUGURI, Nigeria (Reuters) - Nigeria s military has repelled an attempt by Boko Haram militants to seize the town of Magumeri, a spokesman said on Sunday, a day after the attack.', '2017-11-26')).records;
  assert.equal(a.find((r) => !r.historical)?.event_date, '2017-11-25', JSON.stringify(a.map((r) => r.event_date)));
  const b = ex.extract(art('ISTANBUL (Reuters) - Turkish police detained 100 people in Istanbul on Friday over suspected links to Islamic State. The raids came a day after police arrested more than 190 people suspected of having ties to Islamic State in the capital Ankara.', '2017-11-10')).records;
  const ankara = b.find((r) => r.location === 'Ankara');
  assert.equal(ankara?.event_date, '2017-11-09', JSON.stringify(b.map((r) => `${r.location} ${r.event_date}`)));
  // a day named for the event itself still stands
  const c = ex.extract(art('Boko Haram militants attacked the town of Magumeri on Saturday, killing three soldiers, a spokesman said on Sunday, two days after the attack.', '2017-11-26')).records;
  assert.equal(c.find((r) => !r.historical)?.event_date, '2017-11-25', JSON.stringify(c.map((r) => r.event_date)));
});

test('clause dates: a reporting verb dates the statement unless another verb opens the reported clause', () => {
  const a = tagged('Police/NOUN said/VERB on/ADP Tuesday/PROPN the/DET raid/NOUN failed/VERB');
  assert.equal(datesReportVerb(a.text, a.tokens, span(a.text, 'Tuesday')), true);
  const b = tagged('Police/NOUN said/VERB in/ADP a/DET statement/NOUN issued/VERB on/ADP Tuesday/PROPN');
  assert.equal(datesReportVerb(b.text, b.tokens, span(b.text, 'Tuesday')), true);
  const c = tagged('Police/NOUN said/VERB 15/NUM were/AUX kidnapped/VERB on/ADP Tuesday/PROPN');
  assert.equal(datesReportVerb(c.text, c.tokens, span(c.text, 'Tuesday')), false);
});

test('clause dates: a date inside the trigger\'s noun phrase modifies the trigger', () => {
  const a = tagged("two/NUM were/AUX killed/VERB in/ADP Monday/PROPN 's/PART attack/NOUN");
  assert.equal(modifiesTrigger(a.tokens, span(a.text, 'Monday'), span(a.text, 'attack')), true);
  const b = tagged('they/PRON carried/VERB out/ADP the/DET Oct./PROPN 9/NUM sarin/NOUN attack/NOUN');
  assert.equal(modifiesTrigger(b.tokens, span(b.text, 'Oct. 9'), span(b.text, 'attack')), true);
  // a verb or a preposition between them: the date is another clause's or phrase's
  const c = tagged('talks/NOUN began/VERB on/ADP Monday/PROPN after/ADP the/DET attack/NOUN');
  assert.equal(modifiesTrigger(c.tokens, span(c.text, 'Monday'), span(c.text, 'attack')), false);
});

test('clause dates: a happening dated only by its statement spans the week up to it, and the present perfect is that day\'s', () => {
  assert.deepEqual(upToTheStatement(day('2017-10-11')), { earliest: '2017-10-05', latest: '2017-10-11', precision: 2, anchor: 'published' });
  const t = 'Iraqi forces have captured the town, the army said on Monday.';
  assert.equal(presentPerfect(t, 0, span(t, 'captured')), true);
  const t2 = 'Iraqi forces captured the town, the army said on Monday.';
  assert.equal(presentPerfect(t2, 0, span(t2, 'captured')), false);
  // the passive perfect of a tally is not that day's alone
  const t3 = 'More than 300 people have been arrested in Ankara, police said on Wednesday.';
  assert.equal(presentPerfect(t3, 0, span(t3, 'arrested')), false);
  const [r] = ex.extract(art(t3, '2017-10-12')).records.filter((x) => !x.historical);
  assert.deepEqual([r?.event_date, r?.event_date_end, r?.time_precision], ['2017-10-05', '2017-10-11', 2]);
});

test('clause dates: the offset reaches past a long subject ("a day after up to eight people were killed by a suicide bomber")', () => {
  const t = 'The blast came a day after up to eight people were killed by a suicide bomber in Kabul.';
  assert.equal(offsetBeforeTrigger(t, 0, span(t, 'suicide bomber'), day('2017-11-10'))?.earliest, '2017-11-09');
  // another clause opens among the words after the offset: the trigger is that clause's
  const t2 = 'The raids came a day after police arrested three men suspected of planning a bombing.';
  assert.equal(offsetBeforeTrigger(t2, 0, span(t2, 'bombing'), day('2017-11-10')), null);
});

test('clause dates: a happening in the object or complement of a dated telling or act spans the week up to that day', () => {
  // 2017-10-12 is a Thursday
  const cases = [
    'Police on Monday said they had arrested three men in Lahore.',
    'Police on Tuesday identified the gunman who killed five people in a shooting in Chicago.',
    'The U.N. on Wednesday published a report saying soldiers killed 30 civilians in Rakhine.',
  ];
  for (const t of cases) {
    const [r] = ex.extract(art(t, '2017-10-12')).records.filter((x) => !x.historical);
    assert.ok(r, t);
    assert.equal(r.time_precision, 2, `${t}: ${r.event_date}..${r.event_date_end}`);
    assert.ok(String(r.event_date) < String(r.event_date_end), t);
  }
  // the happening's own verb after the day keeps the day
  const [s] = ex.extract(art('Gunmen on Tuesday stormed a hotel in Mogadishu and killed 10 people.', '2017-10-12')).records;
  assert.equal(s?.event_date_end, '2017-10-10');
  assert.equal(s?.time_precision, 1);
});

test('clause dates: a date before an act\'s verb dates only happenings told after it, not one in its subject or in another clause', () => {
  // the subject's own participle keeps the day the subject is given
  const [a] = ex.extract(art('A woman demonstrating for unity in Barcelona on Thursday said she was a democrat.', '2017-10-12')).records;
  assert.equal(a?.event_date, '2017-10-12');
  assert.equal(a?.time_precision, 1);
  // a relative clause of another person after the trigger: the lead's day, not the week up to the announcement
  const b = ex.extract(art('Police fired teargas at protesters in Nairobi on Wednesday. Police also used teargas to disperse protesters in Kisumu, a stronghold of opposition leader Odinga, who on Tuesday announced his withdrawal from the vote.', '2017-10-11')).records;
  assert.deepEqual(b.map((r) => `${r.event_date}..${r.event_date_end}`), ['2017-10-11..2017-10-11', '2017-10-11..2017-10-11']);
});

test('clause dates: a date after a passive act done to the subject dates the act, not the happening the subject is named by', () => {
  for (const [t, d] of [
    ['The gunman, who killed five people in Chicago, was identified on Tuesday.', 'Tuesday'],
    ['Five people arrested over the bombing were charged on Tuesday.', 'Tuesday'],
    ['The men who attacked a church were sentenced to death on Monday.', 'Monday'],
    ['Ten hostages kidnapped by gunmen were freed on Monday.', 'Monday'],
  ]) assert.equal(datesPassiveAct(t, span(t, d)), true, t);
  // the passive of a happening is the happening's own day
  for (const [t, d] of [
    ['Three soldiers were killed on Tuesday in Kandahar.', 'Tuesday'],
    ['Forty protesters were detained on Monday in Nairobi.', 'Monday'],
  ]) assert.equal(datesPassiveAct(t, span(t, d)), false, t);
  const [r] = ex.extract(art('The gunman, who killed five people in a shooting in Chicago, was identified on Tuesday.', '2017-10-12')).records.filter((x) => !x.historical);
  assert.equal(r?.time_precision, 2, JSON.stringify(r && [r.event_date, r.event_date_end]));
  assert.equal(r?.event_date_end, '2017-10-10');
});
