import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { loadAttributionCues } from './attribution.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// A claim or blame names who carried out an event the text told with no perpetrator, or with unidentified gunmen.
// Sentences written for these tests.
const ex = createExtractor();
const art = storyOn('2017-10-05');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

test('attribution: the lexicon loads, and every cue has words before or after the name', () => {
  const cues = loadAttributionCues();
  assert.ok(cues.length >= 5);
  for (const c of cues) assert.ok(c.before || c.after, c.id);
});

// [text, actor1 of the event (substring), label]
const cases: [string, string, string][] = [
  ['Gunmen killed six people on Wednesday in an attack on a police station in the Libyan town of Zliten. Islamic State claimed responsibility for the attack in a statement.', 'Islamic State', 'a claim in the next sentence names the attack\'s perpetrator instead of unidentified gunmen'],
  ['A car bomb exploded near a market in Kirkuk on Tuesday, killing nine people. The Islamic State group claimed responsibility in a statement on its website.', 'Islamic State', 'a claim without event words of its own speaks of the event just told'],
  ['A toxic gas attack killed 30 people in the town of Latamneh on Tuesday, an attack that Western governments blamed on Assad’s forces.', 'Military Forces of Syria', 'an attack blamed on a named force is that force\'s'],
  ['Officials warned Russian forces ahead of the strikes, meant to punish the Syrian government for a gas attack that killed 30 people in Latamneh on Tuesday.', 'Military Forces of Syria', 'the one punished for an attack is its perpetrator, not the one warned before it'],
  ['A bomb exploded at a market in Diyarbakir on Monday, killing four people. Turkish officials accused the PKK of planting the bomb.', 'PKK', '"accused X of planting the bomb" names the bomber'],
  ['A missile was fired at Jazan on Monday, killing two people. Saudi officials accused the Houthis of firing the missile.', 'Houthis', '"accused X of firing" names the firer'],
  ['Gunmen killed 12 people at a hotel in Sousse on Friday. Islamic State, which controls land in Iraq and Syria, claimed responsibility for the shooting in a statement.', 'Islamic State', 'a relative clause between the claimant and its claim'],
  ['A suicide bomber killed 14 people at a mosque in Kabul on Friday. Taliban spokesman Zabihullah Mujahid claimed responsibility in a message to reporters.', 'Taliban', 'a group\'s spokesman claiming the attack'],
];

for (const [text, a1, label] of cases) {
  test(`attribution: ${label}`, () => {
    const rs = current(text);
    assert.ok(rs.length, `no event in: ${text}`);
    assert.ok(rs.some((r) => r.actor1?.includes(a1)), `no event with actor1 "${a1}": ${rs.map((r) => r.actor1).join(', ')}`);
  });
}

test('attribution: a blame that names another event of the sentence leaves the trigger\'s own actor', () => {
  const rs = current('A gas attack killed 30 people in the town of Latamneh on Tuesday. On Friday, U.S. warships fired missiles at an air base in Homs, meant to punish the Syrian government for the attack.');
  const strike = rs.find((r) => r.sub_event_type !== 'Chemical weapon');
  assert.ok(strike?.actor1?.includes('United States'), rs.map((r) => `${r.sub_event_type}: ${r.actor1}`).join(', '));
});

test('attribution: "no one has claimed responsibility" names nobody', () => {
  const rs = current('A roadside bomb killed four soldiers near Arish on Monday. No group has claimed responsibility for the attack.');
  assert.ok(rs.length);
  for (const r of rs) assert.ok(!r.actor1 || r.actor1.startsWith('Unidentified Armed Group'), `actor1 ${r.actor1}`);
});

test('attribution: a claim more than two sentences later does not reach back', () => {
  const rs = current(
    'A roadside bomb killed four soldiers near Arish on Monday. Egypt has fought an insurgency in Sinai for years. Tourism in the region has collapsed since then. Islamic State claimed responsibility in a statement.',
  );
  const bomb = rs.find((r) => r.sub_event_type === 'Remote explosive/landmine/IED');
  assert.ok(bomb, 'no bombing');
  assert.ok(!bomb.actor1?.includes('Islamic State'), `actor1 ${bomb.actor1}`);
});

test('attribution: "three of its fighters carried out an attack" is the group\'s claim', () => {
  const rs = current('Islamic State said three of its fighters carried out an attack on a police station in Homs on Monday in which 12 people were killed.');
  assert.ok(rs.some((r) => r.actor1?.includes('Islamic State')), rs.map((r) => `${r.sub_event_type}: ${r.actor1}`).join(', '));
});

test('attribution: a claim names the perpetrator of the attack\'s parts told sentences later, at its place and time', () => {
  const rs = current(
    'Islamic State said three of its fighters carried out an attack on a police station in Homs on Monday. Two of the fighters fired shots at the guards, the group said. Police reinforcements arrived an hour later. The third attacker blew himself up at the gate, killing four people.',
  );
  const bomb = rs.find((r) => r.sub_event_type === 'Suicide bomb');
  assert.ok(bomb, rs.map((r) => `${r.sub_event_type}: ${r.actor1}`).join(', '));
  assert.ok(bomb.actor1?.includes('Islamic State'), `actor1 ${bomb.actor1}`);
});

test('attribution: an accuser\'s blame is not carried to the article\'s other attacks, nor a claim to one told as another event', () => {
  const bombs = (text: string) => current(text).filter((r) => r.sub_event_type === 'Remote explosive/landmine/IED').sort((a, b) => String(a.event_date).localeCompare(String(b.event_date)));
  const tail = ' Police set up roadblocks across the city after the blast. Residents said they were afraid. Separately, a roadside bomb exploded near a market in the city on Tuesday, killing three people.';
  const blamed = bombs('A car bomb exploded at a checkpoint in Kirkuk on Monday, killing five people; officials blamed the attack on Islamic State.' + tail);
  const claimed = bombs('A car bomb exploded at a checkpoint in Kirkuk on Monday, killing five people; Islamic State claimed responsibility for the attack.' + tail);
  for (const rs of [blamed, claimed]) {
    assert.equal(rs.length, 2, rs.map((r) => `${r.event_date}: ${r.actor1}`).join(', '));
    assert.ok(rs[0].actor1?.includes('Islamic State'), `first bomb: ${rs[0].actor1}`);
    assert.ok(!rs[1].actor1?.includes('Islamic State'), `second bomb: ${rs[1].actor1}`);
  }
});

// A claim the authorities doubt names no perpetrator: the attacker stays the one the reports establish (invented sentences).
test('attribution: a claim police say nothing links to the attacker leaves the attacker unnamed', () => {
  const rs = current('A gunman shot dead three people at a shopping centre in Leeds on Tuesday. Islamic State claimed responsibility for the shooting, but police said there was no evidence linking the gunman to the group.');
  assert.ok(rs.length, 'no event');
  assert.ok(rs.every((r) => r.actor1 === 'Unidentified Armed Group (United Kingdom)'), rs.map((r) => r.actor1).join(', '));
});

test('attribution: a claim doubted in the next sentence names no perpetrator; an undoubted one still does', () => {
  const doubted = current('A man stabbed two police officers in Lyon on Monday. Islamic State claimed responsibility for the attack. Prosecutors said they had found no link between the attacker and any militant group.');
  assert.ok(doubted.length && doubted.every((r) => r.actor1 !== 'Islamic State'), doubted.map((r) => r.actor1).join(', '));
  const believed = current('A man stabbed two police officers in Lyon on Monday. Islamic State claimed responsibility for the attack. Prosecutors said the attacker had pledged allegiance to the group.');
  assert.ok(believed.some((r) => r.actor1 === 'Islamic State'), believed.map((r) => r.actor1).join(', '));
});

test('attribution: the wire\'s routine "could not be verified" is no dispute', () => {
  const rs = current('Gunmen killed six people at a checkpoint in Arish on Wednesday. Islamic State claimed responsibility for the attack. The claim could not be independently verified.');
  assert.ok(rs.some((r) => r.actor1 === 'Islamic State'), rs.map((r) => r.actor1).join(', '));
});
