import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateInHead, normalizeDate } from './normalize-date.ts';

test('normalizeDate: accepted forms', () => {
  const table: [string | null, string | null, string][] = [
    ['2016-06-29', '2016-06-29', 'ISO day'],
    ['2016-6-9', '2016-06-09', 'ISO without padding'],
    ['2016-06-29T23:30:00-05:00', '2016-06-29', 'timestamp keeps the local day'],
    ['2016-06-29T03:00:00Z', '2016-06-29', 'UTC timestamp'],
    ['2009-03-20 12:24:52.002364-05', '2009-03-20', 'SQL-style timestamp'],
    ['2016/06/29', '2016-06-29', 'slashed Y/M/D'],
    ['20160629', '2016-06-29', 'compact'],
    ['Wed, 29 Jun 2016 14:00:00 GMT', '2016-06-29', 'RFC 822'],
    ['Wed, 01 Feb 2017 08:00:00 +0300', '2017-02-01', 'RFC 822 with offset'],
    ['December 31, 2017 ', '2017-12-31', 'ISOT style with trailing space'],
    ['Dec. 31, 2017', '2017-12-31', 'abbreviated month with period'],
    ['Sept 3, 2015', '2015-09-03', 'Sept'],
    ['Wed Jun 29, 2016', '2016-06-29', 'weekday prefix'],
    ['Wednesday, June 29th, 2016', '2016-06-29', 'ordinal suffix'],
    ['29 June 2016', '2016-06-29', 'day month year'],
    ['31-Dec-17', '2017-12-31', 'two-digit year'],
    ['3 JAN 90', '1990-01-03', 'wire header, upper case'],
    ['13/04/2016', '2016-04-13', 'D/M/Y when the day is > 12'],
    ['04/13/2016', '2016-04-13', 'M/D/Y when the day is > 12'],
  ];
  for (const [input, expected, label] of table) assert.equal(normalizeDate(input), expected, label);
});

test('normalizeDate: refused forms', () => {
  const table: [string | null | undefined, string][] = [
    [null, 'null'],
    [undefined, 'undefined'],
    ['', 'empty'],
    ['   ', 'blank'],
    ['yesterday', 'words'],
    ['2016-02-30', 'no such day'],
    ['2015-02-29', 'not a leap year'],
    ['2016-13-01', 'no such month'],
    ['03/04/2016', 'ambiguous D/M vs M/D'],
    ['June 2016', 'no day'],
  ];
  for (const [input, label] of table) assert.equal(normalizeDate(input), null, label);
  assert.equal(normalizeDate('2016-02-29'), '2016-02-29', 'leap day');
});

test('findDateInHead: the first full date in the head of a text', () => {
  const table: [string, string | null, string][] = [
    ['Headline here\nPosted June 29, 2016 by staff\nBody', '2016-06-29', 'month day, year'],
    ['Headline\nThu Sep 5 2013 Bomb hits market', '2013-09-05', 'weekday, no comma'],
    ['Updated: 2017-11-02 10:15\nText', '2017-11-02', 'ISO'],
    ['Headline\n29 June 2016 — story', '2016-06-29', 'day month year'],
    ['No date in this head at all, only May and 12 soldiers.', null, 'none'],
    [`${'x'.repeat(500)} June 29, 2016`, null, 'beyond the head'],
  ];
  for (const [text, expected, label] of table) assert.equal(findDateInHead(text), expected, label);
});
