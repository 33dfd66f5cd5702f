/**
 * Invented wire reports for load tests, soak runs and benchmarks: a few hand-written templates
 * filled from small tables of towns, actors and figures. Articles come in groups; the reports of
 * one group describe the same event (same day, town, actors) in different words, so deduplication
 * has work to do, while groups are far enough apart in time or place never to merge.
 */

import type { Article } from '../model/article.ts';

interface Town {
  readonly name: string;
  readonly dateline: string;
  readonly country: string;
}

// Towns hundreds of kilometres apart, so events of different towns never look alike.
const TOWNS: readonly Town[] = [
  { name: 'Mosul', dateline: 'MOSUL, Iraq', country: 'Iraq' },
  { name: 'Basra', dateline: 'BASRA, Iraq', country: 'Iraq' },
  { name: 'Aleppo', dateline: 'ALEPPO, Syria', country: 'Syria' },
  { name: 'Deir al-Zor', dateline: 'BEIRUT', country: 'Syria' },
  { name: 'Sanaa', dateline: 'SANAA, Yemen', country: 'Yemen' },
  { name: 'Aden', dateline: 'ADEN, Yemen', country: 'Yemen' },
  { name: 'Tripoli', dateline: 'TRIPOLI, Libya', country: 'Libya' },
  { name: 'Benghazi', dateline: 'BENGHAZI, Libya', country: 'Libya' },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WIRES = ['Test Wire', 'Sample News', 'Example Press'];

interface Slots {
  readonly town: Town;
  readonly day: string;
  readonly killed: number;
  readonly wire: string;
}

type Template = (s: Slots) => { title: string; text: string };

/** Each kind of event has reports worded differently; report i of a group uses template i. */
const KINDS: readonly (readonly Template[])[] = [
  [
    (s) => ({
      title: `Militants attack checkpoint in ${s.town.name}`,
      text: `${s.town.dateline} (${s.wire}) - Islamic State fighters attacked an army checkpoint in ${s.town.name} on ${s.day}, killing ${s.killed} soldiers, a police officer said. The militants fled after a two-hour gun battle, the officer added.`,
    }),
    (s) => ({
      title: `${s.killed} soldiers killed in ${s.town.name}`,
      text: `${s.town.dateline} (${s.wire}) - ${s.killed} soldiers were killed when Islamic State militants attacked a checkpoint in ${s.town.name} on ${s.day}, security sources said. Reinforcements were sent to the area.`,
    }),
  ],
  [
    (s) => ({
      title: `Air strike hits ${s.town.name}`,
      text: `${s.town.dateline} (${s.wire}) - Russian warplanes struck a market in ${s.town.name} on ${s.day}, killing ${s.killed} civilians, a monitoring group said. Rescue workers searched the rubble for survivors.`,
    }),
    (s) => ({
      title: `Civilians die in ${s.town.name} raid`,
      text: `${s.town.dateline} (${s.wire}) - An air strike by Russian jets killed ${s.killed} civilians at a market in ${s.town.name} on ${s.day}, residents and a monitoring group said.`,
    }),
  ],
  [
    (s) => ({
      title: `Protest in ${s.town.name}`,
      text: `${s.town.dateline} (${s.wire}) - Hundreds of protesters marched through ${s.town.name} on ${s.day} to demand better electricity and water services, witnesses said. The demonstration ended peacefully.`,
    }),
    (s) => ({
      title: `Residents rally in ${s.town.name}`,
      text: `${s.town.dateline} (${s.wire}) - Protesters rallied peacefully in central ${s.town.name} on ${s.day} over power cuts and water shortages, organisers said.`,
    }),
  ],
];

export const REPORTS_PER_GROUP = 2;

const DAY_MS = 86_400_000;
/** Groups in the same town lie this many days apart: wider than any day-precision merge window. */
const DAYS_BETWEEN_GROUPS = 9;
const EPOCH = Date.UTC(2015, 0, 1);

/** Article number `i` of a deterministic stream (group = floor(i / REPORTS_PER_GROUP)). */
export function syntheticArticle(i: number, prefix = 'syn'): Article {
  const group = Math.floor(i / REPORTS_PER_GROUP);
  const report = i % REPORTS_PER_GROUP;
  const town = TOWNS[group % TOWNS.length];
  const kind = KINDS[Math.floor(group / TOWNS.length) % KINDS.length];
  const slot = Math.floor(group / (TOWNS.length * KINDS.length));
  const when = new Date(EPOCH + slot * DAYS_BETWEEN_GROUPS * DAY_MS);
  const published = new Date(when.getTime() + DAY_MS).toISOString().slice(0, 10);
  // The year keeps texts of different years apart: same text means same content hash, and a skip.
  const day = `${when.getUTCDate()} ${MONTHS[when.getUTCMonth()]} ${when.getUTCFullYear()}`;
  const wire = WIRES[(group + report) % WIRES.length];
  const { title, text } = kind[report]({ town, day, killed: 2 + (group % 17), wire });
  return {
    id: `${prefix}-${group}-${report}`,
    text: `${title}\n\n${text}`,
    title,
    published,
    publisher: wire,
    url: null,
    dateline: null,
    origin: { file: `synthetic:${prefix}`, line: i + 1 },
  };
}

/** Articles `from` (inclusive) to `to` (exclusive) of the stream; every text differs. */
export function syntheticArticles(from: number, to: number, prefix = 'syn'): Article[] {
  const out: Article[] = [];
  for (let i = from; i < to; i++) out.push(syntheticArticle(i, prefix));
  return out;
}

/** As JSON lines in Sitrep's input format (id, title, date, source, text). */
export function syntheticJsonl(from: number, to: number, prefix = 'syn'): string {
  return syntheticArticles(from, to, prefix)
    .map((a) => JSON.stringify({ id: a.id, title: a.title, date: a.published, source: a.publisher, text: a.text }))
    .join('\n');
}

/**
 * Reports `from`..`to` (exclusive) of one and the same event, each worded a little differently so
 * that every text is new: load for concurrent deduplication, where every writer merges into the
 * one stored event and a lost update shows as a missing source.
 */
export function sameEventArticles(from: number, to: number, prefix = 'same'): Article[] {
  const out: Article[] = [];
  for (let i = from; i < to; i++) {
    const wire = WIRES[i % WIRES.length];
    const title = `Militants attack checkpoint in Mosul (report ${i + 1})`;
    const text = `${title}\n\nMOSUL, Iraq (${wire}) - Islamic State fighters attacked an army checkpoint in Mosul on 3 January 2015, killing 6 soldiers, a police officer said. Correspondent number ${i + 1} contributed to this report.`;
    out.push({ id: `${prefix}-${i + 1}`, text, title, published: '2015-01-04', publisher: wire, url: null, dateline: null, origin: { file: `synthetic:${prefix}`, line: i + 1 } });
  }
  return out;
}

/** As JSON lines (id, title, date, source, text). */
export function sameEventJsonl(from: number, to: number, prefix = 'same'): string {
  return sameEventArticles(from, to, prefix)
    .map((a) => JSON.stringify({ id: a.id, title: a.title, date: a.published, source: a.publisher, text: a.text }))
    .join('\n');
}
