import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';

const ex = createExtractor();
const art = (text: string, published = '2022-05-11'): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const first = (text: string, published?: string) => {
  const rs = ex.extract(art(text, published)).records;
  return rs.sort((a, b) => b.confidence - a.confidence)[0];
};

// [text, sub_event_type, actor1 (substring), actor2 (substring or null), label]
const cases: [string, string, string, string | null, string][] = [
  ['On 10 May 2022, Russian warplanes carried out airstrikes on the outskirts of Maarat al-Numan in Idlib.', 'Air/drone strike', 'Military Forces of Russia', null, 'striker is the modifier'],
  ['The town was hit by Turkish drone strikes on Tuesday.', 'Air/drone strike', 'Military Forces of Turkey', null, 'passive agent'],
  ['On 9 May 2022, clashes erupted between the Syrian Democratic Forces and Islamic State fighters near Hajin.', 'Armed clash', 'Syrian Democratic Forces', 'Islamic State', 'between X and Y'],
  ['On 8 May 2022, unknown gunmen shot dead a teacher in Daraa city.', 'Attack', 'Unidentified Armed Group', 'Civilians', 'unnamed attacker and victim by convention'],
  ['On 7 May 2022, hundreds of teachers protested in front of the governorate building in Sulaymaniyah demanding unpaid salaries.', 'Peaceful protest', 'Protesters', null, 'protesters by convention'],
  ['On 6 May 2022, a US military patrol was deployed near Rmelan town in Al Hasakah.', 'Change to group/activity', 'Global Coalition Against Daesh', null, 'context rule: US forces in Syria'],
  ['On 5 May 2022, Israeli settlers attacked Palestinian farmers with stones near Burin village, Nablus.', 'Mob violence', 'Rioters', 'Civilians', 'context rule: settler violence'],
  ['Syrian government forces recaptured the town of Khan Sheikhoun from rebels on Wednesday.', 'Government regains territory', 'Military Forces of Syria', null, 'state actor takes territory'],
  ['Islamic State seized the town of Sukhna in Syria\'s Homs province from government forces on Tuesday.', 'Non-state actor overtakes territory', 'Islamic State', 'Military Forces of Syria', 'non-state actor takes territory'],
  ['Police fired tear gas to disperse hundreds of protesters in Kampala on Tuesday.', 'Protest with intervention', 'Protesters', 'Police Forces of Uganda', 'the force that intervened, unnamed, is the police by convention'],
  ['Two Turkish soldiers were killed on Monday in northern Iraq by an improvised explosive device, the army said.', 'Remote explosive/landmine/IED', 'Unidentified Armed Group', 'Military Forces of Turkey', 'the subject of a passive verb of harm is the victim'],
];

for (const [text, sub, a1, a2, label] of cases) {
  test(`events: ${label}`, () => {
    const e = first(text);
    assert.ok(e, `no event from: ${text}`);
    assert.equal(e.sub_event_type, sub);
    assert.ok((e.actor1 ?? '').includes(a1), `actor1 ${e.actor1}`);
    if (a2) assert.ok((e.actor2 ?? '').includes(a2), `actor2 ${e.actor2}`);
  });
}

test('events: planned, feared or denied violence is not an event', () => {
  for (const t of [
    'The army said it would launch an offensive on the town next month.',
    'Officials fear the militants may attack the dam.',
    'The ministry denied that its jets struck the hospital.',
  ]) assert.equal(ex.extract(art(t)).records.length, 0, t);
});

test('events: background history is flagged, current events are not', () => {
  const rs = ex.extract(art('Rebels shelled government positions in Deraa on Monday. The rebels first captured the town of Nawa in 2014.', '2022-05-11')).records;
  const old = rs.find((r) => r.event_date?.startsWith('2014'));
  const now = rs.find((r) => r.sub_event_type === 'Shelling/artillery/missile attack');
  assert.ok(old?.historical);
  assert.equal(now?.historical, false);
  assert.equal(now?.event_date, '2022-05-09');
});

test('events: figures in a following sentence belong to the event before it', () => {
  const e = first('On 4 May 2022, Houthi forces fired artillery at pro-government positions in Hays. Three soldiers were killed and five wounded.');
  assert.equal(e.sub_event_type, 'Shelling/artillery/missile attack');
  assert.equal(e.fatalities, 3);
  assert.ok(e.claims.some((c) => c.what === 'wounded' && c.low === 5));
});

test('events: unnamed owners of destroyed property and arrested migrants are civilians by ACLED convention', () => {
  const demolition = first('On 3 May 2022, Israeli forces demolished two Palestinian-owned houses in Beit Ummar village near Hebron.');
  assert.equal(demolition.sub_event_type, 'Looting/property destruction');
  assert.match(demolition.actor2 ?? '', /^Civilians/);
  const migrants = first('On 2 May 2022, Turkish gendarmerie detained 40 migrants trying to cross the border near Edirne.');
  assert.equal(migrants.sub_event_type, 'Arrests');
  assert.equal(migrants.actor2, 'Civilians (International)');
});

test('events: the verb after an ally\'s name is the sentence\'s own event, the ally\'s weapons are not', () => {
  const own = first('On 25 May 2022, Turkish forces supported by a militia that operates under a joint command shelled SDF positions near Ain Issa. Casualties unknown.');
  assert.equal(own?.sub_event_type, 'Shelling/artillery/missile attack');
  const ally = first('On 16 January 2022, government forces, supported by coalition air raids, clashed with Houthi forces near Marib. Casualties unknown.');
  assert.equal(ally?.sub_event_type, 'Armed clash');
});

test('events: helicopters that strike, shellings, machine-gun fire at positions and shots at shepherds are events', () => {
  const cases: [string, string][] = [
    ['On 25 January 2022, four army helicopters targeted militant positions in the desert east of Hama. Casualties unknown.', 'Air/drone strike'],
    ['On 24 April 2022, army forces conducted shellings targeting militants in the mountains north of Duhok. Casualties unknown.', 'Shelling/artillery/missile attack'],
    ['On 1 June 2022, rebel forces targeted army positions with heavy machine guns on the outskirts of Taiz. Casualties unknown.', 'Armed clash'],
    ['On 12 May 2022, soldiers on the border fired live shots and tear gas canisters towards shepherds east of Khan Younis. No injuries were reported.', 'Attack'],
  ];
  for (const [text, sub] of cases) assert.equal(first(text)?.sub_event_type, sub, text);
});

test('events: a killing by unknown or presumed perpetrators is an attack', () => {
  const e = first('On 10 June 2022, a shepherd was killed by unidentified gunmen near a village south of Kirkuk.', '2022-06-10');
  assert.equal(e?.sub_event_type, 'Attack');
});

test('events: "the ministry said on Tuesday" dates the statement, not the attack it reports', () => {
  const e = first('Two car bombs killed 10 people in Baghdad on Sunday, the interior ministry said on Tuesday.', '2017-10-04');
  assert.equal(e.event_date, '2017-10-01');
  // with no day of its own, the attack lies on or before the statement's day: the week up to it (as the news gold codes it)
  const only = first('The interior ministry said on Tuesday that two car bombs had killed 10 people in Baghdad.', '2017-10-04');
  assert.deepEqual([only.event_date, only.event_date_end, only.time_precision], ['2017-09-27', '2017-10-03', 2]);
});

test('events: "the checkpoint attack" later in a story tells the bombing of the lead again, not a new clash', () => {
  const rs = ex.extract(art('Two suicide bombers attacked a checkpoint and a restaurant near Nasiriya on Thursday, killing 60 people. Police sources said some police officers had died in the checkpoint attack.', '2017-09-14')).records;
  assert.deepEqual(rs.map((r) => r.sub_event_type), ['Suicide bomb']);
  assert.equal(rs[0].evidence.length, 2);
});

test('events: a place standing for its government ("the White House said", "Washington\'s") is not where the event happened', () => {
  const e = first('WASHINGTON (Reuters) - The White House said on Friday it was reviewing the ambush. Four U.S. soldiers were killed in an ambush by militants in Niger on Oct. 4.', '2017-10-20');
  assert.equal(e.location, 'Niger');
  const tanf = first("The rebels' base in al-Tanf was hit twice by Russian air strikes on Sunday, even after Washington's officials asked Moscow to stop.", '2016-06-29');
  assert.match(tanf.location ?? '', /Tanf/);
});

test('events: armed men killing soldiers or police is a clash, whoever the victims are', () => {
  const cases = [
    'Militants killed 15 soldiers near Djibo on Monday, the army said.',
    'Gunmen killed four policemen at a checkpoint in Arish on Sunday.',
    'Insurgents killed 12 Afghan troops in Helmand province on Saturday.',
  ];
  for (const text of cases) assert.equal(first(text, '2024-03-13')?.sub_event_type, 'Armed clash', text);
});
