import type { StoredEvent } from './store.ts';

/**
 * Record fields extract writes only when they apply (decided_by always, crowd_size and fatalities_flag when a
 * convention set them). Each is one nullable column (SQLite migration 8, PostgreSQL migration 9): NULL when the event has
 * none (every row stored before they were kept), and then left out of the event read back, as extract leaves it out.
 */
export const OPTIONAL_EVENT_COLUMNS = ['decided_by', 'crowd_size', 'fatalities_flag'] as const;
export type OptionalEventColumn = (typeof OPTIONAL_EVENT_COLUMNS)[number];

/** The optional columns holding an object (JSON in SQLite, JSONB in PostgreSQL). */
export const OPTIONAL_JSON_COLUMNS: ReadonlySet<string> = new Set<OptionalEventColumn>(['crowd_size', 'fatalities_flag']);

const OPTIONAL: ReadonlySet<string> = new Set(OPTIONAL_EVENT_COLUMNS);

export function isOptionalColumn(column: string): column is OptionalEventColumn {
  return OPTIONAL.has(column);
}

/** The column value of an optional field: NULL when the event has none, JSON text for an object. */
export function optionalColumnValue(e: StoredEvent, column: OptionalEventColumn): string | null {
  const v = e[column];
  if (v === undefined || v === null) return null;
  return OPTIONAL_JSON_COLUMNS.has(column) ? JSON.stringify(v) : (v as string);
}
