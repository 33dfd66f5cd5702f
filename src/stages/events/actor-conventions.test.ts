// Actor roles in whole news articles (issue 10, actors): the side that lost territory, suspects held for a group,
// a described state force keeping the nationality the article named, Kurdish forces named by country.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import type { EventRecord } from '../../model/record.ts';

const ex = createExtractor({ stages: ['segment', 'dates', 'places', 'actors', 'claims', 'events'] });
const art = (text: string, published = '2017-10-16'): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const events = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((e) => !e.historical);

test('a territory taken from its holder: "the Kurdish-held city" names the side that lost it, by country', () => {
  const [e] = events('Iraqi government forces captured the Kurdish-held oil city of Kirkuk on Monday.').filter((x) => x.sub_event_type === 'Government regains territory');
  assert.ok(e, 'a territory event');
  assert.match(e.actor1 ?? '', /^Military Forces of Iraq/);
  assert.match(e.actor2 ?? '', /Peshmerga/);
});

test('"from Kurdish forces" in Iraq are the Peshmerga', () => {
  const [e] = events('Iraqi forces captured several positions south of Kirkuk from Kurdish forces on Monday.').filter((x) => x.sub_event_type === 'Government regains territory');
  assert.ok(e);
  assert.match(e.actor2 ?? '', /Peshmerga/);
});

test('people held over suspected links to a group are that group, not civilians', () => {
  const [e] = events('Turkish police detained 100 people in Istanbul on Friday over suspected links to Islamic State.').filter((x) => x.sub_event_type === 'Arrests');
  assert.ok(e);
  assert.equal(e.actor2, 'Islamic State');
  const [plain] = events('Turkish police detained 100 people in Istanbul on Friday over unpaid taxes.').filter((x) => x.sub_event_type === 'Arrests');
  assert.notEqual(plain?.actor2, 'Islamic State');
});

test('"the army" keeps the nationality the article named when no force of the event place\'s country is named', () => {
  // Yemen is named only as a place: the army is still Syria's
  const es = events('The Syrian army advanced on Monday. The army shelled Islamic State positions near Marib in Yemen on Monday.');
  const shelling = es.find((x) => x.sub_event_type === 'Shelling/artillery/missile attack');
  assert.ok(shelling);
  assert.match(shelling.actor1 ?? '', /Syria/);
});

test('the possessor of a stronghold lost it: "the fall of the militant group\'s bastion" never makes the group the one who took it', () => {
  const es = events('Islamic State fighters left Raqqa on Friday. The fall of the militant group s bastion in Raqqa on Friday was a blow to the group.');
  const taken = es.find((x) => x.sub_event_type === 'Non-state actor overtakes territory' || x.sub_event_type === 'Government regains territory');
  assert.ok(taken, 'a territory event');
  assert.notEqual(taken.actor1, 'Islamic State');
});

test('a battle with one side named takes the other from the armed side the sentence before names for sure', () => {
  const es = events('Islamic State had held Hawija since 2014. Iraqi government troops were deployed around Hawija on Thursday. Some fighting took place north of the town where the militants were surrounded.');
  const clash = es.find((x) => x.sub_event_type === 'Armed clash');
  assert.ok(clash, 'a clash');
  assert.equal(clash.actor2, 'Islamic State');
  assert.match(clash.actor1 ?? '', /Military Forces of Iraq/);
  // bare "rebels" in the sentence before is no side named for sure
  const es2 = events('Islamic State had held Hawija since 2014. Rebels were deployed around Hawija on Thursday. Some fighting took place north of the town where the militants were surrounded.');
  const clash2 = es2.find((x) => x.sub_event_type === 'Armed clash');
  assert.ok(!clash2 || !/Rebels/.test(clash2.actor1 ?? ''));
});

test('the side a main clause says was harmed is the target of the event its "when" clause tells, not civilians', () => {
  const [e] = events('On Sunday, two U.S. soldiers were killed when an Afghan soldier opened fire on them in Kandahar.');
  assert.ok(e);
  assert.match(e.actor1 ?? '', /Military Forces of Afghanistan/);
  assert.match(e.actor2 ?? '', /Military Forces of the United States/);
});

test('a state force in the main clause responds to a bombing its "after" clause tells; it did not plant it', () => {
  const [e] = events('Police sealed off the area after a roadside bomb explosion in Kabul on Friday.');
  assert.ok(e);
  assert.doesNotMatch(e.actor1 ?? '', /Police/);
  // the bomber named in the clause itself still is
  const [f] = events('Police said Islamic State militants detonated a car bomb in Baghdad on Friday.');
  assert.equal(f?.actor1, 'Islamic State');
});
