import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline, runMany } from '../src/pipeline/pipeline.ts';
import type { Deps, Stage, StageFactory } from '../src/pipeline/stage.ts';
import type { Article } from '../src/model/article.ts';
import { SitrepError } from '../src/errors.ts';
import { LEXICON_DIR } from '../src/lexicons/load.ts';
import { createExtractor } from '../src/pipeline/extractor.ts';
import { STAGES, DEFAULT_ORDER } from '../src/pipeline/registry.ts';

const deps: Deps = { lexicons: { dir: LEXICON_DIR }, gazetteer: () => ({ candidates: () => [] }) };
const article = (id: string, text: string): Article => ({ id, text, title: null, published: '2022-01-01', publisher: null, url: null, dateline: null, origin: { file: `${id}.txt` } });

function factory(stage: Partial<Stage> & Pick<Stage, 'name' | 'run'>): StageFactory {
  return { name: stage.name, create: () => ({ version: '1', requires: [], assigns: [], ...stage }) };
}

test('createPipeline refuses a stage whose requirement no earlier stage assigns', () => {
  const needsTokens = factory({ name: 'needs', requires: ['tokens'], run: (d) => d });
  assert.throws(() => createPipeline([needsTokens], deps), (e: unknown) => e instanceof SitrepError && e.code === 'E_PIPELINE' && /requires tokens/.test(e.message));
});

test('the default order satisfies every requirement', () => {
  assert.doesNotThrow(() => createPipeline(DEFAULT_ORDER.map((n) => STAGES[n]), deps));
});

test('runMany records a failing article and goes on with the batch', () => {
  const flaky = factory({
    name: 'flaky',
    run: (d) => {
      if (d.text.includes('boom')) throw new Error('cannot handle boom');
      return d;
    },
  });
  const p = createPipeline([flaky], deps);
  const out = [...runMany(p, [article('a', 'fine'), article('b', 'boom'), article('c', 'fine too')])];
  assert.deepEqual(out.map((o) => o.ok), [true, false, true]);
  const bad = out[1];
  assert.ok(!bad.ok && bad.error.code === 'E_STAGE' && /flaky/.test(bad.error.message) && bad.article.id === 'b');
});

test('a stage that returns no Document is a bug that stops the run', () => {
  const broken = factory({ name: 'broken', run: () => undefined as never });
  const p = createPipeline([broken], deps);
  assert.throws(() => [...runMany(p, [article('a', 'x')])], (e: unknown) => e instanceof SitrepError && e.code === 'E_STAGE_RETURN');
});

test('every stage leaves a trace and never mutates the input document', () => {
  const ex = createExtractor();
  const a = article('t', 'On 3 May 2022, Turkish warplanes carried out airstrikes on PKK positions near Zakho, killing 4 militants.');
  const { doc, records } = ex.extract(a);
  assert.deepEqual(doc.trace.map((t) => t.stage), [...DEFAULT_ORDER]);
  assert.equal(doc.text, a.text);
  assert.equal(records.length, 1);
  const r = records[0];
  assert.equal(r.sub_event_type, 'Air/drone strike');
  assert.match(r.actor1 ?? '', /Military Forces of Turkey/);
  assert.match(r.actor2 ?? '', /PKK/);
  assert.equal(r.fatalities, 4);
  assert.equal(r.event_date, '2022-05-03');
  assert.equal(r.time_precision, 1);
  assert.equal(r.country, 'Iraq');
  // same input, same id
  assert.equal(ex.extract(a).records[0].event_id, r.event_id);
});
