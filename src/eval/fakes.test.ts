import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorCategory, causeAgrees, fakesActorOf, fakesCauseOf, placeKey } from './fakes-tables.ts';
import { bestEvent, codingFromRow, formatFakesVerbose, scoreArticle, scoreFakes, within20, type FakesPrediction } from './fakes.ts';

const ev = (o: Partial<FakesPrediction>): FakesPrediction => ({
  doc_id: 'a', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', actor1: null,
  admin1: null, location: null, fatalities: null, historical: false, ...o,
});
const coding = (o: Record<string, string>) => codingFromRow({
  id: 'a', location: 'idlib', actor: 'syrian government or russian troops', cause_of_death: 'shelling',
  nb_civilians: '4', nb_children: '1', nb_women: '0', nb_noncivilians: '2', ...o,
});

test('placeKey: governorate spellings meet FA-KES\'s keys, Rif Dimashq counts as damascus', () => {
  for (const [a, b] of [['Idleb', 'idlib'], ['Deir ez-Zor', 'deir ezzor'], ['Dayr az Zawr', 'deir ezzor'], ['Deir Ezzor', 'deir ezzor'],
    ['Latakia', 'lattakia'], ['Al-Hasakah', 'hasakeh'], ['Hasakeh Governorate', 'hasakeh'], ['Ar-Raqqah', 'raqqa'], ['Raqqa', 'raqqa'],
    ["Dara'a", 'daraa'], ['Deraa', 'daraa'], ['Dara', 'daraa'], ['Tartus', 'tartous'], ['Al-Qunaytirah', 'quneitra'], ['Rif Dimashq', 'damascus'],
    ['Rural Damascus', 'damascus'], ['Damascus', 'damascus'], ['Ḥamāh', 'hama'], ['Aleppo', 'aleppo']]) {
    assert.equal(placeKey(a), placeKey(b), `${a} ~ ${b}`);
  }
  assert.notEqual(placeKey('Homs'), placeKey('Hama'));
  assert.equal(placeKey(null), '');
});

test('actor tables: FA-KES\'s seven categories, and ACLED names in them', () => {
  assert.equal(fakesActorOf('the organization of the islamic state in iraq and the levant - isis'), 'isis');
  assert.equal(fakesActorOf('self administration forces'), 'sdf');
  assert.equal(fakesActorOf('al-nusra front'), 'nusra');
  assert.equal(fakesActorOf('international coalition forces'), 'coalition');
  assert.equal(fakesActorOf('unknown'), 'unknown');
  assert.equal(actorCategory('Military Forces of Russia (2000-)'), 'government');
  assert.equal(actorCategory('Military Forces of Syria (2000-2024)'), 'government');
  assert.equal(actorCategory('Islamic State (Syria)'), 'isis');
  assert.equal(actorCategory('Hayat Tahrir al-Sham'), 'nusra');
  assert.equal(actorCategory('SDF: Syrian Democratic Forces'), 'sdf');
  assert.equal(actorCategory('Military Forces of the United States (2017-2021)'), 'coalition');
  assert.equal(actorCategory('Free Syrian Army'), 'opposition');
  assert.equal(actorCategory('Global Coalition Against Daesh'), 'coalition', 'not ISIS for its "Daesh"');
  assert.equal(actorCategory('QSD: Syrian Democratic Forces'), 'sdf');
  assert.equal(actorCategory('HTS: Hayat Tahrir al Sham'), 'nusra');
  assert.equal(actorCategory('QDW: National Defence Forces'), 'government');
  assert.equal(actorCategory('Unidentified Armed Group (Syria)'), 'unknown');
  assert.equal(actorCategory(null), 'unknown');
  assert.equal(actorCategory('Military Forces of Turkey (2016-)'), null, 'no FA-KES category');
});

test('cause table: shelling accepts strikes and shelling, not a car bomb; unknown accepts all', () => {
  assert.equal(fakesCauseOf('chemical and toxic gases'), 'chemical');
  assert.ok(causeAgrees('shelling', 'Air/drone strike'));
  assert.ok(causeAgrees('shelling', 'Shelling/artillery/missile attack'));
  assert.ok(!causeAgrees('shelling', 'Remote explosive/landmine/IED'));
  assert.ok(causeAgrees('explosion', 'Suicide bomb'));
  assert.ok(causeAgrees('execution', 'Attack'));
  assert.ok(!causeAgrees('chemical', 'Air/drone strike'));
  assert.ok(causeAgrees('unknown', 'Armed clash'));
});

test('scoreArticle: no violent current event is no incident; historical and protest events do not count', () => {
  const r = scoreArticle(coding({}), [ev({ historical: true }), ev({ event_type: 'Protests', sub_event_type: 'Peaceful protest' })]);
  assert.equal(r.found, false);
  assert.equal(r.actor, null);
  assert.match(r.mismatches[0]!, /incident=none \(current: Protests\)/);
});

test('scoreArticle: the best event is the deadliest in the coded place; killed = civilians + non-civilians', () => {
  const events = [
    ev({ admin1: 'Aleppo', fatalities: 50, actor1: 'Islamic State (Syria)' }),
    ev({ admin1: 'Idleb', location: 'Saraqib', fatalities: 6, actor1: 'Military Forces of Russia (2000-)' }),
    ev({ admin1: 'Idleb', fatalities: 1, sub_event_type: 'Armed clash' }),
  ];
  assert.equal(bestEvent(events, 'idlib'), events[1]);
  const r = scoreArticle(coding({}), events);
  assert.deepEqual([r.found, r.place, r.actor, r.cause, r.fatalitiesExact, r.fatalities20], [true, true, true, true, true, true]);
  assert.deepEqual(r.mismatches, []);
});

test('scoreArticle: mismatches name the fields; unknown cause is not scored', () => {
  const r = scoreArticle(coding({ location: 'hama', cause_of_death: 'unknown', actor: 'armed opposition groups' }), [ev({ admin1: 'Homs', location: 'Homs', fatalities: 5 })]);
  assert.equal(r.place, false);
  assert.equal(r.actor, false);
  assert.equal(r.cause, null);
  assert.equal(r.fatalitiesExact, false);
  assert.equal(r.fatalities20, true);
  assert.equal(formatFakesVerbose([r]), 'a  place=hama got=Homs/Homs  actor=opposition got=unknown (none)  killed=6 got=5\n');
});

test('within20 and scoreFakes: percentages over all articles and over those with an incident found', () => {
  assert.ok(within20(12, 10) && !within20(13, 10) && within20(0, 0) && !within20(1, 0));
  const codings = [coding({}), coding({ id: 'b' })];
  const { score } = scoreFakes(codings, [ev({ admin1: 'Idlib', fatalities: 6, actor1: 'Military Forces of Syria (2000-)' })]);
  assert.equal(score.articles, 2);
  assert.equal(score.incident_found, 50);
  assert.equal(score.place, 50);
  assert.equal(score.actor, 100);
  assert.equal(score.fatalities_exact, 100);
});
