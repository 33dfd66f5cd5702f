import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { SitrepError } from '../../errors.ts';
import { loadWeaponHeads } from './subject-weapon.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2016-05-14');
const subs = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);

test('subject weapon: a weapon heading the killing verb\'s subject types the act, not the outcome rule', () => {
  assert.deepEqual(subs('Helicopter fire killed 12 people in Homs on Friday, a monitor said.'), ['Air/drone strike']);
  assert.deepEqual(subs('Army helicopters killed 20 insurgents in Hama on Friday, state media said.'), ['Air/drone strike']);
  assert.deepEqual(subs('The Russian Aerospace Forces have killed 300 militants near Palmyra on Friday, the ministry said.'), ['Air/drone strike']);
  // past a prepositional phrase after the head: "gunships of the army"
  assert.deepEqual(subs('Helicopter gunships of the army killed 20 insurgents in Hama on Friday, state media said.'), ['Air/drone strike']);
  assert.deepEqual(subs('Russian aircraft killed 40 militants in Idlib on Friday, the ministry said.'), ['Air/drone strike']);
});

test('subject weapon: no weapon in the subject\'s head, or two-sided fighting, leaves the act as it is', () => {
  // the plane is the object of a relative clause inside the subject, not its head
  assert.ok(!subs('Gunmen who had seized a plane killed two guards at the airport in Homs on Friday, officials said.').includes('Air/drone strike'));
  assert.deepEqual(subs('Gunmen attacked a checkpoint near Homs on Friday and killed four policemen, state media said.'), ['Armed clash']);
  const fought = subs('Rebels clashed with troops near Homs on Friday and army helicopters killed 12 fighters, a monitor said.');
  assert.ok(fought.includes('Armed clash'), fought.join('; '));
  // a weapon that is the subject of a verb of two-sided fire stays the clash it is
  assert.deepEqual(subs('A Turkish warplane shot down a Syrian army helicopter near the border on Friday, officials said.'), ['Armed clash']);
});

test('weapon-heads lexicon: every head names an ACLED type, and a row of neither heads nor verbs is refused with its file', () => {
  const lex = loadWeaponHeads();
  assert.ok(lex.heads.length >= 2 && lex.heads.every((h) => ['Air/drone strike', 'Shelling/artillery/missile attack', 'Suicide bomb', 'Remote explosive/landmine/IED'].includes(h.sub)));
  assert.ok(lex.verb.test('killed') && !lex.verb.test('said') && !lex.verb.test('shot'));
  const dir = mkdtempSync(join(tmpdir(), 'weapon-heads-'));
  try {
    writeFileSync(join(dir, 'weapon-heads.jsonl'), '{"heads":"jets","sub":"Jet attack","why":"x"}\n');
    assert.throws(() => loadWeaponHeads(dir), (e) => e instanceof SitrepError && /weapon-heads\.jsonl:1: /.test(e.describe()));
    writeFileSync(join(dir, 'weapon-heads.jsonl'), '{"why":"x"}\n');
    assert.throws(() => loadWeaponHeads(dir), (e) => e instanceof SitrepError && /weapon-heads\.jsonl:1: /.test(e.describe()));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('subject weapon: a bare "strikes" that killed came from the air, unless a weapon row before it names the means', () => {
  assert.deepEqual(subs('The strikes have killed 122 civilians in Idlib since Friday, he said.'), ['Air/drone strike']);
  assert.deepEqual(subs('US missile strikes killed 20 militants in Idlib on Friday, officials said.'), ['Shelling/artillery/missile attack']);
  // a labour strike kills no one: no act of the clash or attack rules to type
  assert.ok(!subs('A strike by dock workers hit exports from Aden on Friday, officials said.').includes('Air/drone strike'));
});

test('air-strike trigger: an aircraft word before the act noun ("helicopter attacks") tells a strike from the air', () => {
  assert.deepEqual(subs('Twelve people were killed in helicopter attacks on Homs on Friday, a monitor said.'), ['Air/drone strike']);
});

test('subject weapon: a weapon that is the subject of another verb before the act does not type it', () => {
  const other = subs('Gunmen who fled after aircraft destroyed their base killed five villagers near Homs on Friday, residents said.');
  assert.ok(other.length > 0 && !other.includes('Air/drone strike'), other.join('; '));
});

test('subject weapon: a verb coordinated with the weapon\'s verb shares its subject', () => {
  assert.deepEqual(subs('The Russian Aerospace Forces have destroyed a command centre near Palmyra and killed some 34 militants on Friday, the ministry said.'), ['Air/drone strike']);
});
