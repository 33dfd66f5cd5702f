import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { writeUnzippedNer } from '../../../scripts/dist.mjs';
import { REPO } from '../../../test/helpers/shared.ts';
import { DEFAULT_NER_MODEL, decodeWeights, encodeWeights, PREBUILT_DIGEST_BYTES, prebuiltBody } from './model.ts';

// The build's unzipped copy of the NER weights (dist/ner.unzipped) must decode to exactly what gunzipping the committed
// file gives, and must be ignored whenever it was made from other bytes, so a retrained model is never shadowed.

function withBuilt(run: (unzippedPath: string, gz: Buffer) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-ner-prebuilt-'));
  try {
    writeUnzippedNer(REPO, dir);
    run(join(dir, 'ner.unzipped'), readFileSync(DEFAULT_NER_MODEL));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the build writes the digest of the committed weights, then their gunzipped body', () => {
  withBuilt((path, gz) => {
    const file = readFileSync(path);
    const body = prebuiltBody(gz, path);
    assert.ok(body, 'the copy made from these bytes is used');
    assert.ok(body.equals(gunzipSync(gz)));
    assert.equal(file.length, PREBUILT_DIGEST_BYTES + body.length);
  });
});

test('weights decoded from the prebuilt body equal those gunzipped from the committed file', () => {
  withBuilt((path, gz) => {
    const viaGunzip = decodeWeights(gz, 'committed');
    const viaPrebuilt = decodeWeights(gz, 'prebuilt', prebuiltBody(gz, path));
    assert.equal(viaPrebuilt.bits, viaGunzip.bits);
    assert.equal(viaPrebuilt.unit, viaGunzip.unit);
    assert.equal(viaPrebuilt.weights.length, viaGunzip.weights.length);
    const a = viaGunzip.weights as Int16Array;
    const b = viaPrebuilt.weights as Int16Array;
    assert.ok(Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength)));
  });
});

test('a prebuilt copy made from other bytes, a damaged digest or a missing file is ignored', () => {
  withBuilt((path, gz) => {
    const retrained = encodeWeights(4, new Float32Array(16 * 9).fill(0.5));
    assert.equal(prebuiltBody(retrained, path), null, 'a retrained model is not shadowed by the old copy');
    const damaged = readFileSync(path);
    damaged[0] ^= 0xff;
    writeFileSync(path, damaged);
    assert.equal(prebuiltBody(gz, path), null);
    writeFileSync(path, damaged.subarray(0, PREBUILT_DIGEST_BYTES));
    assert.equal(prebuiltBody(gz, path), null, 'a digest with no body');
    rmSync(path);
    assert.equal(prebuiltBody(gz, path), null);
  });
});
