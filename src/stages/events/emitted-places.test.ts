import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesFor } from '../../../test/helpers/event-places.ts';

// Issue 10, places of emitted news events (review of branch places7): the dateline chosen over the story's country,
// outlets', hotels' and parks' names, abbreviations read into names, lawmakers' states, where things were got or people
// live. Sentences are our own.
const places = placesFor('2017-10-03');

test('an event whose sentences name no place, in a story about another country, is placed in that country, not at the regional bureau', () => {
  const text =
    'BEIRUT (Reuters) - Islamic State said three of its fighters carried out an attack on a Damascus police station on Monday. ' +
    'Two of the attackers were shot dead by the guards. ' +
    'The third blew himself up later as reinforcements arrived. ' +
    'Residents of Damascus said the blast shook the al-Midan district of Damascus.';
  const got = places(text, 'BEIRUT');
  assert.ok(got.length > 0 && got.every((p) => !p.endsWith('@Beirut')), JSON.stringify(got));
});

test('a purge told from Dubai happened in the country the story names as a place', () => {
  const text =
    'DUBAI (Reuters) - A purge of Saudi Arabia’s political and business elites briefly dragged down the kingdom’s stock market on Sunday. ' +
    'Investors said the crackdown could bolster reforms. ' +
    'This is the latest act of concentration of power in Saudi, said one analyst. ' +
    'Saudi Arabia’s stock index recovered to close higher. ' +
    'The fact that some of the leading business people were arrested will scare the private sector, one banker said.';
  const got = places(text, 'DUBAI');
  assert.ok(got.length > 0 && got.every((p) => !/@(?:Dubai|Abu Dhabi)$/.test(p)), JSON.stringify(got));
});

test('the dateline stays where the story names its own country as often: a nationality ("U.S. soldiers") says whose, not where', () => {
  const text =
    'NIAMEY (Reuters) - Four U.S. soldiers and four Nigerien soldiers were killed in an ambush in Niger on Wednesday. ' +
    'U.S. officials said U.S. special forces had been advising Nigerien troops. ' +
    'The U.S. military said U.S. commanders were reviewing the U.S. mission. ' +
    'Gunmen opened fire on the patrol, a U.S. official said.';
  const got = places(text, 'NIAMEY');
  assert.ok(got.length > 0 && got.every((p) => !p.endsWith('@Washington') && !p.endsWith('@United States')), JSON.stringify(got));
});

test('a dateline in the story\'s own country stays the fallback', () => {
  const text =
    'LAGOS (Reuters) - Gunmen killed four people on Monday, police said. ' +
    'Nigeria has struggled to contain violence in Nigeria\'s north, officials in Nigeria said.';
  const got = places(text, 'LAGOS');
  assert.ok(got.length > 0 && got.every((p) => !p.endsWith('@Abuja')), JSON.stringify(got));
});

test('an outlet\'s or a hotel\'s name is no scene: "the Petra news agency", "al-Mayadeen TV", "the Treasure Island hotel in Las Vegas"', () => {
  const petra = places('PARIS (Reuters) - A bomb exploded in front of the Jordanian military mission in Paris on Wednesday, wounding two guards, the state-run Petra news agency reported.', 'PARIS');
  assert.ok(petra.length > 0 && petra.every((p) => p.endsWith('@Paris')), JSON.stringify(petra));
  const hotel = places('A man was arrested after an incident at a rally at the Treasure Island hotel in Las Vegas on Saturday, police said.', null);
  assert.ok(hotel.length > 0 && hotel.every((p) => p.endsWith('@Las Vegas')), JSON.stringify(hotel));
  const tv = places('BEIRUT (Reuters) - Syrian army troops clashed with Islamic State fighters near Palmyra on Monday, al-Mayadeen TV reported.', 'BEIRUT');
  assert.ok(tv.length > 0 && tv.every((p) => p.endsWith('@Palmyra') || p.endsWith('@Tadmur')), JSON.stringify(tv));
  // a capital lends its name to the hotel in it, which stands there
  const serena = places('Gunmen stormed the Kabul Serena hotel on Saturday, killing six people, officials said.', null);
  assert.ok(serena.length > 0 && serena.every((p) => p.endsWith('@Kabul')), JSON.stringify(serena));
});

test('a short capitalised word of a name read as a region\'s abbreviation is no place ("Del Pino" is no Delaware), the dotted one is', () => {
  const got = places('CARACAS (Reuters) - Masked agents arrested former oil minister Eulogio Del Pino on Thursday. Del Pino was detained at his home, officials said.', 'CARACAS');
  assert.ok(got.length > 0 && got.every((p) => !p.endsWith('@Delaware')), JSON.stringify(got));
  const official = places('SITTWE, Myanmar (Reuters) - Eight people were detained in Sittwe, the secretary of the state government, Tin Maung Swe, told Reuters.', 'SITTWE');
  assert.ok(official.length > 0 && official.every((p) => !p.endsWith('@Tennessee')), JSON.stringify(official));
  const dotted = places('Police arrested two men in Dover, Del., on Monday after a shooting.', null);
  assert.ok(dotted.some((p) => p.endsWith('@Dover')), JSON.stringify(dotted));
});

test('a town after "hub of" before "said" ends the subject\'s phrase: the place taken, not a government speaking', () => {
  const text = 'TRIPOLI (Reuters) - An armed alliance involved in a three-week battle over the Libyan smuggling hub of Sabratha said it had taken control of the coastal city on Friday.';
  const got = places(text, 'TRIPOLI');
  assert.ok(got.length > 0 && got.every((p) => p.endsWith('@Şabrātah') || p.endsWith('@Sabratha')), JSON.stringify(got));
  // a capital that speaks is still its government
  const moscow = places('BEIRUT (Reuters) - Russian jets struck rebel positions near Idlib on Monday, the ministry in Moscow said.', 'BEIRUT');
  assert.ok(moscow.length > 0 && moscow.every((p) => !p.endsWith('@Moscow')), JSON.stringify(moscow));
});

test('a park named for a lesser town stands in the story\'s town: "Kirtland Park, near downtown Cleveland"', () => {
  const text =
    'CLEVELAND (Reuters) - Kirtland Park, on the shores of Lake Erie near downtown Cleveland, was designated as a place where protesters could camp. ' +
    'Police arrested 18 people in Kirtland Park on Wednesday after they scuffled with officers.';
  const got = places(text, 'CLEVELAND');
  assert.ok(got.length > 0 && got.every((p) => p.endsWith('@Cleveland')), JSON.stringify(got));
});

test('a lawmaker\'s state ("Representative John Larson of Connecticut") is no scene for the protest told after it', () => {
  const text =
    'WASHINGTON (Reuters) - Republicans fought over gun control legislation on Wednesday. ' +
    'Representative John Larson of Connecticut, a leader of the sit-in, said Democrats would back the bill. ' +
    'Scores of gun control advocates demonstrated outside the House chamber on Wednesday morning, demanding action.';
  const got = places(text, 'WASHINGTON');
  assert.ok(got.length > 0 && got.every((p) => !p.endsWith('@Connecticut')), JSON.stringify(got));
  // a protest in the state itself stays there
  const there = places('Hundreds of people protested in Connecticut on Saturday against the closure of a factory, police said.', null);
  assert.ok(there.some((p) => p.endsWith('@Connecticut')), JSON.stringify(there));
});

test('where a weapon was got or someone lives is no scene: "chemical weapons procured in Iraq", "living … in Abu Dhabi"', () => {
  const gas = places('MOSCOW (Reuters) - Russia said scores of Syrians were killed by poison gas in Idlib on Tuesday because the Syrian air force had struck a bomb factory which contained chemical weapons procured in Iraq.', 'MOSCOW');
  assert.ok(gas.length > 0 && gas.every((p) => !p.endsWith('@Iraq')), JSON.stringify(gas));
  const exile = places('Fighting raged in Sanaa on Monday, residents said. The son, who was living under house arrest at a guarded villa in the UAE capital Abu Dhabi, said he would lead the fight. His cousin was killed during clashes with the Houthis, the party said.', null);
  assert.ok(exile.length > 0 && exile.every((p) => !p.endsWith('@Abu Dhabi')), JSON.stringify(exile));
  // an event in a place where people live stays there
  const home = places('Gunmen killed three people in Abu Dhabi on Monday, police said.', null);
  assert.ok(home.some((p) => p.endsWith('@Abu Dhabi')), JSON.stringify(home));
});

test('"the Baltic states", "the Baltic region" are a region of Europe, not Baltic, Connecticut', () => {
  const got = places('SIAULIAI AIR BASE (Reuters) - The United States has deployed 600 extra airborne troops to the Baltic region during a Russian exercise, officials said.', 'SIAULIAI AIR BASE');
  assert.ok(got.every((p) => !p.endsWith('@Baltic')), JSON.stringify(got));
});
