import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { readArticles } from '../../src/input/index.ts';
import type { EventRecord } from '../../src/model/record.ts';
import { createExtractor } from '../../src/pipeline/extractor.ts';

/**
 * Events of a story written to a plain-text file under a headline and read as a user's file is read (dateline,
 * `--date`), so the tests see what `sitrep extract story.txt` sees. The folder goes when the test file ends.
 */
export function storyFileExtractor(prefix: string): (name: string, text: string, date?: string) => Promise<EventRecord[]> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const extractor = createExtractor();
  return async (name, text, date) => {
    const file = join(dir, `${name}.txt`);
    writeFileSync(file, `Headline\n\n${text}\n`);
    const out: EventRecord[] = [];
    for await (const o of readArticles([file], { date })) {
      assert.ok(o.ok, o.ok ? '' : o.error.message);
      out.push(...extractor.extract(o.article).records);
    }
    return out;
  };
}
