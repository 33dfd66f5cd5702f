import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../model/article.ts';
import { mentionsOf } from '../../model/document.ts';
import { createExtractor } from '../../pipeline/extractor.ts';

// Issue 10, blind review of event places: a namesake read in the wrong part of the country, and a province its own words
// name read as its seat because the dateline names the seat. Sentences are our own.
const extractor = createExtractor();
function article(text: string, dateline: string | null): Article {
  return { id: 't', text, title: null, published: '2017-11-23', publisher: 'Reuters', url: null, dateline, origin: { file: 'test' } };
}
const readings = (text: string, name: string) =>
  mentionsOf(extractor.extract(article(text, null)).doc, 'PLACE')
    .filter((m) => m.text === name)
    .map((m) => m.place && `${m.place.name}/${m.place.featureCode}/${m.place.admin1}`);

test('a country whose name a US state bears casts no vote for the state in a story of a third country', () => {
  // "Georgia" the country also voted for the US state, thinning Ghazni's vote, and Qarabagh went to Herat's namesake
  const text =
    'GHAZNI, Afghanistan (Reuters) - Two Georgian soldiers were wounded when their convoy was attacked near Ghazni on Wednesday, officials said. ' +
    'The convoy was hit by a roadside bomb in Qarabagh district, the provincial governor said. ' +
    'Georgia has about 870 troops in Afghanistan, and Georgia said it would keep them in Afghanistan until Afghanistan is safe.';
  const qarabagh = readings(text, 'Qarabagh');
  assert.equal(qarabagh.length, 1);
  assert.ok(qarabagh[0]?.endsWith('/Ghazni'), JSON.stringify(qarabagh));
});

test('a province its own words name stays the province beside a dateline of its seat, and the dateline stays the town', () => {
  const text =
    'KANDAHAR, Afghanistan (Reuters) - Taliban fighters attacked a dozen police checkpoints in the southern province of Kandahar, ' +
    'killing 12 policemen, officials said on Tuesday. A spokesman for the police chief said the attackers were driven back.';
  assert.deepEqual(readings(text, 'Kandahar').map((p) => p?.split('/')[1]), ['ADM1']);
  assert.deepEqual(readings(text, 'KANDAHAR').map((p) => p?.split('/')[1]), ['PPLA']);
});
