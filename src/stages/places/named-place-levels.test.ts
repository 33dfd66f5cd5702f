import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../model/article.ts';
import { mentionsOf, type Document } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { choosePlace, places } from './index.ts';

// Named places a story gives that cities500 lacks or reads as a namesake (border crossings, air bases), and a town
// named as a quarter's container, which is the town whatever region bears its name.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } } satisfies Article);
const at = (doc: Document, surface: string) => mentionsOf(doc, 'PLACE').find((m) => m.text === surface);

test('border crossings and air bases cities500 lacks are read where they are, not at a namesake', () => {
  const cases: [string, string, string, string][] = [
    ['A patrol came under fire near Bagram on Sunday, a spokesman said.', 'Bagram', 'AF', 'Parwan'],
    ['Soldiers took over the gate at Habur after talks with local officials.', 'Habur', 'IQ', 'Duhok'],
    ['Trucks queued at Fish-Khabur as the border reopened.', 'Fish-Khabur', 'IQ', 'Duhok'],
    ['Aid convoys crossed at Bab al-Hawa on Monday.', 'Bab al-Hawa', 'SY', 'Idlib'],
  ];
  for (const [text, name, cc, admin1] of cases) {
    const p = at(run(text), name)?.place;
    assert.equal(p?.countryCode, cc, `${name} in: ${text}`);
    assert.equal(p?.admin1, admin1, `${name} in: ${text}`);
  }
});

test('"the X district of Y city" keeps Y a town, not the region of the same name', () => {
  const doc = run('A blast hit the Hamidiya district of Deir al-Zor city in eastern Syria on Monday.');
  const city = at(doc, 'Deir al-Zor')?.place;
  assert.equal(city?.featureCode.startsWith('PPL'), true);
  assert.ok(city && city.precision < 3, `precision ${city?.precision}`);
  // the region's own name with no town word stays the region
  const region = at(run('A blast hit the Mayadin district of Deir al-Zor on Monday.'), 'Deir al-Zor')?.place;
  assert.equal(region?.precision, 3);
});

test('a possessor country says which country a shared name lies in', () => {
  // a story told from India, whose own Punjab the name would otherwise be
  const india = 'NEW DELHI (Reuters) - Indian officials in New Delhi and Amritsar said Indian troops had answered fire from';
  assert.equal(at(run(`${india} Pakistan\'s Punjab province on Friday.`), 'Punjab province')?.place?.countryCode, 'PK');
  // wire copy that lost its apostrophe
  assert.equal(at(run(`${india} Pakistan s Punjab province on Friday.`), 'Punjab province')?.place?.countryCode, 'PK');
  assert.equal(at(run('Mortar fire hit villages in India\'s Punjab state on Friday.'), 'Punjab state')?.place?.countryCode, 'IN');
});

test('a bare provincial seat the story has called a province is the province; a town word keeps the town', () => {
  const doc = run('Militants attacked checkpoints in the southern province of Kandahar on Monday. Fighting in Kandahar went on into Tuesday.');
  const second = mentionsOf(doc, 'PLACE').filter((m) => m.text === 'Kandahar').at(-1);
  assert.equal(second?.place?.precision, 3);
  const town = run('Militants attacked checkpoints in the southern province of Kandahar on Monday. Fighting in the city of Kandahar went on into Tuesday.');
  assert.equal(mentionsOf(town, 'PLACE').filter((m) => m.text === 'Kandahar').at(-1)?.place?.precision, 1);
  // a national capital named bare is the city, whatever the story says of its province
  const capital = run('Gunmen attacked a post in Kabul province on Monday. Police in Kabul said three died.');
  assert.equal(mentionsOf(capital, 'PLACE').filter((m) => m.text === 'Kabul').at(-1)?.place?.precision, 1);
});

test('a town\'s name its own words call a region is read at region precision', () => {
  const doc = run('Shells fell across the Jammu region overnight, police said.');
  assert.equal(at(doc, 'Jammu region')?.place?.precision, 3);
});

test('a people\'s adjective before a kind of town says the town\'s country', () => {
  const doc = run('Turkish warplanes struck the Syrian border town of Ras al-Ain on Thursday, the monitor said.');
  assert.equal(at(doc, 'Ras al-Ain')?.place?.countryCode, 'SY');
});

test('"the X region of Y district" is a part of Y, which stays a town', () => {
  const doc = run('Militants attacked soldiers in the Gabar region of Cizre district, Sirnak, on Friday.');
  assert.equal(at(doc, 'Cizre')?.place?.precision !== 3, true);
});

test('a smaller town\'s "region" or "area" is the land around it: near the town, precision 2', () => {
  const doc = run('Herdsmen attacked a village in the Numan region of Adamawa state on Thursday, police said.');
  const numan = mentionsOf(doc, 'PLACE').find((m) => m.text.startsWith('Numan'));
  assert.equal(numan?.place?.precision, 2);
});

test('a provincial seat read for "X governorate" is at region precision, so a finer stated district wins', () => {
  const doc = run('On 5 February 2022, tribesmen clashed with Houthi forces on the northwestern front of Marib governorate (coded to Wadi Abc) (Majzar, Marib).');
  const gov = mentionsOf(doc, 'PLACE').find((m) => m.text.startsWith('Marib governorate'));
  if (gov?.place?.featureCode === 'PPLA') assert.equal(gov.place.precision, 3);
  assert.notEqual(choosePlace(doc, [0])?.place?.precision, 1);
});
