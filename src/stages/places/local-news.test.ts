import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { places } from './index.ts';

const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const at = (doc: Document, surface: string) => mentionsOf(doc, 'PLACE').find((m) => m.text === surface);

test('a namesake town resolves inside the state the article\'s other towns lie in', () => {
  const cases: [string, string, string][] = [
    ['Police in Etowah and Sweetwater joined officers from Madisonville. The Athens center opens on Friday.', 'Athens', 'Tennessee'],
    ['Schools in Marietta, Valdosta and Statesboro closed. The Athens council met on Monday.', 'Athens', 'Georgia'],
  ];
  for (const [text, name, state] of cases) {
    const m = at(run(text), name);
    assert.equal(m?.place?.countryCode, 'US', text);
    assert.equal(m?.place?.admin1, state, text);
  }
});

test('"Georgia" in local news naming counties is the US state', () => {
  const doc = run('Most school systems in Northeast Georgia are reviewing policies. Boards in Clarke County and Oconee County met.');
  const m = at(doc, 'Georgia');
  assert.equal(m?.place?.countryCode, 'US');
  assert.equal(m?.place?.featureCode, 'ADM1');
});

test('people are not places: given name + surname, titles, possessive before staff', () => {
  const doc = run('Tom Perry visited the plant. Sen. Clinton spoke later, and Gov. Jackson agreed. Clinton\'s spokesman declined to comment.');
  const texts = mentionsOf(doc, 'PLACE').map((m) => m.text);
  for (const w of ['Tom Perry', 'Perry', 'Clinton', 'Jackson']) assert.ok(!texts.includes(w), `${w} read as a place: ${texts.join(', ')}`);
});

test('"US", "U.S." and possessives ("Russia\'s") are country mentions', () => {
  const doc = run('The U.S. and the UK criticised Russia\'s embassy. US troops left on Monday.');
  for (const [surface, cc] of [['U.S.', 'US'], ['UK', 'GB'], ['Russia', 'RU'], ['US', 'US']] as const) {
    const m = at(doc, surface);
    assert.equal(m?.place?.countryCode, cc, surface);
    assert.equal(m?.place?.featureCode, 'PCLI', surface);
  }
});

test('a town\'s own institutions name a town, however small: "Paris Police Department" beside Edgar County is Paris, Illinois', () => {
  const doc = run('Detective Ray Holt of the Paris Police Department said the arrest came on Tuesday. Deputies from the Edgar County sheriff\'s office helped.');
  const m = at(doc, 'Paris');
  assert.equal(m?.place?.countryCode, 'US');
  assert.equal(m?.place?.admin1, 'Illinois');
});

test('"Dublin City Council" in a story of councilmen and Franklin County is Dublin, Ohio, however often Dublin is named', () => {
  const doc = run('Dublin City Council heard a first reading on Monday. Councilman Tom Reed said Dublin residents had complained to the Franklin County Auditor. Dublin will vote again in May, and Dublin staff will report.');
  const dublins = mentionsOf(doc, 'PLACE').filter((m) => m.text.startsWith('Dublin'));
  assert.ok(dublins.length >= 3, dublins.map((m) => m.text).join(', '));
  for (const m of dublins) {
    assert.equal(m.place?.countryCode, 'US', m.text);
    assert.equal(m.place?.admin1, 'Ohio', m.text);
  }
});

test('a person "from" a place is no country: "a Lebanon man" in a Pennsylvania story is the town', () => {
  const doc = run('A Lebanon man was charged on Friday after a crash on Route 72 near Hershey and Annville.');
  const m = at(doc, 'Lebanon');
  assert.equal(m?.place?.countryCode, 'US');
  assert.notEqual(m?.place?.featureCode, 'PCLI');
});

test('a capital the story keeps coming back to is placed, though the story\'s own country is another', () => {
  const doc = run('Trinidad and Tobago told its mission in Washington to object. The Port of Spain ministry said Washington had not replied. Officials in Washington met on Friday, and Dominica asked again.');
  const ms = mentionsOf(doc, 'PLACE').filter((m) => m.text === 'Washington');
  assert.equal(ms.length, 3);
  for (const m of ms) assert.equal(m.place?.countryCode, 'US');
});

test('a state read as the state stays one, whatever towns of its name lie near the story\'s others', () => {
  const doc = run('The outbreak reached a dairy in central California. Inspectors from Washington flew to Ames, Iowa, and a farm in Washington state reported a case. Officials in Mexico, China and Japan were told.');
  const california = at(doc, 'California');
  assert.equal(california?.place?.featureCode, 'ADM1');
  assert.equal(california?.place?.countryCode, 'US');
  const washingtons = mentionsOf(doc, 'PLACE').filter((m) => m.text.startsWith('Washington'));
  assert.equal(washingtons.at(-1)?.place?.featureCode, 'ADM1', '"Washington state" is the state');
  assert.equal(at(doc, 'China')?.place?.countryCode, 'CN', 'a country in a list of countries is no alternate spelling of a US town');
});

test('a country listed beside another is no place inside it: "in Iraq, Afghanistan or Syria"', () => {
  const doc = run('Last year, 94 soldiers stationed in Iraq, Afghanistan or other war zones took their own lives.');
  assert.equal(at(doc, 'Iraq')?.place?.countryCode, 'IQ');
  assert.equal(at(doc, 'Iraq')?.place?.featureCode, 'PCLI');
  assert.equal(at(doc, 'Afghanistan')?.place?.countryCode, 'AF');
});

test('where a person lives is a town, never a country: "Terry Jolly, 60, Lebanon", "400 S. Locust St., Lebanon"', () => {
  for (const text of [
    'Terry Lee Jolly, 60, Lebanon, was arrested Thursday after a search of his home near Zionsville.',
    'Services will be at 11 a.m. in the church, 400 S. Locust St., Lebanon, with burial in Annville.',
  ]) {
    const m = at(run(text), 'Lebanon');
    assert.equal(m?.place?.countryCode, 'US', text);
  }
  // a count before a country is no age: "Sri Lanka - about 28,500, India - more than 7,700"
  const tally = run('Officials counted the dead: Sri Lanka - about 28,500, India - more than 7,700.');
  assert.equal(at(tally, 'India')?.place?.featureCode, 'PCLI');
});

test('"Minn." is Minnesota, not Maine, though the two spellings fold alike', () => {
  const doc = run('A woman was found dead in Belgrade, Minn., on Sunday.');
  const minn = mentionsOf(doc, 'PLACE').find((m) => m.text.startsWith('Minn'));
  assert.equal(minn?.place?.name, 'Minnesota');
  assert.equal(at(doc, 'Belgrade')?.place?.admin1, 'Minnesota');
});

test('one sense per story: the town a dateline\'s state placed is the town of its bare repetitions', () => {
  const doc = run('LONDON, Ky. (WKYT) - London police arrested two people on Friday. London officers said the pair had broken into cars.');
  const londons = mentionsOf(doc, 'PLACE').filter((m) => /^london$/i.test(m.text));
  assert.ok(londons.length >= 2);
  for (const m of londons) assert.equal(m.place?.admin1, 'Kentucky', `${m.text}@${m.start}`);
});

test('"Clarke, Madison, Oconee and Oglethorpe counties": each name of a list closed by "counties" is a county, in one state', () => {
  const doc = run('The jobless rate for the metro area - Clarke, Madison, Oconee and Oglethorpe counties - rose in March.');
  for (const name of ['Clarke', 'Madison', 'Oconee', 'Oglethorpe']) {
    const m = at(doc, name);
    assert.equal(m?.place?.featureCode, 'ADM2', name);
    assert.equal(m?.place?.admin1, 'Georgia', name);
  }
});

test('a reading the words around one mention settle is the reading of its bare repetitions', () => {
  const doc = run('Terry Lee Jolly, 60, Lebanon, was arrested Thursday. He was taken into custody by Lebanon police after a traffic stop.');
  const lebanons = mentionsOf(doc, 'PLACE').filter((m) => m.text === 'Lebanon');
  assert.equal(lebanons.length, 2);
  for (const m of lebanons) assert.equal(m.place?.countryCode, 'US');
});

test('"the Hunan city of Yueyang" names a province, not a town called Hunan', () => {
  const doc = run('In the Hunan city of Yueyang, 47 reservoirs overflowed. Heavy rain is forecast to continue in Hunan.');
  for (const m of mentionsOf(doc, 'PLACE').filter((x) => x.text === 'Hunan')) assert.equal(m.place?.featureCode, 'ADM1');
});

test('world cities are themselves beside a story\'s US places: "New York and Moscow, Kiev, Minsk"', () => {
  const doc = run('The airline hopes to fly between New York and Moscow, Kiev, Minsk and Riga next year.');
  assert.equal(at(doc, 'Moscow')?.place?.countryCode, 'RU');
  assert.equal(at(doc, 'Kiev')?.place?.countryCode, 'UA');
  assert.equal(at(doc, 'New York')?.place?.countryCode, 'US');
  // but words that call the name a town's still find the namesake: "a Moscow man" in an Idaho story
  const local = run('A Moscow man was arrested on Friday in Latah County after a chase near Pullman.');
  assert.equal(at(local, 'Moscow')?.place?.countryCode, 'US');
});

test('a dateline names a town, never a country or a state: "MALTA –", "WASHINGTON (Reuters) -"', () => {
  const doc = run('College hosts annual book sale. MALTA – About 5,000 books are stacked on tables. WASHINGTON (Reuters) - Officials met.');
  const malta = at(doc, 'MALTA');
  assert.equal(malta?.place?.countryCode, 'US');
  assert.notEqual(malta?.place?.featureCode, 'PCLI');
  assert.equal(at(doc, 'WASHINGTON')?.place?.featureCode, 'PPLC');
});

test('a country named in a US story is the country, not a town of its name: "Greece or Portugal", "in Peru"', () => {
  const doc = run('California, Texas and New York are richer than Greece or Portugal, officials in Sacramento said before the summit in Peru.');
  assert.equal(at(doc, 'Greece')?.place?.featureCode, 'PCLI');
  assert.equal(at(doc, 'Peru')?.place?.countryCode, 'PE');
});

test('a short name that ends a sentence is no dotted abbreviation: "the coastal city of Saida."', () => {
  const doc = run('Lebanese troops battled gunmen outside the southern coastal city of Saida. The army said two soldiers were hurt.');
  assert.equal(at(doc, 'Saida')?.place?.countryCode, 'LB');
  assert.notEqual(at(doc, 'Saida')?.place?.featureCode, 'ADM1');
});

test('a name repeated inside organisations\' names is one name: the story\'s bare mentions say which town it is', () => {
  // "Dublin Singers" keeps only well-known Dublins; the bare "Dublin"s, read with Ohio named once, are Ohio's
  const text = 'Dublin Arts Council awards grants. A grant goes to the Dublin Singers. The Dublin Singers is the chorus of Dublin. ' +
    'The troupe will perform in Dublin in May. Groups must be registered with the State of Ohio. The Dublin Singers meet weekly.';
  const doc = run(text);
  const dublins = mentionsOf(doc, 'PLACE').filter((m) => m.text === 'Dublin');
  assert.ok(dublins.length >= 4, JSON.stringify(dublins.map((m) => m.text)));
  for (const m of dublins) assert.equal(m.place?.admin1, 'Ohio', `${m.start}: ${m.place?.name}, ${m.place?.countryCode}`);
});

test('"China" said ten times stays the country, though a town in Texas bears the name', () => {
  const doc = run('Texas farmers sell soybeans to China. China buys less this year. Exports to China fell. China said talks go on.');
  for (const m of mentionsOf(doc, 'PLACE').filter((x) => x.text === 'China')) assert.equal(m.place?.countryCode, 'CN');
});

test('"rural" before a name says countryside, not town: "rural America" is the country, "rural Ohio" the state', () => {
  const doc = run('The senator from Texas said only about half the people in rural America have fast Internet. Farmers in rural Ohio agreed.');
  assert.equal(at(doc, 'America')?.place?.featureCode, 'PCLI');
  assert.equal(at(doc, 'Ohio')?.place?.featureCode, 'ADM1');
});
