import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { createPipeline } from '../../pipeline/pipeline.ts';
import { segment } from '../segment/index.ts';
import { isDefinedAcronym } from './acronyms.ts';
import { places } from './index.ts';

const bracket = (text: string) => {
  const open = text.lastIndexOf('(');
  return isDefinedAcronym(text, open, text.indexOf(')', open) + 1);
};

test('a bracketed word spelling the initials of the name before it is that name\'s abbreviation', () => {
  assert.ok(bracket('shelling across the Line of Control (LoC)'));
  assert.ok(bracket('the Organization for Security and Cooperation in Europe (OSCE)'));
  assert.ok(bracket('the Arakan Rohingya Salvation Army (ARSA)'));
  // an ACLED container and a region's bracket are no abbreviation
  assert.ok(!bracket('clashes in Taftanaz (Idlib)'));
  assert.ok(!bracket('gunmen attacked Ataq (Shabwah)'));
  assert.ok(!bracket('a raid near Mosul (IQ)'));
});

const pipeline = createPipeline([segment, places], createDeps());
const run = (text: string): Document => pipeline.run({ id: 't', text, title: null, published: null, publisher: 'Reuters', url: null, dateline: null, origin: { file: 'test' } });
const placed = (doc: Document) => mentionsOf(doc, 'PLACE').filter((m) => m.place).map((m) => `${m.text}/${m.place!.countryCode}`);

test('a defined abbreviation is neither a place nor the container of the words before it', () => {
  const out = placed(run('Two soldiers died in shelling across the Line of Control (LoC) on Sunday.'));
  assert.ok(!out.some((p) => p.endsWith('/SI')), out.join(', '));
  assert.ok(!out.some((p) => p.startsWith('LoC') || p.startsWith('Control')), out.join(', '));
});

test('a country\'s abbreviation and an ACLED container stay places', () => {
  assert.ok(placed(run('Fighting raged in the Democratic Republic of Congo (DRC) last week.')).includes('DRC/CD'));
  const out = placed(run('Gunmen attacked a checkpoint in Taftanaz (Idlib) on Monday.'));
  assert.ok(out.includes('Taftanaz/SY') && out.includes('Idlib/SY'), out.join(', '));
});
