// Actors ACLED supplies by convention where the story names none (issue 10, actors): an air strike with no named air
// force, and the Houthis and the Saudi-led coalition under the names in force on the event date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import type { EventRecord } from '../../model/record.ts';

const ex = createExtractor({ stages: ['segment', 'dates', 'places', 'actors', 'claims', 'events'] });
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const events = (text: string, published = '2017-09-07'): EventRecord[] => ex.extract(art(text, published)).records.filter((e) => !e.historical);

test('an air strike whose air force the story leaves unnamed is "Unidentified Military Forces"', () => {
  const [e] = events('An air strike on Masyaf in Syria hit a research centre on Thursday, a monitor said.').filter((x) => x.sub_event_type === 'Air/drone strike');
  assert.ok(e, 'an air strike');
  assert.equal(e.actor1, 'Unidentified Military Forces');
  assert.equal(e.inter1, 8);
});

test('a named air force stays, and an unnamed bomber of another kind is not a military', () => {
  const [named] = events('Russian jets struck Idlib in Syria on Thursday.').filter((x) => x.sub_event_type === 'Air/drone strike');
  assert.match(named?.actor1 ?? '', /^Military Forces of Russia/);
  const [bomb] = events('A roadside bomb exploded in Kirkuk in Iraq on Thursday, killing two people.').filter((x) => x.sub_event_type === 'Remote explosive/landmine/IED');
  assert.notEqual(bomb?.actor1, 'Unidentified Military Forces');
});

test('Saudi-led air strikes of 2017 are the Saudi military; of 2022, Operation Restoring Hope', () => {
  const text = 'The Saudi-led coalition carried out air strikes on Sanaa in Yemen on Tuesday.';
  const [old] = events(text, '2017-12-06').filter((x) => x.sub_event_type === 'Air/drone strike');
  assert.equal(old?.actor1, 'Military Forces of Saudi Arabia (2015-)');
  const [recent] = events(text, '2022-01-19').filter((x) => x.sub_event_type === 'Air/drone strike');
  assert.equal(recent?.actor1, 'Operation Restoring Hope');
});

test('the Houthis of 2017 are Ansar Allah (Houthis); of 2022, the Supreme Political Council', () => {
  const text = 'Houthi fighters fired a missile at Riyadh in Saudi Arabia on Saturday.';
  const [old] = events(text, '2017-11-05').filter((x) => x.actor1?.includes('Houthi') || x.actor1?.includes('Supreme'));
  assert.equal(old?.actor1, 'Ansar Allah (Houthis)');
  const [recent] = events(text, '2022-03-20').filter((x) => x.actor1?.includes('Houthi') || x.actor1?.includes('Supreme'));
  assert.equal(recent?.actor1, 'Military Forces of Yemen (2016-) Supreme Political Council');
});
