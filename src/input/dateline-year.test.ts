import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateBeforeFileTime, dateFromTextYear, yearlessDate } from './dateline-year.ts';

test('yearlessDate: month and day of "March 14", "14 MAR", none for a year or no date', () => {
  assert.deepEqual(yearlessDate('March 14'), { month: 3, day: 14 });
  assert.deepEqual(yearlessDate('14 MAR'), { month: 3, day: 14 });
  assert.deepEqual(yearlessDate('Sept. 3'), { month: 9, day: 3 });
  assert.equal(yearlessDate('March 14, 2024'), null);
  assert.equal(yearlessDate('February 30'), null);
  assert.equal(yearlessDate(null), null);
});

test('dateFromTextYear: the year nearest the latest full date in the text; bare years do not count', () => {
  const d = { month: 3, day: 14 };
  assert.equal(dateFromTextYear(d, 'Talks began on March 10, 2024 in Bamako.'), '2024-03-14');
  assert.equal(dateFromTextYear(d, 'Elections are due on 2 April 2024.'), '2024-03-14');
  assert.equal(dateFromTextYear(d, 'The army retook the town in January 2019, and again in 2024-02-01.'), '2024-03-14');
  assert.equal(dateFromTextYear({ month: 1, day: 3 }, 'The attack on December 28, 2023 killed four.'), '2024-01-03');
  assert.equal(dateFromTextYear(d, 'Islamic State captured the town in 2014.'), null);
  assert.equal(dateFromTextYear(d, 'Nothing here may 2024 say.'), null);
  assert.equal(dateFromTextYear({ month: 2, day: 29 }, 'On March 1, 2023 the talks failed.'), '2024-02-29');
});

test('dateBeforeFileTime: the latest such day not after the file was saved (a day of grace)', () => {
  const d = { month: 3, day: 14 };
  assert.equal(dateBeforeFileTime(d, new Date('2024-05-01T10:00:00Z')), '2024-03-14');
  assert.equal(dateBeforeFileTime(d, new Date('2024-03-13T10:00:00Z')), '2024-03-14');
  assert.equal(dateBeforeFileTime(d, new Date('2024-02-01T10:00:00Z')), '2023-03-14');
  assert.equal(dateBeforeFileTime({ month: 2, day: 29 }, new Date('2023-06-01T00:00:00Z')), '2020-02-29');
});
