import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { LEXICON_DIR } from '../../lexicons/load.ts';
import { isSitrepError } from '../../errors.ts';
import { loadActorLexicon } from './lexicon.ts';
import { phraseKeys } from './words.ts';

const lex = loadActorLexicon();

function aliasKey(alias: string): string {
  const { keys, caps } = phraseKeys(alias);
  return keys.map((k, i) => (caps[i] ? `^${k}` : k)).join(' ');
}

test('actor lexicon: unique ids, inter 0..8, known parents', () => {
  const ids = lex.actors.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const a of lex.actors) {
    assert.ok(a.inter >= 0 && a.inter <= 8, a.id);
    if (a.parent) assert.ok(lex.byId.has(a.parent), `${a.id} → ${a.parent}`);
    if (a.kind === 'monitor' || a.kind === 'media') assert.equal(a.inter, 0, a.id);
  }
});

test('actor lexicon: no alias belongs to two actors', () => {
  const owner = new Map<string, string>();
  for (const a of lex.actors) {
    for (const alias of a.aliases) {
      const k = aliasKey(alias);
      const prev = owner.get(k);
      assert.ok(prev === undefined || prev === a.id, `alias "${alias}" is in both ${prev} and ${a.id}`);
      owner.set(k, a.id);
    }
  }
});

test('actor lexicon covers the actors the project promised', () => {
  for (const id of ['islamic-state', 'new-syria-army', 'free-syrian-army', 'osoud-al-sharqiya', 'shahid-ahmad-al-abdo', 'jaish-al-islam', 'ahrar-al-sham', 'hts', 'syrian-national-army', 'sdf', 'ypg', 'pkk', 'peshmerga', 'pmf', 'hezbollah', 'houthis', 'stc', 'aqap', 'al-shabaab', 'taliban', 'hamas', 'pij', 'boko-haram', 'iswap', 'wagner', 'military-sy', 'military-ru', 'military-us', 'military-iq', 'military-tr', 'military-il', 'irgc', 'military-jo', 'operation-restoring-hope', 'global-coalition', 'police-iq', 'sohr', 'amaq', 'reuters']) {
    assert.ok(lex.byId.has(id), id);
  }
  assert.equal(lex.byId.get('osoud-al-sharqiya')?.parent, 'free-syrian-army');
});

test('every demonym country has an ISO code and every state role entry has a country', () => {
  for (const d of lex.demonyms) if (d.iso2) assert.ok(d.country, d.slug);
  for (const a of lex.actors) if (a.role) assert.ok(a.country, a.id);
});

test('a malformed entry is reported with its file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-actors-'));
  for (const f of ['actor-demonyms.jsonl', 'actor-generic.jsonl', 'actor-descriptions.jsonl', 'actor-cues.jsonl']) copyFileSync(join(LEXICON_DIR, f), join(dir, f));
  writeFileSync(join(dir, 'actors.jsonl'), '// test\n{"id":"x","name":"X","inter":9,"country":null,"kind":"rebel","aliases":["X"]}\n');
  assert.throws(() => loadActorLexicon(dir), (e: unknown) => isSitrepError(e) && e.code === 'E_LEXICON' && e.location.line === 2 && /inter/.test(e.message));
});

test('each country has at most one default actor per generic role', () => {
  const lex = loadActorLexicon();
  const seen = new Map<string, string>();
  for (const a of lex.actors) {
    if (!a.role || !a.country) continue;
    const key = `${a.country}/${a.role}`;
    assert.ok(!seen.has(key), `${key} is claimed by both ${seen.get(key)} and ${a.id}`);
    seen.set(key, a.id);
  }
});

test('actor lexicon: every backer is a demonym slug, and no group backs itself', () => {
  const slugs = new Set(lex.demonyms.map((d) => d.slug));
  for (const a of lex.actors) for (const b of a.backers ?? []) {
    assert.ok(slugs.has(b), `${a.id} → ${b}`);
    assert.notEqual(b, a.id);
  }
  assert.ok(lex.byId.get('sdf')?.backers?.includes('united-states'));
});
