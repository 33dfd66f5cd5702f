import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../model/article.ts';
import { mentionsOf } from '../../model/document.ts';
import { createExtractor } from '../../pipeline/extractor.ts';

// Issue 12: a wire story's credits name the bureaus it was reported from ("Reporting by … in Boston"), toponyms in the
// geoparsing gold; the credits' people never become places, and the bureau is never an event's place. Sentences are our own.
const extractor = createExtractor();
const article = (text: string): Article => ({ id: 't', text, title: null, published: '2018-03-01', publisher: 'Reuters', url: null, dateline: null, origin: { file: 'test' } });
const run = (text: string) => extractor.extract(article(text));

test('the credits\' bureaus are site mentions of their cities; the credited people are no places', () => {
  const doc = run('Gunmen killed three soldiers in Mosul on Friday, police said. (Reporting by Jane Smith in Baghdad and Tom Perry in Cairo; Editing by Mark Heinrich)').doc;
  const credits = mentionsOf(doc, 'PLACE').filter((m) => m.start > doc.text.indexOf('(Reporting'));
  assert.deepEqual(credits.map((m) => [m.text, m.place?.countryCode, m.site]), [['Baghdad', 'IQ', true], ['Cairo', 'EG', true]]);
  const records = run('Gunmen killed three soldiers in Mosul on Friday, police said. (Reporting by Jane Smith in Baghdad; Editing by Mark Heinrich)').records;
  assert.ok(records.length > 0);
  for (const r of records) assert.notEqual(r.location, 'Baghdad');
});

test('a small town of a bureau\'s name is not read as one, nor is a name outside the credits', () => {
  const doc = run('The mayor said so in Springfield. (Reporting by Jane Smith in Smallville; Editing by Mark Heinrich)').doc;
  const credits = mentionsOf(doc, 'PLACE').filter((m) => m.start > doc.text.indexOf('(Reporting'));
  assert.deepEqual(credits.map((m) => m.text), []);
});
