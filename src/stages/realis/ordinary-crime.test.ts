import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import { loadViolentCrime } from './ordinary-crime.ts';

// Stories we wrote ourselves (nonev18): a shooting told as a crime, as the lead of a whole article, with and without
// an armed or political side in sight.
const BODY = ['The area lies south of the city centre.', 'Residents said shops had reopened.', 'A spokesman gave no further details.', 'Fuel prices rose on the news.', 'Talks on the budget are due next week.'];
const art = (lead: string, body = BODY): Article => ({ id: 'crime', text: [lead, ...body].join(' '), published: '2017-10-16', title: null, publisher: null, url: null, dateline: null, origin: { file: 'invented' } });
const full = createExtractor();
const current = (lead: string, body?: string[]) => full.extract(art(lead, body)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

test('a shooting the story tells as a robbery or a drive-by, with no side in sight, is ordinary crime', () => {
  assert.deepEqual(current('LAGOS (Sitrep Wire) - A man was shot dead in a robbery at a petrol station in Lagos on Monday, police said.'), []);
  assert.deepEqual(current('Two men were wounded in a drive-by shooting outside a shopping mall in Durban on Tuesday, police said.'), []);
});

test('a killing the next sentence calls extortion, with no side in sight, is ordinary crime', () => {
  assert.deepEqual(
    current('Two bus drivers were shot dead in separate attacks in San Pedro Sula on Friday, police said.', ['It is a familiar case of extortion on the city s bus routes, the company said.', ...BODY]),
    [],
  );
  // the sentence after the next does not speak for the killing
  assert.deepEqual(
    current('Two bus drivers were shot dead in separate attacks in San Pedro Sula on Friday, police said.', [BODY[0], 'Shop owners complain of extortion on the city s bus routes.', ...BODY.slice(1)]),
    ['Attack'],
  );
});

test('the same crime words stay political violence when the victim or the perpetrator is a side', () => {
  // a journalist's killing is political whatever motive the police give
  assert.deepEqual(current('A journalist was shot dead in a robbery at his home in Veracruz on Monday, police said.'), ['Attack']);
  // a named armed group did it
  assert.deepEqual(current('Islamic State militants shot dead two shopkeepers in a robbery in Mosul on Monday, police said.'), ['Attack']);
  // the story names an armed group elsewhere: a robbery in a war story may be the war's
  assert.deepEqual(
    current('A man was shot dead in a robbery at a petrol station in Maiduguri on Monday, police said.', ['Boko Haram militants are active in the region.', ...BODY]),
    ['Attack'],
  );
});

test('the crime words are read from the lexicon', () => {
  assert.ok(loadViolentCrime().test('injured in a drive-by shooting'));
  assert.ok(!loadViolentCrime().test('killed in an air strike'));
  assert.ok(loadViolentCrime().test('shot by gang members demanding protection money'));
  assert.ok(!loadViolentCrime().test('the girl was gang-raped by soldiers'));
  const dir = mkdtempSync(join(tmpdir(), 'crime-'));
  try {
    writeFileSync(join(dir, 'violent-crime.jsonl'), JSON.stringify({ id: 'x', pattern: 'hold-up', why: 'test' }) + '\n');
    assert.ok(loadViolentCrime(dir).test('shot in a hold-up'));
    assert.ok(!loadViolentCrime(dir).test('shot in a robbery'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
