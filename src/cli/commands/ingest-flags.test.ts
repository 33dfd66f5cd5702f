import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { ingest } from '../../ingest/ingest.ts';
import type { Extractor } from '../../pipeline/extractor.ts';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { ingestCommand } from './ingest.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-ingest-flags-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const noEvents = { extract: () => ({ records: [] }) } as unknown as Extractor;

test('the size error names --max-file-mb, which ingest accepts (issue 14, item 12)', async () => {
  const file = path.join(dir, 'big.txt');
  writeFileSync(file, `KABUL - ${'Gunmen attacked a checkpoint. '.repeat(100)}`);
  const store = await openSqliteStore(':memory:');
  const small = await ingest(store, [file], { extractor: noEvents, date: '2024-05-02', maxFileBytes: 1024 });
  assert.equal(small.failed, 1);
  assert.match((await store.failures(1))[0]!.message, /--max-file-mb/);
  const raised = await ingest(store, [file], { extractor: noEvents, date: '2024-05-02', maxFileBytes: 4096 });
  assert.equal(raised.stored, 1);
  await store.close();
  // the flag is known to the command (a bad value is its own error, not "unknown option")
  await assert.rejects(ingestCommand([file, '--max-file-mb', 'lots', '--db', path.join(dir, 'x.db')]), /--max-file-mb wants a positive number/);
});
