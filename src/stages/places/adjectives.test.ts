import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../model/article.ts';
import { mentionsOf } from '../../model/document.ts';
import { createExtractor } from '../../pipeline/extractor.ts';

// Issue 12: GeoWebNews counts a region's adjective ("Kurdish", "Siberian", "Arab", "Korean") as a toponym. Sitrep gives it
// as a demonym mention of the region (lexicons/geo-regions.jsonl), never a town of like spelling nor an event's place. Sentences are our own.
const extractor = createExtractor();
const article = (text: string): Article => ({ id: 't', text, title: null, published: '2018-03-01', publisher: 'Reuters', url: null, dateline: null, origin: { file: 'test' } });
const run = (text: string) => extractor.extract(article(text));

test('a region\'s adjective is a demonym mention of the region', () => {
  const doc = run('A Kurdish militia spokesman said a Siberian chill had reached Arab capitals and Korean ports.').doc;
  const found = new Map(mentionsOf(doc, 'PLACE').map((m) => [m.text, m]));
  for (const [word, region] of [['Kurdish', 'Kurdistan'], ['Siberian', 'Siberia'], ['Arab', 'Arabian Peninsula'], ['Korean', 'Korean Peninsula']]) {
    const m = found.get(word);
    assert.equal(m?.place?.name, region, `${word} in ${JSON.stringify([...found.keys()])}`);
    assert.equal(m?.demonym, true, word);
  }
  // names that hold the word stay whole: a country, a peninsula
  const whole = mentionsOf(run('Envoys of the United Arab Emirates and South Korean officials met on the Korean Peninsula.').doc, 'PLACE').map((m) => m.text);
  assert.deepEqual(whole, ['United Arab Emirates', 'South Korean', 'Korean Peninsula']);
});

test('a region\'s adjective is never an event\'s place', () => {
  const records = run('Kurdish fighters clashed with Turkish troops on Friday, killing 12, a Kurdish official said.').records;
  assert.ok(records.length > 0);
  for (const r of records) assert.notEqual(r.location, 'Kurdistan', JSON.stringify(records.map((x) => x.location)));
  const arab = run('Arab tribesmen attacked an army post on Friday, killing three soldiers.').records;
  for (const r of arab) assert.notEqual(r.location, 'Arabian Peninsula');
});

// GeoWebNews also counts "the West" and "Western" (the Western world) as toponyms; bare "West" is a surname or a
// compass word, and a longer name that opens with the word stays that name's.
test('"the West" and "Western" are demonym mentions of the Western world; "Kanye West" and "West Virginia" are not', () => {
  const doc = run('Moscow accused the West of hypocrisy as Western governments expelled diplomats, Kanye West said nothing and West Virginia voted.').doc;
  const found = mentionsOf(doc, 'PLACE').map((m) => [m.text, m.place?.name ?? null, m.demonym === true] as const);
  const westWorld = found.filter(([, name]) => name === 'Western world');
  assert.deepEqual(westWorld.map(([text, , demonym]) => [text, demonym]), [['West', true], ['Western', true]], JSON.stringify(found));
  assert.ok(found.some(([text]) => text === 'West Virginia'), JSON.stringify(found));
  const records = run('Western warplanes struck a convoy near Raqqa on Friday, killing 12 fighters.').records;
  for (const r of records) assert.notEqual(r.location, 'Western world');
});

// LGL gives a state's or province's people ("Ohioans", "Ontarians") as the state's toponym (lexicons/geo-admin1.jsonl demonyms).
test('a state\'s or province\'s demonym, singular or plural, is a demonym mention of the state', () => {
  const doc = run('Ohioans and Iowans voted while a Kentuckian and two Ontarians watched.').doc;
  const found = new Map(mentionsOf(doc, 'PLACE').map((m) => [m.text, m]));
  for (const [word, state] of [['Ohioans', 'Ohio'], ['Iowans', 'Iowa'], ['Kentuckian', 'Kentucky'], ['Ontarians', 'Ontario']]) {
    assert.equal(found.get(word)?.place?.name, state, `${word} in ${JSON.stringify([...found.keys()])}`);
    assert.equal(found.get(word)?.demonym, true, word);
  }
});
