// Issue 10 (actors23): the people an attack harms are often named by what they were doing ("guests", "worshipers",
// "passengers"); left unrecognised, the attack has no target and an armed reporter ("police said") is taken for the other
// side of a clash. These nouns are civilians (lexicons/actor-generic.jsonl); a crowd that protests stays protesters.
// Sentences invented for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const events = (text: string) => ex.extract(storyOn('2017-05-10')(text)).records.filter((r) => !r.historical);
const show = (rs: ReturnType<typeof events>) => JSON.stringify(rs.map((r) => [r.sub_event_type, r.actor1, r.actor2]));

test('victim nouns: guests killed in an attack on a hotel are civilians, not the police who reported it', () => {
  const rs = events('MOGADISHU (Sitrep Wire) - Gunmen believed to belong to al Shabaab attacked a hotel in Kismayo on Tuesday, killing six guests, police said.');
  const e = rs.find((r) => /Shabaab/.test(r.actor1 ?? ''));
  assert.ok(e, show(rs));
  assert.equal(e.actor2, 'Civilians (Somalia)', show(rs));
});

test('victim nouns: worshipers and passengers are civilians', () => {
  const bombing = events('HERAT, Afghanistan (Sitrep Wire) - A suicide bomber killed 12 worshipers at a mosque in Herat on Friday, officials said.');
  assert.ok(bombing.some((r) => r.actor2 === 'Civilians (Afghanistan)'), show(bombing));
  const abduction = events('KADUNA, Nigeria (Sitrep Wire) - Gunmen abducted 15 passengers from a bus near Kaduna on Tuesday, police said.');
  assert.ok(abduction.some((r) => r.actor2 === 'Civilians (Nigeria)'), show(abduction));
});

test('victim nouns: commuters who march are protesters', () => {
  const rs = events('DHAKA (Sitrep Wire) - Thousands of commuters marched through Dhaka on Tuesday to protest against fare increases.');
  assert.ok(rs.length && rs.every((r) => r.actor1 === 'Protesters (Bangladesh)'), show(rs));
});
