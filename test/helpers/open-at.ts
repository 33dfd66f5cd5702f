/**
 * Opens (and so creates and migrates) the SQLite store at argv[2] once the clock reaches argv[3]
 * (ms since the epoch): the fresh-file race test starts many of these so that they open together,
 * not staggered by their start-up. Exits 0 when the store opened, 1 with the error otherwise.
 */
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';

const [file, at] = process.argv.slice(2);
while (Date.now() < Number(at)) {
  /* spin: a timer would add up to a millisecond of jitter */
}
try {
  const store = await openSqliteStore(file!);
  await store.stats();
  await store.close();
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}
