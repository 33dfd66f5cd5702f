import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { cachedJson } from './derived-cache.ts';

test('a derived value is computed once per set of inputs and read back unchanged', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-derived-'));
  try {
    const data = join(dir, 'data.txt');
    const code = join(dir, 'rules.ts');
    writeFileSync(data, 'a');
    writeFileSync(code, 'v1');
    let computed = 0;
    const get = (values: string[]) => cachedJson(dir, 'thing', { files: [data], code: [pathToFileURL(code)], values }, () => {
      computed++;
      return { values, point: [0.1 + 0.2, -1e-7] };
    });
    const first = get(['x', 'y']);
    assert.deepEqual(get(['x', 'y']), first, 'numbers survive the round trip exactly');
    assert.equal(computed, 1);
    get(['x', 'z']);
    assert.equal(computed, 2, 'other values');
    get(['xy']);
    assert.equal(computed, 3, 'values are kept apart, not joined');
    writeFileSync(code, 'v2');
    get(['x', 'y']);
    assert.equal(computed, 4, 'changed code');
    writeFileSync(data, 'ab');
    get(['x', 'y']);
    assert.equal(computed, 5, 'changed data file');

    for (const f of readdirSync(dir).filter((n) => n.startsWith('thing-'))) writeFileSync(join(dir, f), '{"cut sho');
    assert.deepEqual(get(['x', 'y']), first, 'a cache file cut short is computed again');
    assert.equal(computed, 6);
    assert.deepEqual(cachedJson(join(dir, 'data.txt', 'not-a-folder'), 'thing', { files: [], code: [] }, () => 7), 7, 'an unwritable folder only costs the cache');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
