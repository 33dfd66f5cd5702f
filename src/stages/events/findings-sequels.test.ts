import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

// The rules alone, on invented sentences: report findings, sequels, weapons tests, campaign tallies and diplomacy's
// "defusing" tell no new event (lexicons/realis-cues.jsonl: findings-of, sequel-wake-of, nuclear-test-blasts,
// since-war-began, defuse-tension, penalties-for, and a bare "deport" in immigration-enforcement).
const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-11-15');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);

test('what a report or an inquiry found is a finding, not a new event', () => {
  assert.deepEqual(current('Investigators found that police beat protesters in Kandor on Tuesday, the commission said.'), []);
  assert.deepEqual(current('A report by a rights group documented killings of detainees by soldiers in Kandor province.'), []);
  assert.equal(current('Police beat protesters in Kandor on Tuesday, witnesses said.').length, 1);
});

test('the event a sequel follows on is its occasion, not a new event', () => {
  assert.deepEqual(current('Schools reopened in Kandor on Tuesday in the aftermath of the bombing at the market that killed 12 people.'), []);
  assert.equal(current('A bomb exploded at the market in Kandor on Tuesday, killing 12 people.').length, 1);
});

test('a nuclear test explosion is a weapons test, not a bombing', () => {
  assert.deepEqual(current('A nuclear test explosion was detected in Kandor on Tuesday, seismologists said.'), []);
  assert.deepEqual(current('A blast detected near the nuclear test site in Kandor on Tuesday was the sixth test.'), []);
  assert.equal(current('An explosion at a checkpoint in Kandor killed two soldiers on Tuesday.').length, 1);
});

test('a tally counted from the start of a campaign is a total', () => {
  assert.deepEqual(current('Soldiers shot dead 120 rebels in Kandor since the offensive started, the army said on Tuesday.'), []);
  assert.equal(current('Soldiers shot dead 12 rebels in Kandor on Tuesday, the army said.').length, 1);
});

test('defusing a tension is diplomacy; defusing a bomb is an event', () => {
  assert.deepEqual(current('The minister spent Tuesday in Kandor defusing tension with the neighbouring country.'), []);
  assert.equal(current('Soldiers defused a roadside bomb in Kandor on Tuesday, the army said.').length, 1);
});

test('a bare "deport" makes arrests immigration enforcement', () => {
  assert.deepEqual(current('The budget includes money for staff to catch, detain and deport illegal immigrants.'), []);
});

test('an act named by the law that punishes it is no event', () => {
  assert.deepEqual(current('Many states have increased penalties for assaults against police, the group said on Tuesday.'), []);
  assert.equal(current('Gunmen assaulted police officers in Kandor on Tuesday, the group said.').length, 1);
});
