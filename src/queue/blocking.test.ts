import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { candidateDays, isDated, MAX_SLACK_KM, pointOf } from '../dedup/similarity.ts';
import { addDays, haversineKm } from '../store/geo-time.ts';
import { blockingLocks } from './blocking.ts';

type R = Parameters<typeof blockingLocks>[0][number];

/** Whether Store.candidates(a) could return b (b stored), by the contract's rule. */
function sees(a: R, b: R): boolean {
  if (a.event_type !== b.event_type) return false;
  if (!isDated(a) || !isDated(b)) return false;
  const d = candidateDays(a);
  if (!(b.event_date <= addDays(a.event_date_end, d) && b.event_date_end >= addDays(a.event_date, -d))) return false;
  const pa = pointOf(a);
  const pb = pointOf(b);
  if (!pa || !pb) return !pa || !pb;
  return haversineKm(pa.lat, pa.lon, pb.lat, pb.lon) <= MAX_SLACK_KM;
}

function conflict(a: R, b: R): boolean {
  const la = blockingLocks([a]).flat();
  const lb = new Map(blockingLocks([b]).flat().map((l) => [l.key, l.exclusive]));
  return la.some((l) => lb.has(l.key) && (l.exclusive || lb.get(l.key)));
}

/** Fields the locks do not look at. */
const OTHER_FIELDS = { sub_event_type: 'Armed clash', actor1: null, actor2: null, geo_precision: 1, geonameid: null, fatalities: null, historical: false } as const;

const record = fc
  .record({
    event_type: fc.constantFrom('Battles', 'Protests'),
    start: fc.integer({ min: 0, max: 120 }),
    span: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 800 })),
    time_precision: fc.constantFrom(1, 2, 3, 4),
    // Points clustered near Mosul and near the antimeridian (Fiji), plus none at all.
    point: fc.option(fc.tuple(fc.constantFrom([36.3, 43.1], [-16.4, 179.4]), fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true })), { freq: 4 }),
  })
  .map(({ event_type, start, span, time_precision, point }): R => {
    const event_date = addDays('2022-01-01', start);
    const lon = point ? point[0][1] + point[2] : null;
    return {
      ...OTHER_FIELDS, event_type, event_date, event_date_end: addDays(event_date, span), time_precision: time_precision as R['time_precision'],
      latitude: point ? point[0][0] + point[1] : null, longitude: lon === null ? null : lon > 180 ? lon - 360 : lon,
      location: point ? 'Somewhere' : null, country: 'Iraq',
    };
  });

describe('blocking locks for concurrent deduplication', () => {
  it('any two records that could meet as candidates share a lock one of them holds exclusively', () => {
    fc.assert(
      fc.property(record, record, (a, b) => {
        if (sees(a, b) || sees(b, a)) assert.ok(conflict(a, b), `${JSON.stringify(a)} and ${JSON.stringify(b)} could merge but do not conflict`);
      }),
      { numRuns: 3000, seed: 31 },
    );
  });

  it('lets far-apart places, other weeks and other types proceed in parallel', () => {
    const base: R = { ...OTHER_FIELDS, event_type: 'Battles', event_date: '2022-03-01', event_date_end: '2022-03-01', time_precision: 1, latitude: 36.3, longitude: 43.1, location: 'Mosul', country: 'Iraq' };
    assert.equal(conflict(base, { ...base, latitude: 30.5, longitude: 47.8, location: 'Basra' }), false);
    assert.equal(conflict(base, { ...base, event_date: '2022-05-01', event_date_end: '2022-05-01' }), false);
    assert.equal(conflict(base, { ...base, event_type: 'Protests' }), false);
    assert.equal(conflict(base, { ...base, latitude: 36.4 }), true);
    assert.equal(conflict(base, { ...base, latitude: null, longitude: null, location: null }), true, 'a record without a point sees every place');
  });

  it('merges one article’s requests, exclusive winning', () => {
    const r: R = { ...OTHER_FIELDS, event_type: 'Battles', event_date: '2022-03-01', event_date_end: '2022-03-01', time_precision: 1, latitude: null, longitude: null, location: null, country: 'Iraq' };
    const [types, weeks] = blockingLocks([r, { ...r, latitude: 36.3, longitude: 43.1, location: 'Mosul' }]);
    assert.deepEqual(types, [{ key: 't:Battles', exclusive: false }]);
    assert.ok(weeks.every((w) => w.exclusive));
    const [long] = blockingLocks([{ ...r, event_date_end: '2024-03-01', time_precision: 4 }]);
    assert.deepEqual(long, [{ key: 't:Battles', exclusive: true }], 'a window too long to split locks the whole type');
  });
});
