import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SitrepError } from '../../errors.ts';
import { DATE_CUES_FILE, loadDateCues } from './cues.ts';

describe('date-cues lexicon', () => {
  it('loads the shipped file with every kind present', () => {
    const cues = loadDateCues();
    assert.equal(cues.quantities.get('two'), 2);
    assert.equal(cues.quantities.get('few'), 3);
    assert.ok(cues.notAfterYear.has('people'));
    assert.ok(cues.chronoCues.has('ago'));
    assert.equal(cues.relativeDays.get('the next day'), 1);
    assert.equal(cues.relativeDays.get('hours later'), 0);
  });

  it('names the file and line of a bad entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-date-cues-'));
    writeFileSync(join(dir, DATE_CUES_FILE), '// test\n{"kind":"quantity","word":"two","value":2}\n{"kind":"quantity","word":"few"}\n');
    assert.throws(() => loadDateCues(dir), (e: unknown) => e instanceof SitrepError && e.code === 'E_LEXICON' && e.location.line === 3);
  });
});
