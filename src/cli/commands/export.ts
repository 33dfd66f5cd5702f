import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { CliError } from '../../errors.ts';
import type { EventRecord } from '../../model/record.ts';
import { createRecordWriter, OUTPUT_FORMATS, type OutputFormat } from '../../output/formats.ts';
import { openStore } from '../../store/open-store.ts';
import { keyOf, type PageKey } from '../../store/keyset.ts';
import type { EventQuery, Store, StoredEvent } from '../../store/store.ts';
import { checkDate, parse } from '../args.ts';

const PAGE = 1000;
/** Output is written in pieces of about this many characters, each waiting for the last to drain. */
const WRITE_CHARS = 65_536;

/**
 * A stored event as an event record. Evidence keeps its doc_id (a merged event points into several
 * articles); the bookkeeping fields n_sources, first_seen and updated_at, and the UI's mention offsets, are dropped.
 */
export function storedToRecord(e: StoredEvent): EventRecord {
  const { n_sources: _n, first_seen: _f, updated_at: _u, mentions: _m, review_status: _r, ...record } = e;
  return record;
}

export function parseBbox(s: string): [number, number, number, number] {
  const parts = s.split(',').map((p) => Number(p.trim()));
  const [w, south, east, n] = parts;
  if (parts.length !== 4 || !parts.every(Number.isFinite) || south > n || Math.abs(south) > 90 || Math.abs(n) > 90 || Math.abs(w) > 180 || Math.abs(east) > 180) {
    throw new CliError(`--bbox wants W,S,E,N in degrees (e.g. 35.5,32,42.5,37.5), got "${s}"`);
  }
  return [w, south, east, n];
}

/** Every event matching q (all pages, each starting after the last one's key), in q's sort order. */
export async function* allEvents(store: Store, q: EventQuery): AsyncGenerator<StoredEvent> {
  for (let after: PageKey | undefined; ; ) {
    const { events } = await store.queryEvents({ ...q, limit: PAGE, ...(after && { after }) });
    yield* events;
    if (events.length < PAGE) return;
    after = keyOf(events.at(-1)!, q.sort);
  }
}

/** sitrep export --format jsonl|csv|geojson|acled-csv [--db FILE] [filters] [--out F] */
export async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', default: 'jsonl' },
    db: { type: 'string' },
    pg: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    country: { type: 'string' },
    actor: { type: 'string' },
    type: { type: 'string' },
    'sub-type': { type: 'string' },
    text: { type: 'string' },
    bbox: { type: 'string' },
    historical: { type: 'boolean', default: false },
    reviewed: { type: 'boolean', default: false },
    rejected: { type: 'boolean', default: false },
    'min-fatalities': { type: 'string' },
    sort: { type: 'string', default: 'date' },
  });
  if (positionals.length) throw new CliError(`sitrep export takes no positional arguments, got "${positionals[0]}"`);
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new CliError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, got "${values.format}"`);
  const sorts = ['date', '-date', 'fatalities', '-fatalities', 'confidence', '-confidence'];
  if (!sorts.includes(values.sort!)) throw new CliError(`--sort must be one of ${sorts.join(', ')}, got "${values.sort}"`);
  const minFatalities = values['min-fatalities'];
  if (minFatalities !== undefined && !/^\d+$/.test(minFatalities)) throw new CliError(`--min-fatalities wants a whole number, got "${minFatalities}"`);
  if (values.reviewed && values.rejected) throw new CliError('--reviewed (accepted or edited events) and --rejected exclude each other; give one');
  const q: EventQuery = {
    review: values.reviewed ? 'reviewed' : values.rejected ? 'rejected' : undefined,
    from: checkDate(values.from, '--from'),
    to: checkDate(values.to, '--to'),
    country: values.country,
    actor: values.actor,
    event_type: values.type,
    sub_event_type: values['sub-type'],
    text: values.text,
    bbox: values.bbox === undefined ? undefined : parseBbox(values.bbox),
    historical: values.historical,
    min_fatalities: minFatalities === undefined ? undefined : Number(minFatalities),
    sort: values.sort as EventQuery['sort'],
  };
  const store = await openStore({ db: values.db, pg: values.pg, create: false });
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = async () => {
    const s = pending.join('');
    pending = [];
    pendingChars = 0;
    if (!out.write(s)) await once(out, 'drain');
  };
  const write = async (s: string) => {
    pending.push(s);
    pendingChars += s.length;
    if (pendingChars >= WRITE_CHARS) await flush();
  };
  let n = 0;
  try {
    // Every format streams, record by record: csv and geojson once gathered all the records first.
    const writer = createRecordWriter(format);
    await write(writer.head());
    for await (const e of allEvents(store, q)) {
      n++;
      await write(writer.row(storedToRecord(e)));
    }
    await write(writer.tail());
    await flush();
  } finally {
    await store.close();
    if (out !== process.stdout) {
      (out as NodeJS.WritableStream).end();
      await once(out, 'finish');
    }
  }
  process.stderr.write(`sitrep export: ${n} event(s)\n`);
  return 0;
}
