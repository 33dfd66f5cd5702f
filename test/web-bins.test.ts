import assert from 'node:assert/strict';
import { test } from 'node:test';
// @ts-expect-error: the web UI's plain ES module has no type declarations
import { axisTicks, binStart, chooseUnit, DAY, parseDay } from '../web/bins.js';

test('bins adapt to the range: days, weeks, months, years', () => {
  const span = (from: string, to: string) => chooseUnit(parseDay(from), parseDay(to));
  assert.equal(span('2024-03-04', '2024-03-17'), 'day');
  assert.equal(span('2024-01-01', '2024-09-30'), 'week');
  assert.equal(span('2013-01-01', '2022-12-31'), 'month');
  assert.equal(span('1990-01-01', '2022-12-31'), 'year');
  assert.equal(new Date(binStart('week', parseDay('2024-03-07'))).toISOString().slice(0, 10), '2024-03-04', 'weeks start on Monday');
});

test('axis ticks keep their labels apart at 2 weeks and at 10 years', () => {
  const two = axisTicks(parseDay('2024-03-04'), parseDay('2024-03-17'), 1100) as { t: number; text: string }[];
  assert.deepEqual(two.map((t) => t.text).slice(0, 3), ['4 Mar 2024', '5', '6']);
  const ten = axisTicks(parseDay('2013-01-01'), parseDay('2022-12-31'), 1100) as { t: number; text: string }[];
  assert.ok(ten.some((t) => t.text === '2015') && ten.length <= 24, ten.map((t) => t.text).join(' '));
  for (const ticks of [two, ten]) {
    const gap = Math.min(...ticks.slice(1).map((t, i) => t.t - ticks[i]!.t)) / DAY;
    const perDay = ticks === two ? 1100 / 13 : 1100 / 3651;
    assert.ok(gap * perDay >= 56, `ticks ${gap} days apart`);
  }
});
