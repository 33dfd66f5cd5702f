import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LEXICON_DIR } from '../../lexicons/load.ts';
import { newDocument, mentionsOf, type ActorMention } from '../../model/document.ts';
import { silentLogger, type Deps } from '../../pipeline/stage.ts';
import { segment } from '../segment/index.ts';
import { actorMentions } from '../../../test/helpers/actor-mentions.ts';
import { actors, createActorsStage, interInContext, loadActorLexicon, withCountry } from './index.ts';

const deps: Deps = { lexicons: { dir: LEXICON_DIR }, gazetteer: () => { throw new Error('the actors stage must not geocode'); } };
const ctx = { log: silentLogger };
const seg = segment.create(deps);
const stage = actors.create(deps);


function find(ms: ActorMention[], surface: string): ActorMention {
  const m = ms.find((x) => x.text === surface);
  assert.ok(m, `no mention "${surface}" in [${ms.map((x) => x.text).join(' | ')}]`);
  return m;
}

test('aliases normalise to one canonical actor', () => {
  const cases: [string, string, string][] = [
    ['ISIS fighters attacked the village.', 'ISIS fighters', 'Islamic State'],
    ['Daesh claimed the bombing.', 'Daesh', 'Islamic State'],
    ['The ISIL attack failed.', 'ISIL', 'Islamic State'],
    ['IS claimed responsibility.', 'IS', 'Islamic State'],
    ["Hay'at Tahrir al-Sham shelled the town.", "Hay'at Tahrir al-Sham", 'HTS: Hayat Tahrir al Sham'],
    ['Nusra Front fighters advanced.', 'Nusra Front fighters', 'HTS: Hayat Tahrir al Sham'],
    ['The SDF took the dam.', 'SDF', 'QSD: Syrian Democratic Forces'],
    ['Houthi forces fired a missile.', 'Houthi forces', 'Military Forces of Yemen (2016-) Supreme Political Council'],
    ['Ansar Allah said it downed a drone.', 'Ansar Allah', 'Military Forces of Yemen (2016-) Supreme Political Council'],
    ['The Saudi-led coalition struck Sanaa.', 'Saudi-led coalition', 'Operation Restoring Hope'],
    ['Hashd al-Shaabi units entered the town.', 'Hashd al-Shaabi units', 'Military Forces of Iraq (2020-) Popular Mobilization Forces'],
    ['Usud al-Sharqiya fighters moved east.', 'Usud al-Sharqiya fighters', 'Usud al Sharqiya'],
    ['Al-Shabaab attacked a base.', 'Al-Shabaab', 'Al Shabaab'],
    ['Israeli forces raided Jenin.', 'Israeli forces', 'Military Forces of Israel (2021-)'],
    ['The IRGC seized a tanker.', 'IRGC', 'Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps'],
  ];
  for (const [text, surface, name] of cases) {
    const m = find(actorMentions(text), surface);
    assert.equal(m.actor?.name, name, text);
    assert.equal(m.via, 'name', text);
  }
});

test('"is" in lower case is not Islamic State', () => {
  assert.deepEqual(actorMentions('The town is quiet and it is cold.').map((m) => m.text), []);
});

test('generic actors: country words bind, otherwise the {country} placeholder stays', () => {
  const cases: [string, string, string, string | null, number][] = [
    ['Iraqi police arrested three men.', 'Iraqi police', 'Police Forces of Iraq (2020-)', 'IQ', 1],
    ['A Turkish drone hit a car.', 'Turkish drone', 'Military Forces of Turkey (2016-)', 'TR', 1],
    ['Russian jets bombed Idlib.', 'Russian jets', 'Military Forces of Russia (2000-)', 'RU', 1],
    ['Palestinian protesters gathered.', 'Palestinian protesters', 'Protesters (Palestine)', 'PS', 6],
    ['Civilians fled the town.', 'Civilians', 'Civilians ({country})', null, 7],
    ['Unidentified gunmen shot a man.', 'Unidentified gunmen', 'Unidentified Armed Group ({country})', null, 3],
    ['Rioters burned tyres.', 'Rioters', 'Rioters ({country})', null, 5],
    ['Demonstrators blocked the road.', 'Demonstrators', 'Protesters ({country})', null, 6],
    ['Teachers protested over wages.', 'Teachers', 'Protesters ({country})', null, 6],
    ['Farmers were wounded by shelling.', 'Farmers', 'Civilians ({country})', null, 7],
    ['Chinese troops were deployed.', 'Chinese troops', 'Military Forces of China', 'CN', 1],
    ['Pro-Iran militias attacked the base.', 'militias', 'Militia (Pro-Iran)', null, 3],
  ];
  for (const [text, surface, name, country, inter] of cases) {
    const m = find(actorMentions(text), surface);
    assert.deepEqual([m.actor?.name, m.actor?.country, m.actor?.inter], [name, country, inter], text);
  }
});

test('"U.S.-backed Syrian rebels": the rebels act, the U.S. backs them', () => {
  const m = find(actorMentions('U.S.-backed Syrian rebels were pushed back.'), 'Syrian rebels');
  assert.equal(m.actor?.name, 'Opposition Rebels (Syria)');
  assert.equal(m.actor?.inter, 2);
  assert.equal(m.backedBy, 'united-states');
});

test('the pattern rule names new groups', () => {
  const cases: [string, string, string, number][] = [
    ['Liwa al-Tawhid fighters clashed with troops.', 'Liwa al-Tawhid', 'Liwa al Tawhid', 2],
    ['The Mutasim Brigade shelled the village.', 'Mutasim Brigade', 'Mutasim Brigade', 2],
    ['Rebels from the Suqour al-Jabal group seized a hill.', 'Suqour al-Jabal group', 'Suqour al Jabal Group', 2],
    ['Kataib Sayyid al-Shuhada fired rockets.', 'Kataib Sayyid al-Shuhada', 'Kataib Sayyid al Shuhada', 3],
  ];
  for (const [text, surface, name, inter] of cases) {
    const m = find(actorMentions(text), surface);
    assert.equal(m.via, 'pattern', text);
    assert.deepEqual([m.actor?.name, m.actor?.inter, m.actor?.id], [name, inter, name.toLowerCase().replace(/ /g, '-')], text);
  }
  assert.equal(actorMentions('The Kurdish group said nothing.').filter((m) => m.via === 'pattern').length, 0);
});

test('descriptions resolve to the most salient compatible earlier actor', () => {
  const ms = actorMentions('Islamic State fighters attacked the town. The New Syria Army said the jihadists lost ten men. The rebels withdrew. Later the group shelled the base.');
  const byText = (t: string) => find(ms, t);
  assert.equal(byText('the jihadists').actor?.id, 'islamic-state');
  assert.equal(byText('the jihadists').antecedent, byText('Islamic State fighters').id);
  assert.equal(byText('The rebels').actor?.id, 'new-syria-army');
  assert.equal(byText('The rebels').via, 'description');
  assert.equal(byText('the group').actor?.id, 'islamic-state');
  const coalition = actorMentions('The U.S.-led coalition struck Raqqa. The coalition said two fighters died.');
  assert.equal(find(coalition, 'The coalition').actor?.id, 'global-coalition');
});

test('a description with nothing to point to abstains or falls back to a generic actor', () => {
  assert.equal(find(actorMentions('The group denied it.'), 'The group').actor, null);
  assert.equal(find(actorMentions('The rebels denied it.'), 'The rebels').actor?.name, 'Opposition Rebels ({country})');
});

test('monitors, media and territory are not agents', () => {
  const ms = actorMentions('The Syrian Observatory for Human Rights said, citing Amaq news agency and Reuters, that the Islamic State-held town fell.');
  assert.equal(find(ms, 'Syrian Observatory for Human Rights').actor?.kind, 'monitor');
  assert.equal(find(ms, 'Syrian Observatory for Human Rights').actor?.inter, 0);
  assert.equal(find(ms, 'Amaq news agency').actor?.kind, 'media');
  assert.equal(find(ms, 'Reuters').actor?.kind, 'media');
  assert.ok(find(ms, 'Islamic State').confidence < 0.5, 'Islamic State-held is territory, low confidence');
  assert.equal(ms.filter((m) => m.actor?.name.startsWith('Military Forces of Syria')).length, 0, '"Syrian Observatory" is not the Syrian army');
  assert.deepEqual(actorMentions('Abu Bakr al-Baghdadi spoke to Muzahem al Saloum.'), []);
});

test('"our troops" is the speaker\'s, not state forces', () => {
  assert.equal(actorMentions('"Our troops were trapped," he said.').length, 0);
});

test('the placeholder is filled and foreign state forces become external (8)', () => {
  const civ = find(actorMentions('Civilians fled.'), 'Civilians').actor!;
  assert.deepEqual([withCountry(civ, 'SY', 'Syria').name, withCountry(civ, 'SY', 'Syria').country], ['Civilians (Syria)', 'SY']);
  const ru = find(actorMentions('Russian jets struck.'), 'Russian jets').actor!;
  assert.equal(interInContext(ru, 'SY'), 8);
  assert.equal(interInContext(ru, 'RU'), 1);
});

test('the stage appends mentions without touching its input', () => {
  const article = { id: 'a', text: 'ISIS attacked.', title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 't' } };
  const before = seg.run(newDocument(article), ctx);
  const frozen = JSON.stringify(before);
  const after = stage.run(before, ctx);
  assert.equal(JSON.stringify(before), frozen);
  assert.equal(after.mentions.length, 1);
  assert.deepEqual(stage.requires, ['sentences', 'tokens']);
  assert.deepEqual(stage.assigns, ['mentions:ACTOR']);
});

test('a sentence-initial "They" resolves to the last group named in the sentence before', () => {
  const text = 'Islamic State fighters encircled the Free Syrian Army near the town. They suffered heavy losses, a source said. The weather was cold. They left.';
  const lex = loadActorLexicon();
  const stage = createActorsStage(lex);
  const seg = segment.create({ lexicons: { dir: LEXICON_DIR }, gazetteer: () => ({ candidates: () => [] }) });
  const ctx = { log: silentLogger };
  const doc = stage.run(seg.run(newDocument({ id: 'p', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'p' } }), ctx), ctx);
  const pronouns = doc.mentions.filter((m) => m.kind === 'ACTOR' && m.via === 'pronoun');
  assert.equal(pronouns.length, 1, 'the second "They" follows a sentence that names no group');
  assert.equal(pronouns[0].kind === 'ACTOR' && pronouns[0].actor?.id, 'free-syrian-army');
});

test('a country\'s name is its military only where a verb of armed force follows, and "Country\'s forces" are its forces', () => {
  const cases: [string, string, string][] = [
    ['Iraq launched an offensive on Thursday.', 'Iraq', 'Military Forces of Iraq (2020-)'],
    ['The United States has bombed a camp in Libya.', 'United States', 'Military Forces of the United States (2021-)'],
    ['The United States launched two sets of air strikes on camps in Libya.', 'United States', 'Military Forces of the United States (2021-)'],
    ["Russia's air force struck Idlib.", "Russia's air force", 'Military Forces of Russia (2000-)'],
    ['Russia s air force struck Idlib.', 'Russia s air force', 'Military Forces of Russia (2000-)'],
    ['Saudi air defense forces intercepted a missile.', 'Saudi air defense forces', 'Military Forces of Saudi Arabia (2015-)'],
  ];
  for (const [text, surface, name] of cases) assert.equal(find(actorMentions(text), surface).actor?.name, name, text);
  for (const text of ['Iraq said on Thursday it would hold elections.', 'Iraq is a country of 38 million people.', 'Talks on Iraq launched a new process.', 'An air raid in eastern Iraq killed a dozen people.', 'Iraq launched a probe into the deal.', 'Iraq fired its envoy to Turkey.', 'Iraq struck a deal with Turkey.'])
    assert.deepEqual(actorMentions(text).filter((m) => m.text.includes('Iraq')).map((m) => m.text), [], text);
});

test('"X backed by Y": X is an actor, not Y\'s backer', () => {
  const ms = actorMentions('Iraqi government forces backed by paramilitary groups captured Kirkuk.');
  assert.equal(find(ms, 'Iraqi government forces').actor?.name, 'Military Forces of Iraq (2020-)');
  assert.equal(find(actorMentions('Hezbollah-backed militias attacked Hama.'), 'militias').actor?.name, 'Militia (Pro-Hezbollah)');
});

test('"X-held" names the holder, never an agent: a demonym holds through its forces (issue 10, actors)', () => {
  const kurd = find(actorMentions('Iraqi forces captured the Kurdish-held city of Kirkuk.'), 'Kurdish');
  assert.equal(kurd.actor?.id, 'kurdish-forces');
  assert.equal(kurd.holds, true);
  assert.ok(kurd.confidence < 0.5, 'a holder is no party of its own sentence');
  const syrian = find(actorMentions('Rebels shelled the Syrian-held airport.'), 'Syrian');
  assert.equal(syrian.actor?.name, 'Military Forces of Syria (2000-)');
  assert.equal(syrian.holds, true);
  // "Arab" shares the demonym line with "Kurdish" but not its forces
  assert.equal(actorMentions('They entered Arab-held districts.').find((m) => m.text === 'Arab'), undefined);
});

test('a country is its police before a verb of arrest, and its forces before an event noun in the possessive', () => {
  assert.equal(find(actorMentions('Ties hit a low when Turkey detained a consulate worker.'), 'Turkey').actor?.name, 'Police Forces of Turkey (2016-)');
  assert.equal(find(actorMentions('Iraq’s capture of the city raised the risk of conflict.'), 'Iraq').actor?.name, 'Military Forces of Iraq (2020-)');
  // not a report or a policy in the possessive
  assert.equal(actorMentions('Iraq’s budget was approved.').find((m) => m.text === 'Iraq'), undefined);
  assert.equal(actorMentions('Talks on Turkey detained the ministers for hours.').find((m) => m.text === 'Turkey'), undefined);
});

test('coordinated force nouns and "government air strikes" are state forces', () => {
  assert.equal(find(actorMentions('Philippine ground and air forces battled the militants.'), 'Philippine ground and air forces').actor?.name, 'Military Forces of the Philippines');
  assert.equal(find(actorMentions('The city was destroyed by government air strikes.'), 'government air strikes').actor?.name, 'Military Forces of {country}');
  // "regime" is the government word of opposition and regional outlets: its air raids, planes and barrel bombs too
  assert.equal(find(actorMentions('Regime air raids killed ten people in the town.'), 'Regime air raids').actor?.name, 'Military Forces of {country}');
  assert.equal(find(actorMentions('Six others were killed in government barrel bombs.'), 'government barrel bombs').actor?.name, 'Military Forces of {country}');
  // "X-led forces": the forces a state leads are its military; a led coalition keeps its own name, a people leads no state's
  assert.match(find(actorMentions('U.S.-led forces shot down a drone.'), 'U.S.-led forces').actor?.name ?? '', /^Military Forces of the United States/);
  assert.match(find(actorMentions('Civilians were killed by US-led air strikes.'), 'US-led air strikes').actor?.name ?? '', /^Military Forces of the United States/);
  assert.equal(actorMentions('The U.S.-led talks opened.').find((m) => /led/.test(m.text)), undefined);
  assert.equal(actorMentions('Planes from a U.S.-led military coalition struck.').find((m) => m.text === 'U.S.-led military'), undefined);
});

test('every mention of an actor adds to its salience: a chain of "the militants" outweighs a unit named once nearby', () => {
  const ms = actorMentions(
    'Islamic State lost the town. The militants fled north. The militant group regrouped. The army s 9th division and the Emergency Response division entered. Smoke rose from oil wells set on fire by the militants.',
  );
  const last = ms.filter((m) => m.text === 'the militants').at(-1);
  assert.equal(last?.actor?.name, 'Islamic State');
});

test('armed groups of world news outside the Middle East have their own names, not a neighbour\'s or none (issue 10, actors)', () => {
  const cases: [string, string, string][] = [
    ['Abu Sayyaf militants beheaded a hostage on Jolo.', 'Abu Sayyaf militants', 'Abu Sayyaf Group'],
    ['Rohingya insurgents attacked 30 police posts.', 'Rohingya insurgents', 'ARSA: Arakan Rohingya Salvation Army'],
    ['The attack was carried out by the Haqqani network, officials said.', 'Haqqani network', 'Haqqani Network'],
    ['Maute group fighters held parts of Marawi.', 'Maute group fighters', 'Maute Group'],
    ['FARC rebels handed over their weapons.', 'FARC rebels', 'FARC: Revolutionary Armed Forces of Colombia'],
  ];
  for (const [text, surface, name] of cases) assert.equal(find(actorMentions(text), surface).actor?.name, name, text);
  // a person who shares the network's name is no actor
  assert.ok(!actorMentions('Husain Haqqani, a former ambassador, wrote the report.').some((m) => m.actor?.id === 'haqqani-network'));
});

test('a country word before a strike noun names its forces: "U.S. cruise missile strikes", "Israeli missile strikes" (issue 10, actors)', () => {
  assert.equal(find(actorMentions('Putin condemned U.S. cruise missile strikes on Syria as illegal.'), 'U.S. cruise missile strikes').actor?.name, 'Military Forces of the United States (2021-)');
  assert.equal(find(actorMentions('Israeli missile strikes hit Damascus.'), 'Israeli missile strikes').actor?.name, 'Military Forces of Israel (2021-)');
  assert.equal(find(actorMentions('Two suspected U.S. drone strikes killed 11 people.'), 'U.S. drone strikes').actor?.name, 'Military Forces of the United States (2021-)');
  // labour strikes and strikes without a weapon or a country word stay no actor
  assert.deepEqual(actorMentions('The French strikes disrupted trains.').map((m) => m.text), []);
  assert.deepEqual(actorMentions('A missile strike hit the town.').map((m) => m.text), []);
});

test('"the drones" are the air force named before them, within two sentences; otherwise no one (issue 10, actors)', () => {
  const ms = actorMentions('Two suspected U.S. drone strikes killed 11 people on Tuesday. The drones fired missiles on Taliban hideouts.');
  assert.equal(find(ms, 'The drones').actor?.name, 'Military Forces of the United States (2021-)');
  // no air force named before: nobody
  assert.equal(actorMentions('The drones fired missiles on Taliban hideouts.').find((m) => m.text === 'The drones'), undefined);
  // too far back
  const far = actorMentions('Russian jets struck Idlib. Talks went on. Aid arrived. Rain fell. The jets returned.');
  assert.equal(far.find((m) => m.text === 'The jets'), undefined);
  // "the drone programme": a noun after it, not an aircraft
  assert.equal(actorMentions('U.S. drone strikes killed 11 people. The drone programme grew.').find((m) => m.text.startsWith('The drone')), undefined);
});

test('a state\'s "authorities" are its police, as ACLED codes their arrests and demolitions; its "government" and "security forces" stay its military', () => {
  assert.match(find(actorMentions('Saudi authorities detained 11 princes on Saturday.'), 'Saudi authorities').actor?.name ?? '', /^Police Forces of Saudi Arabia/);
  assert.match(find(actorMentions('U.S. authorities arrested the bank manager in Miami.'), 'U.S. authorities').actor?.name ?? '', /^Police Forces of the United States/);
  assert.match(find(actorMentions('Turkish security forces detained 20 people.'), 'Turkish security forces').actor?.name ?? '', /^Military Forces of Turkey/);
});

test('country words of world news bind state forces and people: "Georgian service members", "Togolese police", "thousands of Peruvians"', () => {
  assert.match(find(actorMentions('Three Georgian service members were wounded.'), 'Georgian service members').actor?.name ?? '', /^Military Forces of Georgia/);
  assert.match(find(actorMentions('Togolese police fired tear gas.'), 'Togolese police').actor?.name ?? '', /^Police Forces of Togo/);
  assert.match(find(actorMentions('Two Saudi guards were shot dead.'), 'Saudi guards').actor?.name ?? '', /^Military Forces of Saudi Arabia/);
  assert.equal(find(actorMentions('Thousands of Peruvians marched in Lima.'), 'Peruvians').actor?.country, 'PE');
  // a capital is a place ("Lome's opposition stronghold"), an ethnic word names no state ("Uzbek commanders" in Afghanistan)
  assert.ok(!actorMentions("Police fired tear gas in Lome's opposition stronghold.").some((m) => m.actor?.country === 'TG'));
  assert.ok(!actorMentions('Uzbek commanders met in Mazar-i-Sharif.').some((m) => m.actor?.country === 'UZ'));
});
