import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractor } from '../../pipeline/extractor.ts';
import { SitrepError } from '../../errors.ts';
import { compatibleTypes, loadRetellings, vaguerTelling } from './retelling.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor();
const art = storyOn('2017-10-17');
const current = (text: string) => ex.extract(art(text)).records.filter((r) => !r.historical);
const show = (rs: ReturnType<typeof current>) => JSON.stringify(rs.map((r) => `${r.sub_event_type} @ ${r.location} ${r.event_date} ${r.actor1} / ${r.actor2}`));

test('retelling lexicon: every row names ACLED types, no type retells itself, and no two types retell each other', () => {
  const lex = loadRetellings();
  assert.ok(lex.noun.test('attack') && lex.noun.test('blasts') && lex.noun.test('raid'));
  assert.ok(!lex.noun.test('fighting') && !lex.noun.test('clashes') && !lex.noun.test('offensive'), 'campaign words name many events');
  for (const [general, specifics] of lex.vaguer) {
    assert.ok(!specifics.has(general), general);
    for (const s of specifics) assert.ok(!vaguerTelling(s, general, lex), `${general} <-> ${s}`);
  }
  assert.ok(compatibleTypes('Attack', 'Suicide bomb', lex) && compatibleTypes('Suicide bomb', 'Attack', lex));
  assert.ok(!compatibleTypes('Arrests', 'Attack', lex) && !compatibleTypes('Chemical weapon', 'Attack', lex));
});

test('retelling lexicon: a row of an unknown type or with neither nouns nor types is refused with its file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'retell-'));
  try {
    writeFileSync(join(dir, 'event-retellings.jsonl'), '{"sub_event_type":"Ambush","retells":["Attack"],"why":"x"}\n');
    assert.throws(() => loadRetellings(dir), (e) => e instanceof SitrepError && /event-retellings\.jsonl:1: /.test(e.describe()));
    writeFileSync(join(dir, 'event-retellings.jsonl'), '{"why":"x"}\n');
    assert.throws(() => loadRetellings(dir), (e) => e instanceof SitrepError && /event-retellings\.jsonl:1: /.test(e.describe()));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('retelling: a definite re-mention of another type and other sides ("the massacre committed by Russian jets") is the air strike told before', () => {
  const rs = current('BEIRUT (Reuters) - Russian air strikes on the city of Idlib killed 35 civilians on Monday, a monitor said. Rescue workers searched the rubble of a hospital. Turkey condemned the massacre committed by Russian jets in Idlib on Monday.');
  assert.equal(rs.length, 1, show(rs));
  assert.equal(rs[0].sub_event_type, 'Air/drone strike', show(rs));
  assert.equal(rs[0].evidence.length, 2, 'every telling is evidence');
});

test('retelling: an attack told first and "the suicide bombing" after are one event of the more specific type', () => {
  const rs = current('BAGHDAD (Reuters) - Islamic State militants attacked an army post in Tikrit on Saturday, killing four soldiers, officials said. The suicide bombing at the army post in Tikrit on Saturday also wounded ten soldiers.');
  assert.equal(rs.length, 1, show(rs));
  assert.equal(rs[0].sub_event_type, 'Suicide bomb', show(rs));
  assert.equal(rs[0].actor1, 'Islamic State', show(rs));
});

test('retelling: a bare "the bombing" after air strikes joins them but does not make them a roadside bomb', () => {
  const rs = current('BEIRUT (Reuters) - Air strikes by Syrian jets hit the town of Ariha on Monday, killing 12 civilians, a monitor said. Rescue workers searched the rubble. Residents said the bombing of Ariha on Monday by government forces destroyed a bakery.');
  assert.equal(rs.length, 1, show(rs));
  assert.equal(rs[0].sub_event_type, 'Air/drone strike', show(rs));
});

test('retelling: a re-mention in another town, or by another named attacker, is another event', () => {
  let rs = current('BEIRUT (Reuters) - Air strikes hit the town of Ariha in Idlib province on Monday, killing 12 civilians, a monitor said. Rescue workers searched the rubble. The massacre committed by Syrian jets in Aleppo on Monday killed nine people.');
  assert.equal(rs.length, 2, show(rs));
  rs = current('KABUL (Reuters) - Taliban insurgents attacked a police post in Kandahar on Monday, killing four policemen, officials said. Residents fled. The suicide bombing claimed by Islamic State at the police post in Kandahar on Monday killed two more.');
  assert.equal(rs.length, 2, show(rs));
});

test('also: a telling marked only by "also" joins the very same event', () => {
  let rs = current('DAMASCUS (Reuters) - A car bomb killed 18 people in the Damascus suburb of Jaramana on Tuesday, state television said. The car bomb also wounded 56 people, the broadcaster said. Shops stayed closed on Wednesday.');
  assert.equal(rs.length, 1, show(rs));
  rs = current('KABUL (Reuters) - Gunmen shot dead six people at a market in Jalalabad on Sunday, police said. The attackers also shot dead two guards at the market gate, police said. Officials gave no details on Monday.');
  assert.equal(rs.length, 1, show(rs));
});

test('also: "another car bomb", "in a separate attack" stay other events', () => {
  let rs = current('MOGADISHU (Reuters) - A car bomb killed 18 people in Mogadishu on Tuesday, police said. Another car bomb also exploded near the port in Mogadishu on Tuesday, killing five soldiers. Shops stayed closed on Wednesday.');
  assert.equal(rs.length, 2, show(rs));
  rs = current('KABUL (Reuters) - Gunmen shot dead six people at a market in Jalalabad on Sunday, police said. In a separate attack, gunmen shot dead two guards at a checkpoint in Jalalabad on Sunday, police said. Officials gave no details on Monday.');
  assert.equal(rs.length, 2, show(rs));
});

test('retelling: tellings that name the bombed station again ("assaulted the station", "targeted the police station") are the bombing, with its sides', () => {
  const rs = current('BEIRUT (Reuters) - Two suicide bombers struck a police station in Damascus on Monday, killing at least ten people, officials said. The minister said the blasts killed policemen and civilians. At least ten people were killed when four armed men assaulted the station, a television channel reported. Militants targeted the police station and clashed with police officers there, the minister said.');
  const here = rs.filter((r) => r.location === 'Damascus');
  assert.equal(here.length, 1, show(rs));
  assert.equal(here[0].sub_event_type, 'Suicide bomb', show(rs));
  assert.equal(here[0].actor2, 'Police Forces of Syria', show(rs));
  assert.equal(here[0].evidence.length, 4, show(rs));
});

test('retelling: the station named again on another day is another event', () => {
  const rs = current('BEIRUT (Reuters) - Two suicide bombers struck a police station in Damascus on Monday, killing at least ten people, officials said. Residents fled. On Thursday, gunmen attacked the police station in Damascus again, killing two policemen, officials said.');
  assert.equal(rs.filter((r) => r.location === 'Damascus').length, 2, show(rs));
});

test('retelling: "the assault on the checkpoint" after another event is told retells the checkpoint raid, at its own place', () => {
  const rs = current('KABUL (Reuters) - Taliban fighters stormed a police checkpoint in Kunduz province on Monday, killing eight policemen, officials said. Those attacks came a day after a suicide bombing in Kabul killed 20 people. The Taliban said they carried out the assault on the checkpoint.');
  const raid = rs.find((r) => r.sub_event_type === 'Armed clash');
  const bombing = rs.find((r) => r.sub_event_type === 'Suicide bomb');
  assert.ok(raid && bombing, show(rs));
  assert.equal(raid.location, 'Kunduz', show(rs));
  assert.equal(raid.evidence.length, 2, show(rs));
  assert.equal(bombing.evidence.length, 1, 'the claim is not the bombing\'s');
});
