// Issue 14's load target: 50 connections on a 25,000-event SQLite store, p99 of three filtered
// queries (bbox+date+type, country+sort, text) and the slowest request. Each is run as one URL
// asked by every connection (what the server's answer cache serves), then "varied": every request
// a different URL, so the answer cache rarely helps and the query itself is timed; then eight concurrent
// GeoJSON exports (four stream, the rest are told 503 E_BUSY) while /api/stats is timed, with the
// server process's peak RSS (VmHWM). The server runs as `sitrep serve` in its own process, so
// the load generator does not share its event loop.
//   node --import tsx bench/reliability-load.bench.ts [--events 25000] [--seconds 8] [--connections 50] [--bin OTHER/bin/sitrep.js] [--read-workers N]
// --bin serves the store with another checkout's sitrep, for a before/after on one machine state; that sitrep must
// know this checkout's schema (across a migration, run each checkout's own bench instead).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EVENT_TYPES, disorderTypeOf, type SubEventType } from '../src/model/taxonomy.ts';
import { makeArticle, makeEvent } from '../src/server/testing/fixtures.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { StoredEvent } from '../src/store/store.ts';
import { autocannon, rng, type AutocannonResult } from './load-tools.ts';

const { values } = parseArgs({ options: { events: { type: 'string', default: '25000' }, seconds: { type: 'string', default: '8' }, connections: { type: 'string', default: '50' }, bin: { type: 'string' }, 'read-workers': { type: 'string' } } });
const N = Number(values.events);
const rand = rng(14);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const SUBS = Object.values(EVENT_TYPES).flat() as SubEventType[];
const TYPE_OF = new Map<string, string>(Object.entries(EVENT_TYPES).flatMap(([t, subs]) => subs.map((s) => [s, t] as [string, string])));
const COUNTRIES: [string, string][] = [['Syria', 'SYR'], ['Iraq', 'IRQ'], ['Yemen', 'YEM'], ['Sudan', 'SDN'], ['Mali', 'MLI'], ['Somalia', 'SOM'], ['Nigeria', 'NGA'], ['Ukraine', 'UKR']];
const ACTORS = ['Islamic State', 'Military Forces of Syria', 'Police Forces of Iraq', 'Rebel Front', 'Protesters', 'Rioters', 'Civilians', 'Al Shabaab'];
const WORDS = ['checkpoint', 'convoy', 'market', 'village', 'airstrike', 'shelling', 'ambush', 'protest', 'raid', 'mortar'];
const DAY = 86_400_000;
const T0 = Date.parse('2018-01-01T00:00:00Z');

function syntheticEvent(i: number, docId: string): StoredEvent {
  const sub = pick(SUBS);
  const date = new Date(T0 + Math.floor(rand() * 6 * 365) * DAY).toISOString().slice(0, 10);
  const [country, iso3] = pick(COUNTRIES);
  return makeEvent({
    event_id: `load-${i}`, doc_id: docId, event_date: date, event_date_end: date, historical: rand() < 0.05,
    disorder_type: disorderTypeOf(sub), event_type: TYPE_OF.get(sub) as string, sub_event_type: sub,
    actor1: pick(ACTORS), actor2: rand() < 0.6 ? pick(ACTORS) : null, country, iso3, location: `Town ${i % 3000}`,
    latitude: -10 + rand() * 50, longitude: -10 + rand() * 70, fatalities: rand() < 0.5 ? Math.floor(rand() * 30) : null,
    notes: `A ${pick(WORDS)} near Town ${i % 3000} (${country}); ${pick(WORDS)} reported.`, confidence: rand(),
    evidence: [{ doc_id: docId, start: 0, end: 20 }],
  });
}

const dir = await mkdtemp(join(tmpdir(), 'sitrep-load-'));
const store = await openSqliteStore(join(dir, 'load.db'));
for (let a = 0; a * 10 < N; a++) {
  const docId = `load-doc-${a}`;
  const events = Array.from({ length: Math.min(10, N - a * 10) }, (_, k) => syntheticEvent(a * 10 + k, docId));
  await store.saveArticle(makeArticle({ doc_id: docId, text: `Synthetic article ${a}. `.repeat(20), content_hash: `load-${a}`, event_ids: events.map((e) => e.event_id) }), events);
}
console.log(`${(await store.stats()).events.toLocaleString('en')} events`);
await store.close();
const port = 20000 + Math.floor(Math.random() * 20000);
const bin = values.bin ?? join(fileURLToPath(new URL('..', import.meta.url)), 'bin', 'sitrep.js');
const child = spawn(process.execPath, [bin, 'serve', '--db', join(dir, 'load.db'), '--port', String(port), ...(values['read-workers'] ? ['--read-workers', values['read-workers']] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((resolve) => child.stdout!.on('data', (d: Buffer) => d.toString().includes('serving') && resolve()));
const server = { url: `http://127.0.0.1:${port}/` };
const peakRssMb = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const queries: [string, string][] = [
  ['bbox+date+type', 'api/events?bbox=0,5,30,25&from=2021-01-01&to=2022-12-31&event_type=Battles&limit=100'],
  ['country+sort', 'api/events?country=SYR&sort=-fatalities&limit=100'],
  ['country name+sort', 'api/events?country=Iraq&sort=-date&limit=100'],
  ['text', 'api/events?text=checkpoint%20ambush&limit=100'],
  ['deep cursor page', ''],
];
// A cursor 20,000 rows deep, as a client paging to the end would hold.
let cursor = '';
for (let page = 0; page < 20; page++) {
  const r = (await (await fetch(`${server.url}api/events?limit=1000${cursor ? `&cursor=${cursor}` : ''}`)).json()) as { next_cursor: string };
  cursor = r.next_cursor;
}
queries[4]![1] = `api/events?limit=100&cursor=${cursor}`;
const offsetT0 = performance.now();
await (await fetch(`${server.url}api/events?limit=100&offset=20000`)).json();
console.log(`offset=20000 (one request): ${(performance.now() - offsetT0).toFixed(0)} ms`);

for (const [name, q] of queries) {
  // One request at a time first: the cost of the query itself, without queueing.
  const lone: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await (await fetch(`${server.url}${q}`)).arrayBuffer();
    lone.push(performance.now() - t);
  }
  lone.sort((a, b) => a - b);
  console.log(`${name} (alone): median ${lone[10]!.toFixed(0)} ms`);
  const r = (await autocannon({ url: `${server.url}${q}`, connections: Number(values.connections), duration: Number(values.seconds) })) as AutocannonResult & { latency: { max: number } };
  console.log(`${name} (${values.connections} connections, ${values.seconds} s): p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms, ${r.requests.average.toFixed(0)} req/s, ${r.non2xx} non-2xx, ${r.errors} errors`);
}

// Every request a different question: a bbox sliding by a degree, a start date moving by a day,
// a fatality floor stepping; thousands of distinct URLs against an answer cache of about 80.
const dayAfter = (start: string, n: number) => new Date(Date.parse(start) + n * DAY).toISOString().slice(0, 10);
const varied: [string, (i: number) => string][] = [
  ['bbox+date+type, varied', (i) => `api/events?bbox=${-10 + (i % 40)},5,${20 + (i % 40)},25&from=${dayAfter('2020-01-01', Math.floor(i / 40) % 700)}&to=2022-12-31&event_type=Battles&limit=100`],
  ['country+sort, varied', (i) => `api/events?country=${COUNTRIES[i % 8]![1]}&sort=-fatalities&min_fatalities=${Math.floor(i / 8) % 25}&from=${dayAfter('2018-01-01', Math.floor(i / 200) % 700)}&limit=100`],
  ['text, varied', (i) => `api/events?text=${WORDS[i % 10]}%20${WORDS[Math.floor(i / 10) % 10]}&from=${dayAfter('2018-01-01', Math.floor(i / 100) % 1500)}&limit=100`],
];
for (const [name, urlOf] of varied) {
  const lone: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await (await fetch(`${server.url}${urlOf(100_000 + i)}`)).arrayBuffer();
    lone.push(performance.now() - t);
  }
  lone.sort((a, b) => a - b);
  console.log(`${name} (alone): median ${lone[10]!.toFixed(0)} ms`);
  let n = 0;
  const r = (await autocannon({
    url: server.url, connections: Number(values.connections), duration: Number(values.seconds),
    requests: [{ method: 'GET', setupRequest: (req: object) => ({ ...req, path: `/${urlOf(n++)}` }) }],
  })) as AutocannonResult & { latency: { max: number } };
  console.log(`${name} (${values.connections} connections, ${values.seconds} s): p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms, ${r.requests.average.toFixed(0)} req/s, ${r.non2xx} non-2xx, ${r.errors} errors`);
}

console.log(`peak RSS of the server process before the exports: ${peakRssMb().toFixed(0)} MB`);
// Eight exports at once; /api/stats timed meanwhile.
const exportT0 = performance.now();
const downloads = Array.from({ length: 8 }, async () => {
  const res = await fetch(`${server.url}api/export.geojson?historical=true`);
  if (res.status !== 200) return { status: res.status, bytes: 0 };
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
  return { status: 200, bytes };
});
const statsTimes: number[] = [];
let exporting = true;
const prober = (async () => {
  while (exporting) {
    const t = performance.now();
    await (await fetch(`${server.url}api/stats`)).json();
    statsTimes.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
})();
const results = await Promise.all(downloads);
exporting = false;
await prober;
statsTimes.sort((a, b) => a - b);
const streamed = results.filter((r) => r.status === 200);
console.log(`8 concurrent exports: ${streamed.length} streamed (${(streamed[0]?.bytes ?? 0) / 1e6} MB each), ${results.length - streamed.length} told 503; ${((performance.now() - exportT0) / 1000).toFixed(1)} s`);
console.log(`/api/stats during exports: ${statsTimes.length} requests, median ${statsTimes[Math.floor(statsTimes.length / 2)]?.toFixed(0)} ms, max ${statsTimes.at(-1)?.toFixed(0)} ms`);
console.log(`peak RSS of the server process over the whole run: ${peakRssMb().toFixed(0)} MB`);

child.kill('SIGTERM');
await new Promise((resolve) => child.on('close', resolve));
await rm(dir, { recursive: true, force: true });
