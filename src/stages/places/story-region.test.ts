import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { createSpanResolver, places } from './index.ts';

// Issue 12 (geoparse6): the story's named region places what the gazetteer lacks, and a name read inside a longer
// one follows the story's country and region when nothing bare settles it. Sentences are our own.
const deps = createDeps();
const article = (text: string) => ({ id: 't', text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: 'test' } });
const segmented = createPipeline([segment], deps);
const run = (text: string): Document => createPipeline([segment, places], deps).run(article(text));
const resolveSpans = createSpanResolver(deps);
const at = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });

test('a name the gazetteer lacks lies in the region the story names, not at the nearest town of another country', () => {
  const text = 'Connecticut officials visited Quonnipaug Hollow on Monday. The governor later flew to Paris for a trade fair.';
  const [p] = resolveSpans(segmented.run(article(text)), [at(text, 'Quonnipaug Hollow')]);
  assert.equal(p?.countryCode, 'US', JSON.stringify(p));
  assert.equal(p?.admin1, 'Connecticut');
  assert.equal(p?.precision, 3);
});

test('near a town of the story\'s region when it names one; without one agreed region, the nearest town as before', () => {
  const text = 'Connecticut officials met in Torrington and visited Quonnipaug Hollow on Monday. The governor later flew to Paris.';
  const [p] = resolveSpans(segmented.run(article(text)), [at(text, 'Quonnipaug Hollow')]);
  assert.equal(p?.admin1, 'Connecticut');
  assert.equal(p?.precision, 2);
  // a list of states is no story region: the town named before the unknown name
  const list = 'The law protects land from Oregon to Virginia. Hikers left Paris for Quonnipaug Hollow on Monday.';
  const [paris, q] = resolveSpans(segmented.run(article(list)), [at(list, 'Paris'), at(list, 'Quonnipaug Hollow')]);
  assert.deepEqual([q?.latitude, q?.precision], [paris?.latitude, 2], JSON.stringify(q));
});

test('a town named inside a longer name takes the reading in the story\'s region, not a far namesake', () => {
  const text = 'South Carolina lawmakers voted on the budget in Columbia on Monday. State Sen. John Doe, R-Florence, said the vote was close.';
  const doc = run(text);
  const florence = mentionsOf(doc, 'PLACE').find((m) => m.text === 'Florence');
  assert.equal(florence?.place?.admin1, 'South Carolina', JSON.stringify(mentionsOf(doc, 'PLACE').map((m) => [m.text, m.place?.admin1, m.place?.countryCode])));
});

test('but keeps its well-known reading where the story is not elsewhere', () => {
  const text = 'Italian students of the Florence Academy of Art showed their work in Rome on Monday.';
  const florence = mentionsOf(run(text), 'PLACE').find((m) => m.text === 'Florence');
  assert.equal(florence?.place?.countryCode ?? 'IT', 'IT');
});

test('a small namesake far from the region the story names twice is one of the region\'s own unknown places', () => {
  const text = 'Kentucky farmers met in Frankfort on Monday. Kentucky officials said growers near Blue Grass lost their crops.';
  const [p] = resolveSpans(segmented.run(article(text)), [at(text, 'Blue Grass')]);
  assert.equal(p?.admin1, 'Kentucky', JSON.stringify(p));
});

test('but not where another of the story\'s towns lies in the namesake\'s region, nor where the region is named once', () => {
  const beside = 'Kentucky farmers met in Frankfort on Monday. Kentucky officials said growers from Blue Grass and Davenport came too.';
  const [p] = resolveSpans(segmented.run(article(beside)), [at(beside, 'Blue Grass')]);
  assert.equal(p?.admin1, 'Iowa', JSON.stringify(p));
  const once = 'Farmers met in Frankfort, Kentucky, on Monday. Officials said growers near Blue Grass lost their crops.';
  const [q] = resolveSpans(segmented.run(article(once)), [at(once, 'Blue Grass')]);
  assert.equal(q?.admin1, 'Iowa', JSON.stringify(q));
  // nor where the story names the namesake's own region too
  const named = 'Kentucky farmers met in Frankfort on Monday. Kentucky officials said growers near Blue Grass lost their crops. Iowa sent help.';
  const [r] = resolveSpans(segmented.run(article(named)), [at(named, 'Blue Grass')]);
  assert.equal(r?.admin1, 'Iowa', JSON.stringify(r));
});

test('a name its stated region rules every reading out of is a toponym of that region, never an event\'s place', () => {
  const text = 'The season closes at Rockingham, Northamptonshire, in August.';
  const m = mentionsOf(run(text), 'PLACE').find((x) => x.text === 'Rockingham');
  assert.equal(m?.place?.admin1, 'Northamptonshire', JSON.stringify(m));
  assert.equal(m?.place?.precision, 3);
  assert.equal(m?.site, true);
  // a reading inside the region is read as before
  const known = mentionsOf(run('The season closes at Silverstone, Northamptonshire, in August.'), 'PLACE').find((x) => x.text === 'Silverstone');
  assert.equal(known?.site, undefined);
  assert.equal(known?.place?.precision, 1);
});

test('a big city read as a namesake beside the story\'s other towns takes back its vote for its country', () => {
  const text = 'London goalie Tom Cann beat Sarnia and Kitchener this week. London coach Dale Smith said the team travels to Brampton next week.';
  const [p] = resolveSpans(segmented.run(article(text)), [at(text, 'Brampton')]);
  assert.equal(p?.countryCode, 'CA', JSON.stringify(p));
});

test('but a namesake read from far-off votes alone keeps nothing from the city\'s country', () => {
  const text = 'Residents of Edmonton in north London were evacuated on Friday. Police in Enfield said London firefighters were called.';
  const [p] = resolveSpans(segmented.run(article(text)), [at(text, 'Enfield')]);
  assert.equal(p?.countryCode, 'GB', JSON.stringify(p));
});

test('a reading through another name set aside, the reading bearing the name itself is next in line ("New Delhi" is no Delhi)', () => {
  const text = 'Police in Los Angeles, Santa Ana and Glendale, California, said the suspect had flown to New Delhi last week.';
  const m = mentionsOf(run(text), 'PLACE').find((x) => x.text === 'New Delhi');
  assert.equal(m?.place?.name, 'New Delhi', JSON.stringify(m?.place));
  assert.equal(m?.place?.countryCode, 'IN');
});
