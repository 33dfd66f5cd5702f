import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LEXICON_DIR } from '../../lexicons/load.ts';
import type { Claim } from '../../model/claim.ts';
import { mentionsOf, newDocument } from '../../model/document.ts';
import { silentLogger, type Deps } from '../../pipeline/stage.ts';
import { segment } from '../segment/index.ts';
import { claims } from './index.ts';
import { haveShared } from '../../../test/helpers/shared.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const examples = join(repoRoot, '..', 'shared', 'examples');
const deps: Deps = { lexicons: { dir: LEXICON_DIR }, gazetteer: () => { throw new Error('not used'); } };


/** Claims of every example article, read at test time (nothing from /work/shared is kept in the repo). */
function allClaims(): { file: string; text: string; claims: Claim[] }[] {
  const ctx = { log: silentLogger };
  const seg = segment.create(deps);
  const stage = claims.create(deps);
  return readdirSync(examples)
    .filter((f) => f.endsWith('.txt'))
    .map((file) => {
      const text = readFileSync(join(examples, file), 'utf8');
      const article = { id: file, text, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file } };
      const doc = stage.run(seg.run(newDocument(article), ctx), ctx);
      return { file, text, claims: mentionsOf(doc, 'COUNT').map((m) => m.claim) };
    });
}

test('examples: Amaq claims 40 killed and 15 captured; Salameh at least 117 killed; 250 km² captured', (t) => {
  if (!haveShared(t, examples)) return;
  const all = allClaims().flatMap((d) => d.claims.map((c) => ({ ...c, words: d.text.slice(c.start, c.end) })));

  const killed40 = all.find((c) => c.what === 'killed' && c.low === 40 && c.high === 40);
  assert.ok(killed40, 'Amaq 40 killed');
  assert.match(killed40.claimant ?? '', /^Amaq/);
  assert.equal(killed40.qualifier, 'exact');
  assert.equal(killed40.victims, 'rebel fighters');

  const captured15 = all.find((c) => c.what === 'captured' && c.low === 15);
  assert.ok(captured15, 'Amaq 15 captured');
  assert.match(captured15.claimant ?? '', /^Amaq/);
  assert.equal(captured15.victims, 'rebel fighters');

  const killed117 = all.find((c) => c.what === 'killed' && c.low === 117);
  assert.ok(killed117, 'Salameh 117 killed');
  assert.equal(killed117.qualifier, 'at_least');
  assert.equal(killed117.high, null);
  assert.equal(killed117.claimant, 'Salameh');
  assert.equal(killed117.words, 'at least 117');

  const area = all.filter((c) => c.what === 'area_km2');
  assert.equal(area.length, 1, JSON.stringify(area));
  assert.equal(area[0].low, 250);

  // figures that count no people stay out of the casualty claims
  for (const c of all) {
    if (c.what === 'killed' || c.what === 'wounded') assert.doesNotMatch(c.words, /^(?:50|18|2014|eight)$/, JSON.stringify(c));
  }
  const vague = all.filter((c) => c.qualifier === 'vague');
  assert.ok(vague.some((c) => c.what === 'killed'), 'heavy/many casualties');
  assert.ok(vague.some((c) => c.what === 'captured'), 'several fighters were captured');
});
