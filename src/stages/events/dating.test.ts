import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';

// The rules alone: these rows test which date the events stage gives an event, not the learned model.
const ex = createExtractor({ stages: RULES_ORDER });
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
// 2017-10-12 is a Thursday.
const current = (text: string, published = '2017-10-12') => ex.extract(art(text, published)).records.filter((r) => !r.historical);

test('dating: an arrest total counted "since" a day spans from that day to the report', () => {
  const [r] = current('Turkish police have detained 300 people in Istanbul since Friday, officials said.');
  assert.ok(r, 'the arrests are coded');
  // the bare "Friday" alone would be read as the day after this Thursday's report (a time-zone stamp); "since" makes it last week's
  assert.equal(r.event_date, '2017-10-06');
  assert.equal(r.event_date_end, '2017-10-12');
  assert.equal(r.time_precision, 2);
});

test('dating: a day that is not opened by "since" stays one day', () => {
  const [r] = current('Turkish police detained 30 people in Istanbul on Monday, officials said.');
  assert.ok(r);
  assert.equal(r.event_date, '2017-10-09');
  assert.equal(r.event_date_end, '2017-10-09');
});

test('dating: "two days after" another dated event is two days after it, not the other event\'s day', () => {
  const [r] = current("Taliban fighters attacked an army post in Kunduz two days after Monday's vote.");
  assert.ok(r);
  assert.equal(r.event_date, '2017-10-11');
});

test('dating: the event named inside "a day after the Oct. 3 …" keeps its own day', () => {
  const [r] = current('Taliban gunmen killed four policemen in Kunduz a day after the Oct. 3 protest in Kabul.');
  assert.equal(r?.sub_event_type, 'Peaceful protest');
  assert.equal(r.event_date, '2017-10-03');
});

test('dating: a sentence with no date of its own goes on telling the day the sentence before it named', () => {
  const text = 'Suicide bombers killed 12 people in Kabul on Wednesday. Gunmen stormed a police checkpoint in Kunduz on Monday. Three policemen were killed in a second attack on a checkpoint near the city of Baghlan.';
  const rs = current(text);
  assert.equal(rs.length, 3, 'three events');
  // Monday, the day of the sentence before, not Wednesday, the lead day the story would otherwise give an undated sentence
  assert.equal(rs[2].event_date, '2017-10-09');
  assert.equal(rs[0].event_date, '2017-10-11');
});

test('dating: a day more than three weeks before the report is background, a day within them is news', () => {
  const text = 'Gunmen shot dead a police officer in Kunduz on Sept. 12.';
  const all = (published: string) => ex.extract(art(text, published)).records;
  assert.ok(all('2017-10-12').length > 0, 'still coded, as background');
  assert.deepEqual(current(text, '2017-10-12'), [], 'thirty days back is background');
  assert.equal(current(text, '2017-09-25').length, 1, 'thirteen days back is news');
});

test('dating: a possessive day in the sentence before ("Friday\'s bombing was …") names a told event and dates no later sentence', () => {
  const base = 'Suicide bombers killed 12 people in Kabul on Wednesday. ';
  const tail = 'Three policemen were killed in a second attack on a checkpoint near the city of Baghlan.';
  const plain = current(`${base}Gunmen stormed a police checkpoint in Kunduz on Monday. ${tail}`);
  const possessive = current(`${base}Monday's attack on a police checkpoint in Kunduz was the third this month. ${tail}`);
  assert.equal(plain.at(-1)?.event_date, '2017-10-09');
  assert.equal(possessive.at(-1)?.event_date, '2017-10-11', 'the lead day, as without the rule');
});

test('dating: a month still to come dates no lead event ("will be held in November")', () => {
  const [r] = current('Clashes have continued in Benghazi, where air strikes destroyed several districts. A conference on rebuilding the city will be held in November, the organizers said.');
  assert.ok(r, 'the air strikes are coded');
  // undated, the event takes the days up to the report, not a month after it
  assert.equal(r.event_date, '2017-10-11');
  assert.equal(r.event_date_end, '2017-10-12');
});

test('dating: a date inside the trigger\'s noun phrase dates it, whatever verb governs the phrase', () => {
  const rs = current("Gunmen shot dead a police officer in Kabul on Wednesday. Two officers were killed in Monday's attack on a checkpoint in Kunduz.");
  assert.deepEqual(rs.map((r) => [r.location, r.event_date]), [['Kabul', '2017-10-11'], ['Kunduz', '2017-10-09']]);
});

test('dating: a happening dated only by the statement that tells it spans the week up to the statement', () => {
  const [r] = current('An air strike killed 12 people in the town of Maarat al-Numan, a monitor said on Wednesday.');
  assert.ok(r, 'the air strike is coded');
  assert.deepEqual([r.event_date, r.event_date_end, r.time_precision], ['2017-10-05', '2017-10-11', 2]);
  // its own day stands
  const [own] = current('An air strike killed 12 people in the town of Maarat al-Numan on Tuesday, a monitor said on Wednesday.');
  assert.deepEqual([own.event_date, own.event_date_end], ['2017-10-10', '2017-10-10']);
  // "said 15 workers were kidnapped on Tuesday": the day is the kidnapping's, not the statement's
  const [kidnap] = current('A police official said 15 workers were kidnapped on Tuesday in Quetta.');
  assert.deepEqual([kidnap.event_date, kidnap.event_date_end], ['2017-10-10', '2017-10-10']);
});

test('dating: the present perfect with a statement\'s day tells that day\'s news', () => {
  const [r] = current('Iraqi forces have captured the town of Hawija from Islamic State, the army said on Wednesday.');
  assert.ok(r, 'the capture is coded');
  assert.deepEqual([r.event_date, r.event_date_end], ['2017-10-11', '2017-10-11']);
});

test('dating: one event told with its own day and again with a statement\'s day keeps its own day', () => {
  const rs = current('A suicide bomber killed 12 people at a mosque in Kabul on Tuesday. Islamic State said on Wednesday its fighter carried out the suicide bombing in Kabul.');
  assert.equal(rs.length, 1, JSON.stringify(rs.map((r) => [r.sub_event_type, r.event_date])));
  assert.deepEqual([rs[0].event_date, rs[0].event_date_end], ['2017-10-10', '2017-10-10']);
});

test('dating: an event its clause leaves undated takes a day its own sentence names before the story\'s lead day', () => {
  const rs = current('Gunmen shot dead a police officer in Kabul on Wednesday. The activist vanished on Monday, and police believe he was abducted in Lahore.');
  assert.deepEqual(rs.map((r) => [r.location, r.event_date]), [['Kabul', '2017-10-11'], ['Lahore', '2017-10-09']]);
});

test('dating: a day after the report that the lead speaks of as ahead is no lead date', () => {
  // 2017-08-27 is a Sunday: "the sentencing on Monday" is scheduled, the riots were on Friday
  const text = 'India is deploying riot police as it prepares for the sentencing on Monday of a guru whose followers went on the rampage after he was convicted on Friday. Mobs burned down gas stations and torched vehicles in Haryana.';
  const rs = current(text, '2017-08-27');
  assert.ok(rs.length > 0);
  for (const r of rs) assert.ok((r.event_date ?? '') <= '2017-08-27', `${r.sub_event_type} dated ${r.event_date}`);
});

test('dating: "more than six weeks after insurgents attacked" is background, not the day\'s news', () => {
  const text = 'Myanmar on Tuesday launched a bid to ease tension. Rohingya Muslims are still fleeing, more than six weeks after Rohingya insurgents attacked security forces in Rakhine state.';
  const all = ex.extract(art(text, '2017-10-10')).records.filter((r) => /insurgents attacked/.test(text.slice(r.evidence[0]?.start ?? 0, r.evidence[0]?.end ?? 0)));
  assert.ok(all.length > 0, 'the attack is coded');
  for (const r of all) {
    assert.equal(r.historical, true);
    assert.ok((r.event_date ?? '') <= '2017-08-29');
  }
});

test('dating: a day that states its own year but lies after the report is no lead date', () => {
  const text = 'The Pentagon will delay a ban on cluster bombs due to take effect on Jan. 1, 2019, officials said. Militants fired rockets at a base in Helmand, killing two soldiers.';
  for (const r of ex.extract(art(text, '2017-11-30')).records) assert.ok((r.event_date ?? '') <= '2017-11-30', `${r.sub_event_type} dated ${r.event_date}`);
});

test('dating: a lead that dates nothing takes the day of the event the body dates a few sentences on, not the publication day', () => {
  const text =
    "Kenya's swift response to the deadliest bombing in the history of the port city of Kismayo drew praise from survivors. " +
    'Officials said the help came faster than from any other country. ' +
    'Aid workers said the hospitals were overwhelmed. ' +
    'Many families are still searching for relatives. ' +
    'Two truck bombs exploded at a busy market in Kismayo on Monday, killing at least 40 people.';
  const rs = current(text);
  assert.ok(rs.length > 0, 'the bombing is coded');
  // every telling of the bombing is Monday's, the lead's undated one included (not the Wednesday-Thursday of the report)
  for (const r of rs) assert.equal(r.event_date, '2017-10-09', `${r.sub_event_type} in sentence ${r.evidence[0]?.start}`);
});

test('dating: a passive act the lead tells ("was released on Tuesday") still sets the day the story goes on in', () => {
  // 2017-11-28 is a Tuesday; the statement's Wednesday is the next day's time-zone stamp
  const rs = current('Prince Miteb has been freed, a Saudi official said on Wednesday. The official said Miteb was released on Tuesday. Police detained 20 businessmen at a hotel in Riyadh.', '2017-11-28');
  const riyadh = rs.find((r) => r.sub_event_type === 'Arrests');
  assert.ok(riyadh, JSON.stringify(rs.map((r) => r.sub_event_type)));
  assert.ok(String(riyadh.event_date_end) <= '2017-11-28', `${riyadh.event_date}..${riyadh.event_date_end}`);
});

test('dating: a day after the noun a reaction answers ("condemned the bombing … on Tuesday") is the week up to it, the event\'s own telling keeps the day', () => {
  // (a whole article, with its dateline: an ACLED note's date is its event's)
  const [r] = current('BEIRUT (Reuters) - The United Nations condemned the bombing of a hospital in Aleppo on Tuesday.');
  assert.ok(r, 'the bombing is coded');
  assert.deepEqual([r.event_date, r.event_date_end, r.time_precision], ['2017-10-03', '2017-10-10', 2]);
  const [own] = current('BEIRUT (Reuters) - A bombing of a hospital in Aleppo on Tuesday killed 12.');
  assert.deepEqual([own?.event_date, own?.event_date_end], ['2017-10-10', '2017-10-10']);
});

test('dating: the answered event\'s own verb before the day keeps the day ("came after a car bombing killed 100 people on Tuesday")', () => {
  const rs = current('BEIRUT (Reuters) - Suicide bombers killed 18 people in Hama on Wednesday. The attack came after a car bombing killed 100 people on Tuesday in Homs.');
  const homs = rs.find((r) => r.location === 'Homs');
  assert.ok(homs, JSON.stringify(rs.map((r) => r.location)));
  assert.deepEqual([homs.event_date, homs.event_date_end], ['2017-10-10', '2017-10-10']);
});
