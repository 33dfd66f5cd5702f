// API and UI speed at scale: 100,000 synthetic events in SQLite, autocannon on a filtered query,
// and the UI's first render (navigation start → markers drawn) in Chromium.
//   node --import tsx bench/api.bench.ts [--events 100000] [--seconds 10] [--connections 10] [--keep FILE]
// --keep FILE builds the database there (or reuses it when it exists) instead of a temporary file.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EVENT_TYPES, disorderTypeOf, type SubEventType } from '../src/model/taxonomy.ts';
import { startServer } from '../src/server/listen.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { StoredEvent } from '../src/store/store.ts';
import { makeArticle, makeEvent } from '../src/server/testing/fixtures.ts';
import { autocannon, rng, type AutocannonResult } from './load-tools.ts';


const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' }, seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, keep: { type: 'string' } } });
const N = Number(values.events);
const EVENTS_PER_ARTICLE = 10;


const rand = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const SUBS = Object.values(EVENT_TYPES).flat() as SubEventType[];
const TYPE_OF = new Map<string, string>(Object.entries(EVENT_TYPES).flatMap(([t, subs]) => subs.map((s) => [s, t] as [string, string])));
const COUNTRIES = ['Alphaland', 'Betania', 'Corvia', 'Deltora', 'Estrava', 'Fennick'];
const ACTORS = ['Armed Group A', 'Armed Group B', 'Military Forces of Alphaland', 'Police Forces of Betania', 'Rebel Front', 'Protesters', 'Rioters', 'Civilians'];
const DAY = 86_400_000;
const T0 = Date.parse('2018-01-01T00:00:00Z');

function syntheticEvent(i: number, docId: string): StoredEvent {
  const sub = pick(SUBS);
  const date = new Date(T0 + Math.floor(rand() * 7 * 365) * DAY).toISOString().slice(0, 10);
  return makeEvent({
    event_id: `syn-${i}`,
    doc_id: docId,
    event_date: date,
    event_date_end: date,
    historical: rand() < 0.05,
    disorder_type: disorderTypeOf(sub),
    event_type: TYPE_OF.get(sub) as string,
    sub_event_type: sub,
    actor1: pick(ACTORS),
    actor2: rand() < 0.6 ? pick(ACTORS) : null,
    country: pick(COUNTRIES),
    location: `Town ${i % 5000}`,
    latitude: -10 + rand() * 50,
    longitude: -10 + rand() * 70,
    fatalities: rand() < 0.5 ? Math.floor(rand() * 30) : null,
    notes: `Synthetic event ${i} of type ${sub}.`,
    confidence: rand(),
    evidence: [{ doc_id: docId, start: 0, end: 20 }],
  });
}

const dir = await mkdtemp(join(tmpdir(), 'sitrep-api-bench-'));
const dbFile = values.keep ?? join(dir, 'bench.db');
const reuse = values.keep !== undefined && existsSync(values.keep);
const store = await openSqliteStore(dbFile);
const tBuild = performance.now();
for (let a = 0; !reuse && a * EVENTS_PER_ARTICLE < N; a++) {
  const docId = `syn-doc-${a}`;
  const events = Array.from({ length: Math.min(EVENTS_PER_ARTICLE, N - a * EVENTS_PER_ARTICLE) }, (_, k) => syntheticEvent(a * EVENTS_PER_ARTICLE + k, docId));
  await store.saveArticle(makeArticle({ doc_id: docId, text: `Synthetic article ${a}. `.repeat(20), content_hash: `syn-${a}`, event_ids: events.map((e) => e.event_id) }), events);
}
if (reuse) console.log(`reusing ${dbFile}: ${(await store.stats()).events.toLocaleString('en')} events`);
else console.log(`built ${N.toLocaleString('en')} events in ${((performance.now() - tBuild) / 1000).toFixed(1)} s`);

const server = await startServer(store, { port: 0, host: '127.0.0.1', log: () => {} });
const query = 'api/events?bbox=0,5,30,25&from=2021-01-01&to=2022-12-31&event_type=Battles&limit=100';
const probe = await (await fetch(`${server.url}${query}`)).json() as { total: number; events: unknown[] };
console.log(`query /${query}: ${probe.total} matching, ${probe.events.length} returned`);

// One connection gives the latency of a lone analyst; more show queueing, since SQLite answers one query at a time.
for (const connections of [1, Number(values.connections)]) {
  const r = await autocannon({ url: `${server.url}${query}`, connections, duration: Number(values.seconds) });
  console.log(`API (${connections} connection${connections === 1 ? '' : 's'}, ${values.seconds} s): p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, mean ${r.latency.average.toFixed(1)} ms, ${r.requests.average.toFixed(0)} req/s, ${r.non2xx} non-2xx, ${r.errors} errors`);
}

const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(CHROMIUM)) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const times: number[] = [];
  for (let run = 0; run < 4; run++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.waitForFunction(() => Number(document.querySelector('#map')?.getAttribute('data-markers') ?? 0) > 0, undefined, { timeout: 60_000 });
    // performance.now() counts from navigation start.
    times.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  await browser.close();
  const [cold, ...warm] = times;
  warm.sort((a, b) => a - b);
  console.log(`UI first render (navigation → 1,000 markers drawn over ${N.toLocaleString('en')} events): cold ${cold?.toFixed(0)} ms, warm median ${warm[Math.floor(warm.length / 2)]?.toFixed(0)} ms`);
} else {
  console.log(`UI first render: skipped, ${CHROMIUM} not found`);
}

await server.close();
await store.close();
await rm(dir, { recursive: true, force: true }); // --keep files live elsewhere and stay
