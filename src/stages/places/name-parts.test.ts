import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { choosePlace, places } from './index.ts';

// A hamlet's name inside a longer name the tagger reads as a thing's or an organisation's ("the Dakota Access Pipeline")
// stays a toponym but is never an event's place; a town's own institution and a well-known place keep their place.
const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: 'Reuters', url: null, dateline: null, origin: { file: 'test' } });
const at = (doc: Document, surface: string) => mentionsOf(doc, 'PLACE').find((m) => m.text === surface);

test('a small namesake inside a longer name is no event place', () => {
  const cases: [string, string][] = [
    ['Activists have spent months protesting plans to route the Dakota Access Pipeline beneath a lake.', 'Dakota'],
    ['A fire broke out at the Upper Big Branch mine.', 'Branch'],
    ['She stayed at the Ritz Carlton in the capital.', 'Carlton'],
  ];
  for (const [text, name] of cases) {
    const doc = run(text);
    const m = at(doc, name);
    if (m) assert.equal(m.site, true, `${name} in: ${text}`);
    const chosen = choosePlace(doc, [0]);
    assert.notEqual(chosen?.text, name, `${name} chosen in: ${text}`);
  }
});

test('a town\'s own institution and a big city inside a name stay places', () => {
  const doc = run('Deputies took him to the Mansfield Law Enforcement Center. He studied at the University of Rochester.');
  for (const name of ['Mansfield', 'Rochester']) {
    const m = at(doc, name);
    assert.ok(m?.place, `${name} placed`);
    assert.ok(!m?.site, `${name} is no site`);
  }
});
