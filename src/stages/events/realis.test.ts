import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';
import { findQuotes, loadRealisLexicon } from './realis.ts';

// The rules alone, so that each row tests the grammar of realis and not the learned model after it.
const ex = createExtractor({ stages: RULES_ORDER });
const art = (text: string): Article => ({ id: 't', text, title: null, published: '2017-10-04', publisher: null, url: null, dateline: null, origin: { file: 't' } });
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

// [sentence, class of non-event]: each is worded unlike the others, so a rule that fits one row cannot pass the table
const nonEvents: [string, string][] = [
  ['North Korea fired a ballistic missile into the sea off its east coast on Tuesday.', 'weapons test'],
  ['The new sanctions target Iran\'s ballistic missile programme and its drone industry.', 'weapons talk'],
  ['Trump warned on Monday that the United States would strike North Korea if it threatened Guam.', 'threat'],
  ['Officials fear the militants may attack the dam before winter.', 'fear'],
  ['The army is preparing an offensive to retake the town of Tal Afar.', 'plan'],
  ['The ministry denied that its jets struck the hospital in Idlib.', 'denial'],
  ['The U.S.-led coalition fighting Islamic State said on Tuesday it had trained 5,000 new recruits.', 'who someone is'],
  ['Both Iran and Hezbollah are fighting in support of Syrian President Bashar al-Assad\'s forces.', 'who someone is'],
  ['The war in Syria has killed more than 300,000 people since it began in 2011.', 'total over years'],
  ['More than 3,900 people have been killed in the drug war over the past 15 months.', 'total over months'],
  ['The former senator was charged with sexual assault and murder in a Texas court on Monday.', 'court case'],
  ['Republicans clashed with Democrats over the health care bill on Tuesday.', 'political metaphor'],
  ['The two envoys clashed at a U.N. forum in Geneva on Tuesday over their military intentions.', 'political metaphor'],
  ['Sparks from welding work caused two explosions at a fireworks factory near Jakarta on Thursday.', 'accident'],
  ['Will the army attack the town of Raqqa before the rains come?', 'question'],
  ['The Pentagon has asked Congress for money to buy more drones and fighter jets.', 'weapons talk'],
  ['Demonstrators might try to block the road to the parliament in Barcelona if the ministers are removed.', 'hypothetical'],
  ['Russian intelligence helped thwart a bomb attack in the city of St. Petersburg on Sunday.', 'prevented attack'],
  ['Senate Republicans won the Supreme Court nomination battle on Thursday in Washington.', 'political metaphor'],
  ['Rubble is easy to source in the battle-scarred city of Mosul, engineers said on Monday.', 'war word describing a place'],
  ['Since early this year, the group has battled other rebel factions across Idlib province.', 'campaign over months'],
];

for (const [text, label] of nonEvents) {
  test(`realis: no event from a ${label}: "${text.slice(0, 50)}…"`, () => {
    assert.deepEqual(current(text).map((r) => r.sub_event_type), []);
  });
}

// [sentence, sub_event_type]: events that share words with the rows above and must survive
const events: [string, string][] = [
  ['Houthi fighters fired a ballistic missile at Riyadh on Saturday, Saudi officials said.', 'Shelling/artillery/missile attack'],
  ['Russian jets bombed rebel positions near the town of Maarat al-Numan on Monday.', 'Air/drone strike'],
  ['Two suicide bombers struck a police station in Damascus on Monday, killing at least 10 people.', 'Suicide bomb'],
  ['Syrian army troops clashed with rebels in the Jobar district of Damascus on Monday.', 'Armed clash'],
  ['Police arrested 10 far-right militants in Marseille on Tuesday.', 'Arrests'],
  ['Government forces thwarted an offensive and clashed with Houthi fighters near the town of Bayhan on Saturday.', 'Armed clash'],
  ['Houthi forces claimed to have fired cruise missiles at an oil facility in Jeddah on Friday.', 'Shelling/artillery/missile attack'],
  ['Islamic State claimed responsibility for a car bomb attack outside the finance ministry in Aden on Wednesday.', 'Remote explosive/landmine/IED'],
  ['Rebel forces fired grenade launchers at government positions near Svitlodarsk on Monday.', 'Grenade'],
  ['ELN members threw grenades at a military fort in Buenavista on Thursday, damaging the building.', 'Grenade'],
  ['Russian forces shelled the Industrial District in Kharkiv on Saturday, killing one child.', 'Shelling/artillery/missile attack'],
  ['Thousands of protesters marched through the centre of Cape Town on Wednesday to demand the president\'s resignation.', 'Peaceful protest'],
  ['Islamic State militants attacked an army checkpoint in Kirkuk on Sunday, killing three soldiers, and the army said it would investigate the attack.', 'Armed clash'],
];

for (const [text, sub] of events) {
  test(`realis: the event survives: "${text.slice(0, 50)}…"`, () => {
    assert.ok(current(text).some((r) => r.sub_event_type === sub), `expected ${sub} from: ${text}`);
  });
}

test('realis: direct speech is found by its quote marks; short scare quotes and unclosed marks do not swallow the story', () => {
  const text = 'He said: “We will crush the rebels and retake every village in the province.” The so-called “caliphate” fell. Then “an open quote runs';
  const qs = findQuotes(text).map((q) => text.slice(q.start, q.end));
  assert.equal(qs[0], '“We will crush the rebels and retake every village in the province.”');
  assert.ok(!qs.some((q) => q.includes('caliphate')));
  assert.ok(qs.every((q) => q.length <= 400));
});

test('realis: a quoted threat is no event, though it names an attack', () => {
  assert.deepEqual(current('“Our forces will attack the rebels in Daraa and crush them,” the general told reporters on Tuesday.'), []);
});

test('realis: the lexicon has every kind and each pattern compiles', () => {
  const lex = loadRealisLexicon();
  for (const re of Object.values(lex)) assert.ok(re instanceof RegExp);
  assert.ok(lex.weapon.test('ballistic missiles'));
  assert.ok(!lex.weapon.test('missile strike'));
});
