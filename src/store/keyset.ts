import { SitrepError } from '../errors.ts';
import type { EventQuery, StoredEvent } from './store.ts';

/**
 * Keyset paging: a page starts after the last row of the one before, found through the sort's
 * index, instead of counting `offset` rows from the top (446 ms at offset 20,000 on 22k events).
 */

export type Sort = NonNullable<EventQuery['sort']>;

/** Where the previous page ended: its last row's sort value and id (ties break on the id). */
export interface PageKey {
  readonly value: string | number | null;
  readonly id: string;
}

export const SORT_COLUMNS: Readonly<Record<Sort, { column: 'event_date' | 'fatalities' | 'confidence'; desc: boolean; nullable: boolean }>> = {
  date: { column: 'event_date', desc: false, nullable: true },
  '-date': { column: 'event_date', desc: true, nullable: true },
  fatalities: { column: 'fatalities', desc: false, nullable: true },
  '-fatalities': { column: 'fatalities', desc: true, nullable: true },
  confidence: { column: 'confidence', desc: false, nullable: false },
  '-confidence': { column: 'confidence', desc: true, nullable: false },
};

export const DEFAULT_SORT: Sort = '-date';

export function keyOf(e: StoredEvent, sort: Sort = DEFAULT_SORT): PageKey {
  return { value: e[SORT_COLUMNS[sort].column] ?? null, id: e.event_id };
}

/** An opaque cursor for the next page; it names its sort, so it cannot be replayed under another. */
export function encodeCursor(sort: Sort, key: PageKey): string {
  return Buffer.from(JSON.stringify([sort, key.value, key.id])).toString('base64url');
}

export function decodeCursor(cursor: string, sort: Sort = DEFAULT_SORT): PageKey {
  let parsed: unknown[] = [];
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v)) parsed = v;
  } catch {
    // refused below
  }
  const ok = parsed.length === 3 && typeof parsed[2] === 'string'
    && (parsed[1] === null || typeof parsed[1] === 'string' || (typeof parsed[1] === 'number' && Number.isFinite(parsed[1])));
  if (!ok) throw new SitrepError('E_USAGE', 'cursor is not one this API gave out; start again without it');
  if (parsed[0] !== sort) throw new SitrepError('E_USAGE', `cursor was made for sort=${String(parsed[0])}, not sort=${sort}`);
  return { value: parsed[1] as PageKey['value'], id: parsed[2] as string };
}

/**
 * The WHERE parts of a keyset page, each queried in turn until the page is full: rows with a sort
 * value past the key's (a range the sort's index serves), then, as NULLs sort last both ways, the
 * NULL rows. `placeholder(n)` spells the part's n-th parameter (0-based); `id` is the id column
 * as ordered (PostgreSQL: event_id COLLATE "C").
 */
export function keysetParts(sort: Sort, after: PageKey, placeholder: (n: number) => string, id = 'event_id'): { sql: string; params: unknown[] }[] {
  const { column, desc, nullable } = SORT_COLUMNS[sort];
  const [a, b, c] = [placeholder(0), placeholder(1), placeholder(2)];
  const nulls = `${column} IS NULL`;
  if (after.value === null) return [{ sql: `${nulls} AND ${id} > ${a}`, params: [after.id] }];
  const [within, past] = desc ? ['<=', '<'] : ['>=', '>'];
  const ranged = { sql: `${column} ${within} ${a} AND (${column} ${past} ${b} OR ${id} > ${c})`, params: [after.value, after.value, after.id] };
  return nullable ? [ranged, { sql: nulls, params: [] }] : [ranged];
}
