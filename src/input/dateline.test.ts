import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateline } from './dateline.ts';

test('parseDateline: wire openings', () => {
  const table: [string, string | null, string | null, string | null, string][] = [
    // text, dateline, publisher, date, label
    ['AMMAN/BEIRUT (Reuters) - Rebels said', 'AMMAN/BEIRUT', 'Reuters', null, 'two cities'],
    ['WASHINGTON (Reuters) - The Senate', 'WASHINGTON', 'Reuters', null, 'one city'],
    ['BEIRUT, June 29 (Reuters) - Jets struck', 'BEIRUT', 'Reuters', null, 'with a day'],
    ['BEIRUT (AFP) - Jets struck', 'BEIRUT', 'AFP', null, 'AFP'],
    ['KABUL (AP) — A bomb', 'KABUL', 'AP', null, 'AP with em dash'],
    ['MOGADISHU (Associated Press) - A bomb', 'MOGADISHU', 'AP', null, 'agency spelled out'],
    ['BAGHDAD — Reuters — Security forces', 'BAGHDAD', 'Reuters', null, 'agency after a dash'],
    ['(Reuters) - Michigan would', null, 'Reuters', null, 'agency only'],
    ['AUSTIN, Texas (Reuters) - The governor', 'AUSTIN, Texas', 'Reuters', null, 'place with state'],
    ['RAS AL-AIN, Syria (Reuters) - Turkish', 'RAS AL-AIN, Syria', 'Reuters', null, 'hyphenated place'],
    ['SAN SALVADOR, 3 JAN 90 -- [REPORT] Troops', 'SAN SALVADOR', null, '1990-01-03', 'bare place with a dated header'],
    ['NEW DELHI: Police said', 'NEW DELHI', null, null, 'colon style'],
    ['Rebels retreat from border area\n\nALEPPO, Syria (Reuters) - Rebels', 'ALEPPO, Syria', 'Reuters', null, 'after a headline line'],
  ];
  for (const [text, dateline, publisher, date, label] of table) {
    const found = parseDateline(text);
    assert.ok(found, `${label}: expected a dateline`);
    assert.equal(found.dateline, dateline, label);
    assert.equal(found.publisher, publisher, label);
    assert.equal(found.date, date, label);
    assert.match(text.slice(found.span.start, found.span.end), /(-|—|:)\s*$/, `${label}: span ends after the dash`);
  }
});

test('parseDateline: day text and span', () => {
  const text = 'Headline\nBEIRUT, June 29 (Reuters) - Jets struck';
  const found = parseDateline(text);
  assert.equal(found?.dateText, 'June 29');
  assert.equal(text.slice(found!.span.start, found!.span.end), 'BEIRUT, June 29 (Reuters) - ');
});

test('parseDateline: ordinary text has none', () => {
  const table: [string, string][] = [
    ['Islamic State forces rebels to retreat\n\nThe army said on Monday', 'mixed-case headline'],
    ['The army (the main force) - said', 'sentence with parentheses'],
    ['A - B testing', 'short all-caps word'],
    ['', 'empty'],
  ];
  for (const [text, label] of table) assert.equal(parseDateline(text), null, label);
});
