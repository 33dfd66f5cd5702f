import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acledAdmin1, loadAcledAdmin1 } from './acled-admin1.ts';
import { loadAdmin1Regions } from './geo-lexicons.ts';

test("ACLED's spellings of regions: Idleb, Ninewa, Sadah; other names pass unchanged", () => {
  assert.equal(acledAdmin1('SY', 'Idlib'), 'Idleb');
  assert.equal(acledAdmin1('SY', 'Rural Damascus'), 'Rural Damascus');
  assert.equal(acledAdmin1('IQ', 'Nineveh'), 'Ninewa');
  assert.equal(acledAdmin1('YE', 'Saada'), 'Sadah');
  // the country matters: a name is ACLED's own elsewhere
  assert.equal(acledAdmin1('US', 'Idlib'), 'Idlib');
  assert.equal(acledAdmin1('SY', null), null);
});

test('every mapped name is a region of geo-admin1.jsonl in its country, mapped once', () => {
  const regions = new Set(loadAdmin1Regions().map((e) => `${e.iso2}|${e.name}`));
  const seen = new Set<string>();
  for (const e of loadAcledAdmin1()) {
    const key = `${e.iso2}|${e.name}`;
    assert.ok(regions.has(key), `${key} names no region of geo-admin1.jsonl`);
    assert.ok(!seen.has(key), `${key} mapped twice`);
    assert.notEqual(e.name, e.acled, `${key} maps to itself`);
    seen.add(key);
  }
});
