import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { contentHash, hexDigest, stableId } from './ids.ts';

// ASCII, accents, curly quotes, an astral character, a lone surrogate (UTF-8 has no form for it), NUL
const TEXTS = ['isot-1', 'Ḥalab ‘Aleppo’', 'émeute 😀 x', 'broken \ud800 pair', 'a\u0000b', ''];

test('one-shot digests are the bytes createHash gives', () => {
  for (const t of TEXTS) {
    assert.equal(hexDigest('sha1', t), createHash('sha1').update(t).digest('hex'), JSON.stringify(t));
    assert.equal(hexDigest('sha256', t), createHash('sha256').update(t).digest('hex'), JSON.stringify(t));
  }
});

test('ids and content hashes are what they were', () => {
  assert.equal(stableId('pl', 'isot-1', 10, 15), `pl${createHash('sha1').update('isot-1\u000010\u000015\u0000').digest('hex').slice(0, 16)}`);
  assert.equal(stableId('ev', 'Ḥalab', null, undefined), `ev${createHash('sha1').update('Ḥalab\u0000\u0000\u0000').digest('hex').slice(0, 16)}`);
  assert.equal(contentHash('  A  report\n\nwrapped '), createHash('sha256').update('A report wrapped').digest('hex'));
});
