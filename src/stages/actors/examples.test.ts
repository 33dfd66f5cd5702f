import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LEXICON_DIR } from '../../lexicons/load.ts';
import { mentionsOf, newDocument, type ActorMention } from '../../model/document.ts';
import { silentLogger, type Deps } from '../../pipeline/stage.ts';
import { segment } from '../segment/index.ts';
import { actors } from './index.ts';
import { haveShared } from '../../../test/helpers/shared.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const examples = join(repoRoot, '..', 'shared', 'examples');
const deps: Deps = { lexicons: { dir: LEXICON_DIR }, gazetteer: () => { throw new Error('not used'); } };

function run(file: string): ActorMention[] {
  const text = readFileSync(join(examples, file), 'utf8');
  const article = { id: file, text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file } };
  const ctx = { log: silentLogger };
  return mentionsOf(actors.create(deps).run(segment.create(deps).run(newDocument(article), ctx), ctx), 'ACTOR');
}


const actorOf = (ms: ActorMention[], surface: string): string[] => ms.filter((m) => m.text === surface).map((m) => m.actor?.id ?? 'null');

test('example 000: IS, the jihadists, the New Syria Army and Russian air strikes', (t) => {
  if (!haveShared(t, examples)) return;
  const ms = run('000_d1b2bd05794ba603.txt');
  assert.ok(actorOf(ms, 'IS').length >= 3 && actorOf(ms, 'IS').every((a) => a === 'islamic-state'));
  const jihadists = ms.filter((m) => m.text === 'the jihadists');
  assert.equal(jihadists.length, 2);
  for (const j of jihadists) {
    assert.equal(j.actor?.id, 'islamic-state');
    assert.equal(j.via, 'description');
    assert.equal(ms.find((m) => m.id === j.antecedent)?.actor?.id, 'islamic-state');
  }
  const group = ms.find((m) => m.text === 'the group' && m.sentence === ms.find((x) => x.text === 'U.S. coalition')?.sentence);
  assert.equal(group?.actor?.id, 'islamic-state', '"the group" next to "the U.S. coalition fighting IS"');
  assert.ok(ms.some((m) => m.text === 'New Syria Army' && m.actor?.id === 'new-syria-army'));
  assert.deepEqual([...new Set(actorOf(ms, 'the rebels'))], ['new-syria-army']);
  assert.deepEqual(actorOf(ms, 'YPG'), ['ypg']);
  assert.deepEqual(actorOf(ms, 'Russian air strikes'), ['military-ru']);
  assert.equal(ms.find((m) => m.text === 'Syrian Observatory for Human Rights')?.actor?.kind, 'monitor');
  const backed = ms.find((m) => m.text === 'Syrian rebels');
  assert.equal(backed?.backedBy, 'united-states');
});

test('example 004: FSA factions, SDF, Russian air strike', (t) => {
  if (!haveShared(t, examples)) return;
  const ms = run('004_df61543d629ae446.txt');
  const osoud = ms.find((m) => m.text === 'Osoud al Sharqiya');
  assert.equal(osoud?.actor?.id, 'osoud-al-sharqiya');
  assert.equal(osoud?.actor?.parent, 'free-syrian-army');
  assert.equal(ms.find((m) => m.text.startsWith('Shahid Ahmad al-Abdo'))?.actor?.parent, 'free-syrian-army');
  assert.ok(ms.some((m) => m.actor?.id === 'sdf' && m.text.startsWith('Syrian Democratic Forces')));
  assert.deepEqual(actorOf(ms, 'Russian air strike'), ['military-ru']);
  assert.ok(ms.filter((m) => m.text.toLowerCase().includes('militants')).every((m) => m.actor?.id === 'islamic-state'));
  assert.equal(ms.find((m) => m.text === 'FSA groups' && m.backedBy)?.backedBy, 'turkey');
});
