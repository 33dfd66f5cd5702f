/**
 * Bodies of read answers kept while the store's change marker stays the same, so many clients
 * asking the same question (a shared map view, a dashboard refreshing) cost one query: with
 * SQLite every query runs on the server's one thread, and 50 connections otherwise queue behind
 * 50 copies of it. A question asked while its answer is being made waits for that answer.
 * Stores without a change marker get no cache.
 */

/** Default bound on the kept bodies' total length (UTF-16 code units, about bytes for JSON). */
export const DEFAULT_CACHE_CHARS = 8_000_000;

interface Entry {
  readonly body: Promise<string>;
  chars: number;
}

export type CachedBody = (key: string, make: () => Promise<string>) => Promise<string>;

export function createResponseCache(changeMarker: (() => Promise<string>) | undefined, maxChars = DEFAULT_CACHE_CHARS): CachedBody {
  if (!changeMarker) return (_key, make) => make();
  const entries = new Map<string, Entry>();
  let chars = 0;
  let keptAt: string | undefined;
  return async (key, make) => {
    // Read before the store is: an answer is never older than the marker it is kept under.
    const now = await changeMarker();
    if (now !== keptAt) {
      entries.clear();
      chars = 0;
      keptAt = now;
    }
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key); // re-inserted: the Map's order is least recently used first
      entries.set(key, hit);
      return hit.body;
    }
    const entry: Entry = { body: make(), chars: 0 };
    entries.set(key, entry);
    let body: string;
    try {
      body = await entry.body;
    } catch (e) {
      if (entries.get(key) === entry) entries.delete(key);
      throw e;
    }
    if (entries.get(key) === entry) {
      entry.chars = body.length;
      chars += body.length;
      for (const [k, old] of entries) {
        if (chars <= maxChars) break;
        entries.delete(k);
        chars -= old.chars;
      }
    }
    return body;
  };
}
