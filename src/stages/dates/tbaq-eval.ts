import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inSplit } from '../../model/ids.ts';
import type { Split } from '../../model/ids.ts';
import type { DateResolver, ResolvedDate } from './resolve.ts';

/** The shared data folder, a sibling of the repository. */
export const SHARED_DIR = resolve(fileURLToPath(import.meta.url), '..', '..', '..', '..', '..', 'shared');
export const TBAQ_FILE = join(SHARED_DIR, 'data', 'tempeval3-tbaq', 'tbaq_timex.jsonl');

interface Timex {
  readonly type: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}
interface TbaqDoc {
  readonly docid: string;
  readonly dct: string;
  readonly text: string;
  readonly timexes: readonly Timex[];
}

export interface TbaqScore {
  readonly gold: number;
  /** Gold timexes overlapped by some date mention. */
  readonly found: number;
  /** Gold timexes overlapped by a mention whose earliest..latest is exactly the gold day/month/year. */
  readonly correct: number;
  readonly misses: readonly string[];
}

const CALENDAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Exactly the gold period: the same day, or both ends inside the gold month or year. */
export function matchesGold(found: ResolvedDate, gold: string): boolean {
  const { earliest, latest } = found.value;
  if (gold.length === 10) return earliest === gold && latest === gold;
  return earliest.startsWith(gold) && latest.startsWith(gold);
}

export function tbaqAvailable(): boolean {
  return existsSync(TBAQ_FILE);
}

export function scoreTbaq(resolver: DateResolver, split: Split): TbaqScore {
  let gold = 0;
  let found = 0;
  let correct = 0;
  const misses: string[] = [];
  for (const line of readFileSync(TBAQ_FILE, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as TbaqDoc;
    if (!inSplit(doc.docid, split)) continue;
    // some DCTs carry a time of day; the reference is the calendar day
    const dates = resolver.resolve(doc.text, doc.dct.slice(0, 10));
    for (const t of doc.timexes) {
      if (t.type !== 'DATE' || !CALENDAR_VALUE.test(t.value)) continue;
      gold++;
      const over = dates.filter((d) => d.start < t.end && t.start < d.end);
      if (over.length > 0) found++;
      if (over.some((d) => matchesGold(d, t.value))) correct++;
      else misses.push(`${doc.dct} ${JSON.stringify(t.text)} gold=${t.value} got=${over.map((d) => `${JSON.stringify(d.text)}:${d.value.earliest}..${d.value.latest}`).join(',') || '-'}`);
    }
  }
  return { gold, found, correct, misses };
}
