import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseSubType, refineByActors, scoreHits } from './classify.ts';
import { findCues, findTriggers, loadTriggerLexicon } from './triggers.ts';
import { SUB_EVENT_TYPES } from '../../model/taxonomy.ts';
import type { Actor } from '../../model/actor.ts';

const lex = loadTriggerLexicon();

function classifyText(s: string): string | null {
  const hits = findTriggers(lex, s, 0, s.length);
  const cues = findCues(lex, s, 0, s.length);
  return chooseSubType(scoreHits(hits), cues)?.sub ?? null;
}

const cases: [string, string | null, string][] = [
  ['Warplanes bombed the village at dawn.', 'Air/drone strike', 'warplanes'],
  ["Russia's air force has killed about 300 militants near Hama in the last day.", 'Air/drone strike', 'an air force as the one that killed'],
  ['The air force bombed rebel depots outside Sirte.', 'Air/drone strike', 'an air force as the one that bombed'],
  ['An air force spokesman said troops killed 20 militants near Marawi.', 'Armed clash', 'an air force spokesman is no air strike'],
  ['A Turkish drone strike hit a car near the town.', 'Air/drone strike', 'drone strike'],
  ['Government forces shelled the town with artillery.', 'Shelling/artillery/missile attack', 'shelling'],
  ['Militants fired rockets at an army base.', 'Shelling/artillery/missile attack', 'rockets'],
  ['A roadside bomb exploded next to a patrol.', 'Remote explosive/landmine/IED', 'roadside bomb'],
  ['A suicide bomber blew himself up at a checkpoint.', 'Suicide bomb', 'suicide beats explosion'],
  ['Rebels said chlorine gas was used in the attack.', 'Chemical weapon', 'chemical'],
  ['Gunmen threw a hand grenade into the shop.', 'Grenade', 'grenade'],
  ['Four shoppers were hurt in a grenade blast near the bazaar on Monday.', 'Grenade', 'a grenade blast is a grenade, not a remote explosive'],
  ['Two guards were wounded in the explosion of two grenades thrown at the gate.', 'Grenade', 'the explosion of grenades'],
  ['Two guards were wounded in an explosion at the gate.', 'Remote explosive/landmine/IED', 'an explosion with no grenade stays a remote explosive'],
  ['Clashes erupted between the two groups in the old city.', 'Armed clash', 'clashes'],
  ['Unknown gunmen shot dead a shopkeeper.', 'Attack', 'attack on civilian'],
  ['Armed men kidnapped two aid workers on the road.', 'Abduction/forced disappearance', 'kidnap'],
  ['Police arrested three men suspected of smuggling.', 'Arrests', 'arrest'],
  ['Hundreds of teachers protested outside the ministry over unpaid salaries.', 'Peaceful protest', 'peaceful protest'],
  ['Hundreds protested in the square and police dispersed the protesters with tear gas.', 'Protest with intervention', 'intervention'],
  ['Security forces opened fire on demonstrators, killing three protesters.', 'Excessive force against protesters', 'lethal force'],
  ['Demonstrators threw stones at police during the protest.', 'Violent demonstration', 'violent demonstration'],
  ['Rioters clashed with soldiers during a raid on the village.', 'Mob violence', 'riot without a demonstration'],
  ['Soldiers demolished two houses in the village.', 'Looting/property destruction', 'demolition'],
  ['The militants seized the village following the withdrawal of the army.', 'Non-violent transfer of territory', 'ground taken after the holder withdrew'],
  ['The foreign troops handed control of the camp back to the army.', 'Non-violent transfer of territory', 'control handed back'],
  ['The militants seized the village after heavy fighting.', 'Non-state actor overtakes territory', 'ground taken in a fight stays a takeover'],
  ['Army engineers defused an IED planted on the road.', 'Disrupted weapons use', 'defusal beats IED'],
  ['Air defences intercepted a drone over the city.', 'Disrupted weapons use', 'interception'],
  ['The two sides agreed to a ceasefire on Sunday.', 'Agreement', 'ceasefire'],
  ['The rebels took control peacefully of the town after government forces withdrew.', 'Non-violent transfer of territory', 'peaceful handover'],
  ['Rebels seized control of the town after heavy fighting.', 'Non-state actor overtakes territory', 'territory'],
  ['Property destruction: On 3 May 2022, settlers uprooted olive trees.', 'Looting/property destruction', 'ACLED note prefix'],
  ['The minister met his counterpart to discuss trade.', null, 'no event'],
  // a change to a group or its activity, as news tells it: a force formed, positions fortified, troops moved
  ['Two new army brigades were formed in the northern region on Monday.', 'Change to group/activity', 'a force formed'],
  ['The militia fortified its positions along the river.', 'Change to group/activity', 'positions fortified'],
  ['The army is moving troops to the border, officials said.', 'Change to group/activity', 'troops moved'],
  ['A new coalition government was formed in March.', null, 'a government formed is no change to an armed group'],
];

for (const [text, want, label] of cases) {
  test(`classify: ${label}`, () => {
    assert.equal(classifyText(text), want, text);
  });
}

const state: Actor = { id: 'mil-x', name: 'Military Forces of X', inter: 1, country: null, kind: 'state' };
const rebel: Actor = { id: 'reb', name: 'Rebels', inter: 2, country: null, kind: 'rebel' };
const civ: Actor = { id: 'civilians', name: 'Civilians ({country})', inter: 7, country: null, kind: 'civilians' };

test('refine: territory taken by state forces is a government regain', () => {
  assert.equal(refineByActors('Non-state actor overtakes territory', state, rebel, new Set()), 'Government regains territory');
  assert.equal(refineByActors('Non-state actor overtakes territory', rebel, state, new Set()), 'Non-state actor overtakes territory');
});

test('refine: detention by a non-state group is an abduction', () => {
  assert.equal(refineByActors('Arrests', rebel, civ, new Set()), 'Abduction/forced disappearance');
  assert.equal(refineByActors('Arrests', state, civ, new Set()), 'Arrests');
});

test('refine: civilians or protesters put first by the roles never turn an arrest into an abduction', () => {
  const protesters: Actor = { id: 'protesters', name: 'Protesters ({country})', inter: 6, country: null, kind: 'protesters' };
  assert.equal(refineByActors('Arrests', civ, null, new Set()), 'Arrests');
  assert.equal(refineByActors('Arrests', protesters, null, new Set()), 'Arrests');
});

test('refine: an armed clash with civilians as the target is an attack', () => {
  assert.equal(refineByActors('Armed clash', rebel, civ, new Set()), 'Attack');
  assert.equal(refineByActors('Armed clash', rebel, state, new Set()), 'Armed clash');
});

test('lexicon: every sub-event trigger names an ACLED sub-event type, and each type but the rarest has a trigger', () => {
  const covered = new Set(lex.triggers.map((t) => t.sub));
  for (const s of covered) assert.ok(SUB_EVENT_TYPES.includes(s));
  const missing = SUB_EVENT_TYPES.filter((s) => !covered.has(s));
  // These three are decided by rules over other triggers' evidence, not by words of their own.
  assert.deepEqual(missing.sort(), ['Excessive force against protesters', 'Government regains territory', 'Protest with intervention']);
});

// Issue 10 (type11): classes of wrong sub-event types seen in whole articles.
const type11: [string, string | null, string][] = [
  ['Troops shot dead three demonstrators in the square.', 'Excessive force against protesters', 'killing words outweigh the crowd, but whom they killed decides'],
  ['Police baton-charged opposition supporters who had gathered outside the court.', 'Protest with intervention', 'an intervention that names the gathering'],
  ['Security forces fired tear gas at students marching to the ministry.', 'Protest with intervention', 'tear gas fired at marchers'],
  ['An angry crowd set fire to shops and cars in the market after the killing of a local trader.', 'Mob violence', 'a crowd torching property is a mob, not property destruction'],
  ['A crowd stormed the police station and freed two suspects.', 'Mob violence', 'a crowd storming a building'],
  ['A bomb left on a commuter train exploded during the morning rush.', 'Remote explosive/landmine/IED', 'the bomb named apart from its explosion'],
  ['Insurgents set off a bomb as an army patrol passed through the village.', 'Remote explosive/landmine/IED', 'a bomb set off'],
  ['Militants attacked an army patrol with a roadside bomb and killed three soldiers.', 'Remote explosive/landmine/IED', 'attack and killing words do not outweigh the bomb'],
  ['Militants attacked a police checkpoint with explosives, killing two policemen.', 'Remote explosive/landmine/IED', 'explosives named as the means of the attack'],
  ['Militants attacked an army post with a roadside bomb and clashed with troops for hours.', 'Armed clash', 'two-sided fighting after a bomb stays a clash'],
  ['Gunmen attacked a checkpoint, killing two soldiers.', 'Armed clash', 'an attack with no bomb stays a clash'],
  ['Militants attacked the army base and killed ten soldiers, with explosions heard inside the base.', 'Armed clash', 'an explosion heard during an assault names no bomb'],
  ['Soldiers violently suppressed a sit-in outside the ministry.', 'Excessive force against protesters', 'a protest violently suppressed'],
  ['Supporters of the jailed leader demonstrated outside the court and threw bottles at law enforcement officers.', 'Violent demonstration', 'bottles thrown at officers'],
  ['Police broke up the weekly march of the mothers group, detaining about 40 people.', 'Protest with intervention', 'a march broken up, an adjective between'],
  ['Opponents of the bill protested in the halls of the assembly, leading to 120 arrests.', 'Protest with intervention', 'a count of arrests the protest led to'],
  ['Clashes between protesters and police continued near the pipeline site.', 'Violent demonstration', 'clashes between a crowd and the police'],
  ['Protesters and counter-protesters clashed near the statue.', 'Violent demonstration', 'two crowds clashing'],
  ['Protesters grabbed bottles from a bin to hurl at police.', 'Violent demonstration', 'things thrown at the police'],
  ['Soldiers killed at least six people during protests in the northern city.', 'Excessive force against protesters', 'the force killing people during a protest'],
  ['Five villagers were killed by army gunfire during the demonstrations.', 'Excessive force against protesters', 'killed by the force\'s fire during a demonstration'],
  ['Security forces used tear gas and live bullets to suppress the demonstrations.', 'Excessive force against protesters', 'live fire on the gathering itself'],
  ['Militants seized the town after a night of fighting.', 'Non-state actor overtakes territory', 'territory taken by a named taker'],
];

for (const [text, want, label] of type11) {
  test(`classify (type11): ${label}`, () => {
    assert.equal(classifyText(text), want, text);
  });
}

test('classify (type11): force killing people during a protest the sentence tells as a riot stays a violent demonstration', () => {
  const s = 'Youths protested in the camp, throwing stones at soldiers.';
  const hits = findTriggers(lex, s, 0, s.length);
  const cues = findCues(lex, s, 0, s.length);
  cues.add('lethal-force'); // carried from a next sentence: "two were killed by army gunfire during the protests"
  assert.equal(chooseSubType(scoreHits(hits), cues)?.sub, 'Violent demonstration');
});

// type12: a protest the sentence tells as violent in words the crowd cue lacked (CASE 2021 Violent demonstration)
const type12: Array<[string, string, string]> = [
  ['Marchers smashed shop windows during the protest in the old town.', 'Violent demonstration', 'windows smashed, a word between'],
  ['The demonstration against the new tax turned very violent after dark.', 'Violent demonstration', 'a protest turning violent'],
  ['Protesters set ablaze two banks as the demonstrations spread.', 'Violent demonstration', 'set ablaze'],
  ['Students lit fires outside the ministry during a protest over fees.', 'Violent demonstration', 'fires lit by a crowd'],
  ['A protester was seen throwing bottles at an armoured car during the rally.', 'Violent demonstration', 'bottles thrown'],
  ['Police fired tear gas to disperse protesters outside the ministry.', 'Protest with intervention', 'force alone, no violence by the crowd, stays an intervention'],
  ['Hundreds of farmers marched peacefully to the town hall.', 'Peaceful protest', 'a march with no violence stays peaceful'],
];

for (const [text, want, label] of type12) {
  test(`classify (type12): ${label}`, () => {
    assert.equal(classifyText(text), want, text);
  });
}

// type12: sites set up, weapons found and devices made safe in words the triggers lacked; vehicle rammings
const type12b: Array<[string, string, string]> = [
  ['The coalition created a new base near the oil field.', 'Headquarters or base established', 'a base created'],
  ['Government forces set up two new bases in the district.', 'Headquarters or base established', 'a count of new bases'],
  ['Foreign troops established a military checkpoint near the town.', 'Headquarters or base established', 'a checkpoint established'],
  ['Army units set up positions along the border for the first time.', 'Headquarters or base established', 'positions set up'],
  ['Police seized guns and cash in a raid on a farm.', 'Disrupted weapons use', 'guns seized'],
  ['About 120 pistols and 9,000 bullets were captured in the capital.', 'Disrupted weapons use', 'weapons captured, a number with a comma between'],
  ['Army experts made safe a device left outside the station.', 'Disrupted weapons use', 'a device made safe'],
  ['A man ploughed his van into a crowd of shoppers, killing four people.', 'Attack', 'a vehicle driven into a crowd'],
];

for (const [text, want, label] of type12b) {
  test(`classify (type12): ${label}`, () => {
    assert.equal(classifyText(text), want, text);
  });
}

test('classify (type12): people intercepted are no disrupted weapons use', () => {
  assert.notEqual(classifyText('Border guards intercepted a suspected smuggler and two passengers near the coast.'), 'Disrupted weapons use');
  assert.equal(classifyText('Air defences intercepted a rocket over the city.'), 'Disrupted weapons use');
});

test('classify (type12): a firm\'s headquarters and a power base are no military site', () => {
  assert.notEqual(classifyText('The bank set up its European headquarters in the city in 1977.'), 'Headquarters or base established');
  assert.notEqual(classifyText('Armed groups have built local power bases in the capital.'), 'Headquarters or base established');
});

test('classify (type12): barracks and military points set up', () => {
  assert.equal(classifyText('The army has established a number of barracks near the border town.'), 'Headquarters or base established');
  assert.equal(classifyText('The newest Turkish point was established on Monday, after three points were set up in the countryside.'), 'Headquarters or base established');
});

// recall14: wordings of real events the lexicon missed (other outlets' leads, weapons named by their carrier); invented sentences
const recall14: Array<[string, string | null, string]> = [
  ['A truck bomb killed 40 people outside the ministry.', 'Remote explosive/landmine/IED', 'a truck bomb, like a car bomb'],
  ['Long-range bombers struck rebel targets near the border on Friday.', 'Air/drone strike', 'bombers that struck'],
  ['Government aircraft bombed a market in the town.', 'Air/drone strike', 'aircraft that bombed'],
  ['At least 12 civilians were killed in heavy Russian and Syrian strikes on the district.', 'Air/drone strike', 'strikes named by two forces'],
  ['The leader condemned the strikes on the air base.', 'Air/drone strike', 'strikes on an air base'],
  ['Dozens of fighters were killed in the army large-scale offensives near the oilfield.', 'Armed clash', 'offensives, plural'],
  ['The army targeted the militants gatherings in the hills.', 'Armed clash', "an armed side's gatherings targeted"],
  ['Army units kill 31 terrorists in the countryside.', 'Armed clash', 'terrorists killed by a force'],
  ['Officials said 45 rebel fighters had been killed.', 'Armed clash', 'a casualty-led lead naming fighters'],
  ['Around 15 young villagers were martyred.', 'Attack', 'martyred'],
  ['A third shell fell in the market area.', 'Shelling/artillery/missile attack', 'one shell that fell'],
  ['The district is now under the control of our forces.', 'Non-state actor overtakes territory', 'ground now under control'],
  ['The president hailed the breaking of the siege of the city.', 'Non-state actor overtakes territory', 'a siege broken'],
  ['The airline ordered 30 planes from the manufacturer.', null, 'planes bought are no strike'],
  ['Instead of breaking the siege along the main road, the army went north.', null, 'a siege not broken'],
  ['He spoke after other mass shootings in the country.', null, 'mass shootings as a kind of event'],
];

for (const [text, want, label] of recall14) {
  test(`classify (recall14): ${label}`, () => {
    assert.equal(classifyText(text), want, text);
  });
}

test('cues (recall14): "another blast", "a second attack" set an event apart from the one told before', () => {
  for (const s of ['Two hours later, another blast struck the district.', 'A second suicide attack hit the market.']) assert.ok(findCues(lex, s, 0, s.length).has('separate'), s);
  assert.ok(!findCues(lex, 'The blast struck the district.', 0, 31).has('separate'));
});
