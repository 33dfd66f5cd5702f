// API latency by backend: the same synthetic events in SQLite and in PostgreSQL, served by the same
// app, loaded with autocannon on a filtered query, a full-text query and an event page.
//   node --import tsx bench/api-backends.bench.ts [--events 20000] [--seconds 5] [--connections 10]
// PostgreSQL comes from SITREP_TEST_PG (default postgres://postgres@127.0.0.1:5432/postgres), in a
// throwaway database; without a server only SQLite is measured.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../src/server/listen.ts';
import { openPgStore } from '../src/store/postgres/pg-store.ts';
import { pgUnavailable, throwawayDatabases } from '../src/store/postgres/pg-test-db.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { makeStoredArticle, makeStoredEvent } from '../src/store/store-contract.ts';
import type { Store, StoredEvent } from '../src/store/store.ts';
import { autocannon, rng, type AutocannonResult } from './load-tools.ts';


const { values } = parseArgs({ options: { events: { type: 'string', default: '20000' }, seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '10' } } });
const N = Number(values.events);
const PER_ARTICLE = 10;


const TYPES: [string, string][] = [['Battles', 'Armed clash'], ['Explosions/Remote violence', 'Air/drone strike'], ['Protests', 'Peaceful protest'], ['Riots', 'Mob violence'], ['Violence against civilians', 'Attack']];
const ACTORS = ['Armed Group A', 'Armed Group B', 'Military Forces of Alphaland', 'Police Forces of Betania', 'Rebel Front', 'Protesters'];
const WORDS = ['market', 'checkpoint', 'convoy', 'village', 'bridge', 'hospital', 'school', 'airport', 'prison', 'mosque'];

function eventsFor(a: number, rand: () => number): StoredEvent[] {
  return Array.from({ length: PER_ARTICLE }, (_, k) => {
    const i = a * PER_ARTICLE + k;
    const [type, sub] = TYPES[Math.floor(rand() * TYPES.length)];
    const date = new Date(Date.UTC(2018, 0, 1) + Math.floor(rand() * 7 * 365) * 86_400_000).toISOString().slice(0, 10);
    return makeStoredEvent({
      event_id: `ev-${i}`, doc_id: `doc-${a}`, event_date: date, event_date_end: date, event_type: type, sub_event_type: sub,
      actor1: ACTORS[Math.floor(rand() * ACTORS.length)], country: ['Iraq', 'Syria', 'Yemen'][i % 3], location: `Town ${i % 5000}`,
      latitude: -10 + rand() * 50, longitude: -10 + rand() * 70, fatalities: rand() < 0.5 ? Math.floor(rand() * 30) : null,
      notes: `Fighting near the ${WORDS[i % WORDS.length]} of Town ${i % 5000}.`, historical: rand() < 0.05, confidence: rand(),
      evidence: [{ doc_id: `doc-${a}`, start: 0, end: 20 }],
      sources: [{ doc_id: `doc-${a}`, title: `Report ${a}`, publisher: 'Bench Wire', url: null, published: date }],
    });
  });
}

async function fill(store: Store): Promise<number> {
  const rand = rng(42);
  const t0 = performance.now();
  for (let a = 0; a * PER_ARTICLE < N; a++) {
    const events = eventsFor(a, rand);
    await store.saveArticle(makeStoredArticle({ doc_id: `doc-${a}`, content_hash: `h-${a}`, event_ids: events.map((e) => e.event_id) }), events);
  }
  return (performance.now() - t0) / 1000;
}

const QUERIES = [
  ['filtered list', 'api/events?bbox=0,5,30,25&from=2021-01-01&to=2022-12-31&event_type=Battles&limit=100'],
  ['full text', 'api/events?text=checkpoint%20town&limit=100'],
  ['event page', `api/events/ev-${Math.min(12345, N - 1)}`],
] as const;

async function measure(name: string, store: Store): Promise<void> {
  const built = await fill(store);
  const server = await startServer(store, { port: 0, host: '127.0.0.1', log: () => {} });
  console.log(`${name}: ${N.toLocaleString('en')} events stored in ${built.toFixed(1)} s`);
  try {
    for (const [label, query] of QUERIES) {
      const probe = await fetch(`${server.url}${query}`);
      if (!probe.ok) throw new Error(`${query}: HTTP ${probe.status}`);
      for (const connections of [1, Number(values.connections)]) {
        const r = await autocannon({ url: `${server.url}${query}`, connections, duration: Number(values.seconds) });
        console.log(`  ${label.padEnd(13)} ${String(connections).padStart(2)} conn: p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.requests.average.toFixed(0)} req/s, ${r.non2xx} non-2xx, ${r.errors} errors`);
      }
    }
  } finally {
    await server.close();
    await store.close();
  }
}

console.log(`${availableParallelism()} CPU core(s); server, database and load generator share them`);
const dir = await mkdtemp(join(tmpdir(), 'sitrep-api-backends-'));
try {
  await measure('SQLite', await openSqliteStore(join(dir, 'bench.db')));
} finally {
  await rm(dir, { recursive: true, force: true });
}
const down = await pgUnavailable();
if (down) console.log(`PostgreSQL: skipped (${down})`);
else {
  const dbs = throwawayDatabases();
  try {
    // Connections the pool still holds are cut when the throwaway database is dropped; not worth reporting.
    await measure('PostgreSQL', await openPgStore(await dbs.create(), { log: () => {} }));
  } finally {
    await dbs.dropAll();
  }
}
