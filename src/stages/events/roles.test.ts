import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import type { EventRecord } from '../../model/record.ts';

// Who did what to whom, from the clause that tells the event. Sentences written for these tests.
const ex = createExtractor();
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const main = (text: string, published = '2017-06-14'): EventRecord => {
  const rs = ex.extract(art(text, published)).records.filter((r) => !r.historical);
  assert.ok(rs.length, `no event in "${text}"`);
  return rs.sort((a, b) => b.confidence - a.confidence)[0];
};

// [text, actor1 (substring, or null for none), actor2 (substring, or null for any), label]
const cases: [string, string | null, string | null, string][] = [
  ['Police said a car bomb exploded outside a hotel in Mogadishu on Saturday.', 'Unidentified Armed Group', null, 'the subject of "said" is a source, not the bomber'],
  ['Turkish forces said they had shelled Kurdish militia positions near Afrin on Monday.', 'Military Forces of Turkey', null, 'a source acts in its report through a pronoun'],
  ['Investigators found no link between Islamic State and the gunman, a local man who shot dead 12 people at a market in Kano on Sunday.', 'Unidentified Armed Group', 'Civilians', 'a relative clause\'s subject is the noun before "who"'],
  ['As Islamic State fighters regrouped in the desert near Sirte, the United States launched air strikes on their camps.', 'Military Forces of the United States', null, 'a leading adverbial clause does not hold the subject'],
  ['Iraq launched an offensive on Thursday to drive Islamic State from the town of Tal Afar.', 'Military Forces of Iraq', 'Islamic State', 'a country that launches an offensive is its military'],
  ["Russia's air force carried out air strikes on rebel positions near Hama on Monday, killing five fighters.", 'Military Forces of Russia', 'Rebels', 'a country\'s air force, possessive'],
  ['Twelve policemen were killed in fighting with Taliban insurgents in Helmand on Tuesday.', 'Taliban', 'Police Forces of Afghanistan', 'the other side of a battle word is the agent of a passive verb of harm'],
  ['The town of Tal Afar fell on Monday in an offensive by U.S.-backed Iraqi government troops.', 'Military Forces of Iraq', null, 'the agent of an "offensive by" past a backer'],
  ['The Iraqi military said eight militants were killed in air raids near Rawa on Monday.', 'Military Forces of Iraq', null, 'a military reporting air raids with no other agent reports its own'],
  ['Iraqi government forces backed by paramilitary groups captured the town of Hawija from Islamic State on Thursday.', 'Military Forces of Iraq', 'Islamic State', '"X backed by Y" keeps X as the agent'],
  ['Three journalists were detained in Istanbul on Sunday.', 'Police Forces of Turkey', 'Civilians (Turkey)', 'an arrest with no named arrester is the police\'s, by ACLED convention'],
  ['Kenyan police on Thursday found the bodies of nine kidnap victims near the town of Garissa.', 'Unidentified Armed Group', null, 'police who found the victims are not the kidnappers'],
  ['Investigators found no direct links between Islamic State and Ahmed Saleh, a local shopkeeper who shot dead 12 people at a market in Kano on Sunday.', 'Unidentified Armed Group', 'Civilians', 'a relative clause whose noun is no actor takes no actor named before it'],
  // (the militants, tied to no named group, are the unidentified armed group: slot-generics.ts)
  ['Ignoring warnings from Turkish troops, the militants attacked a border post near Kilis on Monday.', 'Unidentified Armed Group (Turkey)', null, 'an actor inside a leading participle phrase is its object, not the subject'],
  ['The Kremlin first launched air strikes near Hama on Monday.', 'Military Forces of Russia', null, 'an adverb between a country and its verb of force'],
  ['The arrest of a Turkish journalist in Diyarbakir on Monday drew wide attention from rights groups.', 'Police Forces of Turkey', null, 'a definite arrest with no named arrester is the police\'s'],
  ['U.S. warplanes carried out air strikes on Syrian government forces near al-Tanf in Syria on Thursday.', 'Military Forces of the United States', null, 'US strikes on a pro-government force are not the anti-IS coalition\'s'],
  ['The SDF, aided by coalition air strikes, attacked Islamic State positions in Raqqa on Monday.', 'QSD', 'Islamic State', 'the force aided by air strikes attacks, and its opponent is its target (the strikes that aid a campaign are no event of their own: realis support-means)'],
  ['The Kurdish militants were intercepted crossing the border into Turkey on Monday, the Turkish military said.', 'Military Forces of Turkey', 'PKK', 'a state force reporting a passive interception with no other agent made it'],
  ['Islamic State fighters were killed in clashes near Arish on Monday, the Egyptian army said.', 'Military Forces of Egypt', 'Islamic State', 'a state force reporting a clash with a named group fought it'],
  ['Clashes broke out between rival tribes near Sabha on Monday, Libyan police said.', null, null, 'a force reporting a clash between others is no party to it'],
  ['Tunisian Anis Amri was shot dead by Italian police in Milan on Friday.', 'Police Forces of Italy', null, 'a European demonym binds the police to its country'],
  ["The Syrian army, backed by Russia and Iran, is fighting Islamic State in the city of Deir al-Zor on Monday.", 'Military Forces of Syria', 'Islamic State', 'an auxiliary before a present participle is a progressive, not a passive'],
  ['Turkish police detained a local employee of the U.S. consulate in Istanbul on Monday.', 'Police Forces of Turkey', 'Civilians (Turkey)', 'people held for their work (employees, activists, clerics) are civilians'],
  ['Jordanian police arrested 12 activists in Amman on Monday.', 'Police Forces of Jordan', 'Civilians (Jordan)', 'arrested activists are civilians'],
  ['American pilots shot down two drones near al-Tanf in Syria on Monday.', 'Global Coalition Against Daesh', null, 'pilots of a country are its military'],
  ['Recent Russian bombing raids near Idlib killed 12 civilians on Sunday, a monitor said.', 'Military Forces of Russia', 'Civilians', 'a country word before bombing raids names its military'],
  ['The Syrian Democratic Forces said on Saturday they had come under attack from Russian jets near Deir al-Zor.', 'Military Forces of Russia', 'Syrian Democratic Forces', 'the one who came under attack is its target; the attack came from its source'],
  ['An Iraqi army convoy came under attack by Islamic State fighters near Rutba on Monday.', 'Islamic State', 'Military Forces of Iraq', '"came under attack by X": X attacked the subject'],
  ['Russian bombardment of Idlib killed 12 civilians on Sunday, a monitor said.', 'Military Forces of Russia', 'Civilians', 'a country word before "bombardment" names its military'],
  ['Officials said they had warned Russian forces before the strikes, meant to punish the Syrian government for what they say was a chemical attack in Idlib on Tuesday.', 'Military Forces of Syria', null, 'those who say what an attack was are no party to it; the one punished for it is its perpetrator'],
  // (actors12) the one a fight is against is never the agent of an event told later in its sentence
  ['The campaign against al Shabaab near Kismayo widened on Monday with a new offensive, officials said.', null, 'Al Shabaab', 'with no agent named, the object of "campaign against" is the target'],
  // (actors12) a leader's armed followers past his titles (actor-patrons.jsonl)
  ['Forces loyal to former president Ali Abdullah Saleh clashed with Houthi fighters in Sanaa on Monday.', 'Militia (Pro-Saleh)', 'Houthis', 'forces loyal to a leader are his side'],
  ['Five rescue workers died in airstrikes by the Russian and regime forces on a clinic near Saraqeb, Syria on Monday.', 'Military Forces of Syria', 'Civilians', 'the subject of "died in" is a victim; the agent phrase after the trigger names the striker, past a coordinated adjective'],
  ['Barrel bombs dropped from Syrian government helicopters killed 11 civilians in the town of Saraqeb, Syria on Thursday.', 'Military Forces of Syria', null, 'what a weapon is dropped from wields it, it is not the target'],
  ['A source at the Aleppo Police Command told SANA that two women were killed by rocket shells fired by terrorists in Aleppo, Syria on Monday.', 'Unidentified Armed Group', 'Civilians', 'a police source reports another\'s shelling, named by "fired by"'],
  ['Twenty-three civilians were killed in air strikes on a town in eastern Syria held by Islamic State on Thursday, a monitor said.', 'Unidentified Military Forces', 'Civilians', 'who holds the town struck is no agent of the strike'],
  ['Air strikes on towns held by Islamic State killed 12 civilians in Raqqa province, Syria on Thursday.', 'Unidentified Military Forces', null, 'who holds the towns struck is no agent of the strike, with no passive'],
  ['Police said two women were killed by mortar shells in Aleppo, Syria on Monday.', null, 'Civilians', 'police reporting shelling did not shell'],
  ['Ten civilians were killed in air strikes by the Russian and Syrian forces on the town of Saraqeb, Syria on Monday.', 'Military Forces of Syria', 'Civilians', 'a passive victim; the agent after a coordinated adjective'],
];

for (const [text, a1, a2, label] of cases) {
  test(`roles: ${label}`, () => {
    const e = main(text);
    if (a1 === null) assert.equal(e.actor1, null, text);
    else assert.ok(e.actor1?.includes(a1), `actor1 "${e.actor1}" lacks "${a1}" in: ${text}`);
    if (a2 !== null) assert.ok(e.actor2?.includes(a2), `actor2 "${e.actor2}" lacks "${a2}" in: ${text}`);
  });
}

test('roles: "the group" that strikes abroad is still the group named before, not the target country\'s state', () => {
  const rs = ex.extract(art('The Houthis seized the town of Haradh in Yemen on Friday. The group launched a missile toward Riyadh\'s main airport on Saturday.', '2017-11-06')).records;
  assert.ok(rs.length >= 1);
  for (const r of rs) assert.ok(!r.actor1?.includes('Saudi Arabia'), `actor1 ${r.actor1}`);
  assert.ok(rs.some((r) => r.actor1_mention === 'The group' && r.actor1 === 'Ansar Allah (Houthis)'), rs.map((r) => `${r.actor1} [${r.actor1_mention}]`).join(', '));
});

test('roles: a bombing word that names a state\'s military is an air strike, not a planted bomb', () => {
  assert.equal(main('Russian bombing raids in Idlib killed 12 civilians on Sunday, a monitor said.').sub_event_type, 'Air/drone strike');
  // a bare "bombing" after a country names where the bomb went off ("Iraq bombing kills 10"), not who dropped it
  const bare = main('Iraq bombing kills 10 in Baghdad market on Sunday.');
  assert.equal(bare.sub_event_type, 'Remote explosive/landmine/IED');
  assert.ok(!bare.actor1?.startsWith('Military Forces of Iraq'), `actor1 ${bare.actor1}`);
  assert.equal(main('A bombing in Idlib killed 12 civilians on Sunday, a monitor said.').sub_event_type, 'Remote explosive/landmine/IED');
});

test('roles: a state force named and the same force as "troops" of the event\'s country are one side, not two', () => {
  const e = main('The Syrian army and its allies are fighting to secure a corridor to troops in Deir al-Zor on Monday.');
  assert.ok(e.actor1?.includes('Military Forces of Syria'), `actor1 ${e.actor1}`);
  assert.ok(!e.actor2?.includes('Military Forces of Syria'), `actor2 ${e.actor2}`);
});

test('roles: an ACLED name carries the period in force on the event date, in the record and in its note', () => {
  const e = main('Lebanese troops clashed with Islamic State fighters near Arsal on Saturday.', '2017-08-21');
  assert.equal(e.actor1, 'Military Forces of Lebanon');
  assert.ok(!/\(20\d\d-/.test(e.notes), e.notes);
  const iraq = main('Iraqi troops recaptured the town of Tal Afar from Islamic State on Saturday.', '2017-08-28');
  assert.equal(iraq.actor1, 'Military Forces of Iraq (2014-2018)');
});

test('roles: people described by a participle ("immigrants arrested for crimes") are no arrest to give the police', () => {
  const rs = ex.extract(art('The mayor said cities should not hand over immigrants arrested for minor crimes in Chicago.', '2017-06-14')).records;
  assert.ok(!rs.some((r) => r.actor1?.startsWith('Police Forces')), JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1])));
});

test('roles: a country in an actor\'s name is ACLED\'s name for it ("United Kingdom", not "Britain")', () => {
  const e = main('A bomb exploded on a train in London on Friday, wounding 29 people, police said.', '2017-09-16');
  assert.equal(e.actor2, 'Civilians (United Kingdom)');
  assert.equal(e.country, 'United Kingdom');
});

test('roles: a state force named by convention reads as ACLED writes it ("of the United States")', () => {
  const e = main('Two men were detained in Chicago on Sunday.');
  assert.equal(e.actor1, 'Police Forces of the United States');
  assert.ok(e.notes.includes('Police Forces of the United States') && !e.notes.includes('{country}'), e.notes);
});

test('dates: background history told without a date is dated before the news, not on the report\'s day', () => {
  const rs = ex.extract(art('Islamic State fighters attacked the town of Tal Afar on Monday, killing five soldiers. At the height of its power, Islamic State seized the city of Mosul from Iraqi forces.', '2017-06-14')).records;
  const background = rs.filter((r) => r.historical && r.sub_event_type === 'Non-state actor overtakes territory');
  assert.ok(background.length, 'the seizure of Mosul is background');
  for (const b of background) assert.ok((b.event_date_end ?? b.event_date)! < '2017-06-01', `${b.event_date}..${b.event_date_end}`);
});

test('roles: "U.S. cruise missile strikes on Syria" struck Syria\'s military, so the strike is the United States\' own, not the anti-IS coalition\'s', () => {
  const rs = ex.extract({ id: 't', text: 'MOSCOW (Reuters) - Russian President Vladimir Putin condemned U.S. cruise missile strikes on Syria as illegal on Friday.', title: null, published: '2017-04-07', publisher: null, url: null, dateline: null, origin: { file: 't' } }).records;
  const strike = rs.find((r) => r.event_type === 'Explosions/Remote violence');
  assert.ok(strike, rs.map((r) => r.sub_event_type).join(', '));
  assert.match(strike.actor1 ?? '', /^Military Forces of the United States/);
  assert.match(strike.actor2 ?? '', /^Military Forces of Syria/);
  assert.equal(strike.country, 'Syria');
});

test('roles: in a riot the state force named is the side the rioters fought, and the crowd it fought is the rioters, not their victims', () => {
  const riot = (text: string) => ex.extract({ id: 't', text, title: null, published: '2017-10-07', publisher: null, url: null, dateline: null, origin: { file: 't' } }).records.find((r) => r.event_type === 'Riots');
  for (const text of [
    'Pakistani police fought running battles on Saturday with stone-throwing activists who were blocking roads into Islamabad.',
    'Police used tear gas to disperse demonstrators who were burning tires in Nairobi on Friday.',
  ]) {
    const r = riot(text);
    assert.match(r?.actor1 ?? '', /^Rioters/, text);
    assert.match(r?.actor2 ?? '', /^Police Forces of/, text);
  }
  // a mob's victims stay its target; a police force that only reports is no side
  const mob = riot('A mob beat two men to death in a village near Patna on Monday, police said.');
  assert.match(mob?.actor2 ?? '', /^Civilians/);
});

// (actors12) "the fall of X" after "the battle against IS": IS lost the town, it did not take it
test('roles: the object of "battle against" is the side that lost the town, not its taker', () => {
  const e = main('The battle against Islamic State in Syria did not end with the fall of Raqqa on Friday, the minister said.');
  assert.ok(!e.actor1?.includes('Islamic State'), `actor1 ${e.actor1}`);
  assert.equal(e.actor2, 'Islamic State');
});

test('roles: the interceptor, renamed the anti-IS coalition by a context rule, is not also the side whose drone it stopped', () => {
  const e = main('U.S. forces said on Tuesday they had shot down an armed drone near the border between Iraq and Syria.');
  assert.equal(e.actor1, 'Global Coalition Against Daesh');
  assert.equal(e.actor2, null);
});
