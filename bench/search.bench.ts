// Search over article bodies and actor aliases, and the review pins' cost on saving (issue 13).
// node --import tsx bench/search.bench.ts [N articles, default 3000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seededRandom } from '../src/model/random.ts';
import { reviewEvent } from '../src/store/review.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { makeStoredArticle, makeStoredEvent } from '../src/store/store-contract.ts';

const N = Number(process.argv[2] ?? 3000);
const WORDS = 'army rebels shelling village market convoy checkpoint drone strike civilians killed wounded police protest road bridge hospital school district governor fighters clashes'.split(' ');
const random = seededRandom(13);
const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-search-bench-'));
const store = await openSqliteStore(path.join(dir, 'bench.db'));

const body = (i: number) => Array.from({ length: 300 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ') + (i % 100 === 0 ? ' Ghweran' : '');
let t = performance.now();
for (let i = 0; i < N; i++) {
  const ids = [`ev-${i}-a`, `ev-${i}-b`];
  await store.saveArticle(makeStoredArticle({ doc_id: `d${i}`, text: body(i), event_ids: ids }), ids.map((id) => makeStoredEvent({ event_id: id, doc_id: `d${i}`, notes: 'A clash.', actor2_mention: i % 2 ? 'the SDF' : 'Kurdish forces' })));
}
const saveMs = performance.now() - t;
for (let i = 0; i < N; i += 10) await reviewEvent(store, `ev-${i}-a`, { action: 'edit', changes: { fatalities: 1 } }, 'bench');
// Re-saving reviewed events: the pins are looked up and laid over.
t = performance.now();
for (let i = 0; i < N; i += 10) await store.saveArticle(makeStoredArticle({ doc_id: `r${i}`, event_ids: [`ev-${i}-a`] }), [makeStoredEvent({ event_id: `ev-${i}-a`, doc_id: `d${i}`, fatalities: 50, notes: 'A clash.' })]);
const resaveMs = (performance.now() - t) / Math.ceil(N / 10);

async function median(q: Parameters<typeof store.queryEvents>[0]): Promise<{ ms: number; total: number }> {
  const times: number[] = [];
  let total = 0;
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now();
    total = (await store.queryEvents({ ...q, limit: 100 })).total;
    times.push(performance.now() - t0);
  }
  return { ms: times.sort((a, b) => a - b)[3]!, total };
}
const rows = {
  'text=Ghweran (rare, bodies only)': await median({ text: 'Ghweran' }),
  'text=hospital (in most bodies)': await median({ text: 'hospital' }),
  'text=clash (event notes)': await median({ text: 'clash' }),
  'actor=SDF (mentions + alias)': await median({ actor: 'SDF' }),
  'review=reviewed': await median({ review: 'reviewed' }),
};
console.log(`SQLite, ${N} articles (${(N * 300 * 6.5 / 1e6).toFixed(1)} MB of text), ${2 * N} events`);
console.log(`save: ${(N / (saveMs / 1000)).toFixed(0)} articles/s; re-save of a reviewed event: ${resaveMs.toFixed(2)} ms`);
for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(34)} ${v.ms.toFixed(1).padStart(7)} ms  (${v.total} events)`);
await store.close();
rmSync(dir, { recursive: true, force: true });
