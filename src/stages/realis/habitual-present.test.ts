import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import { loadIrregularPasts } from './habitual-present.ts';

// Stories we wrote ourselves: a rights story whose body tells what the authorities do as a rule.
const LEAD = 'CAIRO (Sitrep Wire) - Rights groups said on Monday that they would ask the government to close its secret prisons.';
const BODY = ['The region lies south of the capital.', 'Residents said shops had reopened.', 'The spokesman gave no further details.', 'Fuel prices rose on the news.'];
const art = (sentence: string): Article => ({ id: 'habit', text: [LEAD, BODY[0], sentence, BODY[1], BODY[2], BODY[3]].join(' '), published: '2017-10-16', title: 'Rights groups', publisher: null, url: null, dateline: null, origin: { file: 'invented' } });
const full = createExtractor();
const current = (sentence: string) => full.extract(art(sentence)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

test('an event verb in the simple present after its subject tells a habit or a charge, not an event', () => {
  assert.deepEqual(current('Activists say police kidnap dissidents in Minya and keep them in secret jails.'), []);
});

test('a gerund with its own object opening a statement in the present is the subject of a statement about such acts', () => {
  assert.deepEqual(current('Arresting or detaining people for their beliefs is by definition arbitrary, the envoy told reporters in Minya.'), []);
  assert.deepEqual(current('Shelling the town killed five people on Sunday, medics said.'), ['Shelling/artillery/missile attack']);
});

test('the same events told in the past stay', () => {
  assert.deepEqual(current('Activists said police kidnapped three dissidents in Minya on Sunday.'), ['Abduction/forced disappearance']);
});

test('past forms with no -ed ending are read from the lexicon', () => {
  assert.ok(loadIrregularPasts().test('shot'));
  assert.ok(loadIrregularPasts().test('fought'));
  assert.ok(!loadIrregularPasts().test('kidnap'));
});
