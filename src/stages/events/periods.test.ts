import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../model/actor.ts';
import { actorInForce, loadActorPeriods } from './periods.ts';

const periods = loadActorPeriods();
const actor = (name: string): Actor => ({ id: 'x', name, inter: 1, country: 'IQ', kind: 'state' });

// [lexicon name, event date, name in force, label]
const cases: [string, string, string, string][] = [
  ['Military Forces of Iraq (2020-)', '2017-09-21', 'Military Forces of Iraq (2014-2018)', 'a 2017 event takes the 2014-2018 name'],
  ['Military Forces of Iraq (2020-)', '2018-06-01', 'Military Forces of Iraq (2018-2020)', 'the end year belongs to the next period'],
  ['Military Forces of Iraq (2020-) Peshmerga', '2016-03-10', 'Military Forces of Iraq (2014-2018) Peshmerga', 'a suffix is kept'],
  ['Military Forces of Iraq (2020-)', '2022-05-01', 'Military Forces of Iraq (2020-)', 'the current period stays'],
  ['Military Forces of the United States (2021-)', '2017-04-07', 'Military Forces of the United States (2017-2021)', 'another country'],
  ['Military Forces of Iraq (2020-)', '2004-05-01', 'Military Forces of Iraq', 'a date in no listed period drops the wrong period'],
  ['Military Forces of Iraq (2020-) Peshmerga', '2004-05-01', 'Military Forces of Iraq Peshmerga', 'dropping the period keeps the suffix'],
  ['Military Forces of Syria (2000-)', '2017-01-01', 'Military Forces of Syria (2000-)', 'an actor with no period table keeps a period that holds the date'],
  ['Military Forces of Lebanon (2021-)', '2017-10-31', 'Military Forces of Lebanon', 'an actor with no period table loses a period that does not hold the date'],
  ['Military Forces of Afghanistan (2004-2021)', '2022-03-01', 'Military Forces of Afghanistan', 'a closed period ends'],
  ['Islamic State', '2017-01-01', 'Islamic State', 'a name without a period is untouched'],
];

for (const [name, date, expected, label] of cases) {
  test(`actor periods: ${label}`, () => {
    assert.equal(actorInForce(periods, actor(name), date).name, expected);
  });
}
