// Review 13 (actors15): who an arrest held. A group member arrested after a clause that names wounded police is the
// group's, not the police's (and so not civilians); officials of a region or people held are the government's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import type { EventRecord } from '../../model/record.ts';

const ex = createExtractor({ stages: ['segment', 'dates', 'places', 'actors', 'claims', 'events'] });
const art = (text: string): Article => ({ id: 't', text, title: null, published: '2017-12-01', publisher: null, url: null, dateline: null, origin: { file: 't' } });
const arrests = (text: string): EventRecord[] => ex.extract(art(text)).records.filter((e) => !e.historical && e.sub_event_type === 'Arrests');

test('a member of the group arrested beside wounded police is the group', () => {
  const [e] = arrests('TBILISI (Reuters) - Islamic State fighters fought police in Tbilisi on Friday, officials said. Four police officers were wounded and one member of the group was also arrested.');
  assert.ok(e, 'an arrest');
  assert.equal(e.actor2, 'Islamic State');
  // police the police held are still no group
  const [p] = arrests('ANKARA (Reuters) - Police in Ankara arrested two police officers on Friday.');
  assert.notEqual(p?.actor2, 'Islamic State');
});

test('"senior Catalan officials" held are the government, officials who speak are the source', () => {
  const [e] = arrests('MADRID (Reuters) - Spanish police on Wednesday arrested several senior Catalan officials accused of organizing the referendum in Barcelona.');
  assert.ok(e);
  assert.match(e.actor2 ?? '', /^Government of Spain/);
  const [s] = arrests('MADRID (Reuters) - Spanish police on Wednesday arrested three men in Barcelona, senior Catalan officials said.');
  assert.ok(s);
  assert.match(s.actor2 ?? '', /^Civilians/);
});
