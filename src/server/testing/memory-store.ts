import { tallyEvents } from '../../store/tally.ts';
import { SitrepError } from '../../errors.ts';
import { actorNamesForAlias } from '../../store/actor-match.ts';
import { pinReviewed, type Review } from '../../store/review.ts';
import { docIdTaken, type ActorSummary, type EventQuery, type Failure, type Store, type StoredArticle, type StoredEvent, type StoreStats } from '../../store/store.ts';

/**
 * A Store held in memory: a stand-in for tests of the HTTP layer and for the benchmark's
 * comparison runs. Filtering follows the EventQuery contract so that routes behave the same
 * against it as against SQLite.
 */
export function createMemoryStore(): Store {
  const articles = new Map<string, StoredArticle>();
  const hashes = new Set<string>();
  const events = new Map<string, StoredEvent>();
  const failureLog: Failure[] = [];
  const reviewLog: Review[] = [];
  const latestReview = (id: string) => reviewLog.filter((r) => r.event_id === id).at(-1)?.after ?? null;

  const matches = (e: StoredEvent, q: EventQuery): boolean => {
    if (!q.historical && e.historical) return false;
    const status = e.review_status;
    const review = q.review;
    if (review === undefined ? status === 'rejected' : review === 'reviewed' ? status !== 'accepted' && status !== 'edited' : review === 'unreviewed' ? status !== undefined : review !== 'all' && status !== review) return false;
    if (q.geonameid !== undefined && e.geonameid !== q.geonameid) return false;
    // an undated event matches no date filter, as NULL compares in SQL
    if (q.from && (e.event_date_end === null || e.event_date_end < q.from)) return false;
    if (q.to && (e.event_date === null || e.event_date > q.to)) return false;
    if (q.bbox) {
      const [w, s, east, n] = q.bbox;
      if (e.latitude === null || e.longitude === null) return false;
      if (e.longitude < w || e.longitude > east || e.latitude < s || e.latitude > n) return false;
    }
    if (q.country && e.country?.toLowerCase() !== q.country.toLowerCase()) return false;
    if (q.actor) {
      const needle = q.actor.toLowerCase();
      const names = [e.actor1, e.actor2, e.assoc_actor_1, e.assoc_actor_2];
      const aliased = actorNamesForAlias(q.actor).map((n) => n.toLowerCase());
      const hit = [...names, e.actor1_mention, e.actor2_mention].some((n) => n?.toLowerCase().includes(needle)) || names.some((n) => aliased.some((a) => n?.toLowerCase().includes(a)));
      if (!hit) return false;
    }
    if (q.event_type && e.event_type !== q.event_type) return false;
    if (q.sub_event_type && e.sub_event_type !== q.sub_event_type) return false;
    if (q.min_fatalities !== undefined && (e.fatalities ?? 0) < q.min_fatalities) return false;
    if (q.text) {
      const needle = q.text.toLowerCase();
      const hay = [e.notes, e.actor1, e.actor2, e.location, ...e.sources.map((s) => s.title)].join(' ').toLowerCase();
      if (!hay.includes(needle)) return false;
    }
    return true;
  };

  const order = (sort: EventQuery['sort']) => {
    const key = (sort ?? '-date').replace(/^-/, '');
    const sign = (sort ?? '-date').startsWith('-') ? -1 : 1;
    return (a: StoredEvent, b: StoredEvent): number => {
      // undated events last in either direction, as in SQLite and PostgreSQL
      if (key === 'date' && (a.event_date === null) !== (b.event_date === null)) return a.event_date === null ? 1 : -1;
      const va = key === 'date' ? (a.event_date ?? '') : key === 'fatalities' ? (a.fatalities ?? -1) : a.confidence;
      const vb = key === 'date' ? (b.event_date ?? '') : key === 'fatalities' ? (b.fatalities ?? -1) : b.confidence;
      if (va < vb) return -sign;
      if (va > vb) return sign;
      return a.event_id < b.event_id ? -1 : a.event_id > b.event_id ? 1 : 0;
    };
  };

  // One write transaction at a time, as in SQLite; nothing is rolled back (this is a test stand-in).
  let tail: Promise<unknown> = Promise.resolve();
  const store: Store = {
    kind: 'sqlite',
    async migrate() {},
    async writeTransaction(_locks, fn) {
      const run = tail.then(() => fn(store));
      tail = run.catch(() => undefined);
      return run;
    },
    async getArticle(docId) {
      return articles.get(docId) ?? null;
    },
    async hasContent(hash) {
      return hashes.has(hash);
    },
    async saveArticle(article, evs) {
      const had = articles.get(article.doc_id);
      if (had && had.content_hash !== article.content_hash) throw new SitrepError('E_STORE', docIdTaken(article.doc_id));
      articles.set(article.doc_id, structuredClone(article));
      hashes.add(article.content_hash);
      for (const e of evs) {
        const status = events.get(e.event_id)?.review_status;
        const kept = pinReviewed(structuredClone(e), latestReview(e.event_id));
        if (status) kept.review_status = status;
        else delete kept.review_status;
        events.set(e.event_id, kept);
      }
    },
    async candidates(e, days) {
      if (e.event_date === null || e.event_date_end === null) return [];
      const dayMs = 86_400_000;
      const lo = Date.parse(e.event_date) - days * dayMs;
      const hi = Date.parse(e.event_date_end) + days * dayMs;
      return [...events.values()].filter((c) => c.event_type === e.event_type && c.event_date !== null && c.event_date_end !== null && Date.parse(c.event_date_end) >= lo && Date.parse(c.event_date) <= hi);
    },
    async getEvent(id) {
      const e = events.get(id);
      return e ? structuredClone(e) : null;
    },
    async queryEvents(q) {
      const hits = [...events.values()].filter((e) => matches(e, q)).sort(order(q.sort));
      // A cursor's row is found by id: enough for a test double, whose rows do not move under it.
      const offset = q.after ? hits.findIndex((e) => e.event_id === q.after!.id) + 1 : (q.offset ?? 0);
      return { total: hits.length, events: hits.slice(offset, offset + (q.limit ?? 100)) };
    },
    async tallies(q, actorLimit) {
      return tallyEvents([...events.values()].filter((e) => matches(e, q)), actorLimit);
    },
    async actors(q = {}) {
      const byName = new Map<string, ActorSummary>();
      for (const e of events.values()) {
        for (const [name, inter] of [[e.actor1, e.inter1], [e.actor2, e.inter2]] as const) {
          if (!name || (q.text && !name.toLowerCase().includes(q.text.toLowerCase()))) continue;
          const a = byName.get(name) ?? { name, inter, events: 0, fatalities: 0, first_date: null, last_date: null };
          a.events++;
          a.fatalities += e.fatalities ?? 0;
          if (e.event_date !== null && (!a.first_date || e.event_date < a.first_date)) a.first_date = e.event_date;
          if (e.event_date !== null && (!a.last_date || e.event_date > a.last_date)) a.last_date = e.event_date;
          byName.set(name, a);
        }
      }
      return [...byName.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name)).slice(0, q.limit ?? 100);
    },
    async saveReview(r, e) {
      if (!events.has(r.event_id)) throw new SitrepError('E_NOT_FOUND', `no event with id "${r.event_id}"`);
      events.set(r.event_id, structuredClone({ ...e, ...r.after }));
      const saved = { ...structuredClone(r), id: reviewLog.length + 1 };
      reviewLog.push(saved);
      return structuredClone(saved);
    },
    async reviews(q = {}) {
      return structuredClone(reviewLog.filter((r) => q.event_id === undefined || r.event_id === q.event_id).slice(0, q.limit ?? Infinity));
    },
    async recordFailure(f) {
      failureLog.push({ ...f });
    },
    async failures(limit = 100) {
      return failureLog.slice(-limit).reverse();
    },
    async stats(): Promise<StoreStats> {
      return { articles: articles.size, events: events.size, failures: failureLog.length };
    },
    async close() {},
  };
  return store;
}
