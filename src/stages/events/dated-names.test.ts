import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../model/actor.ts';
import { loadDatedNames, namedOnDate, secondSideOnceNamed } from './dated-names.ts';
import { actorInForce, loadActorPeriods } from './periods.ts';

const names = loadDatedNames();
const periods = loadActorPeriods();
const houthis: Actor = { id: 'houthis', name: 'Military Forces of Yemen (2016-) Supreme Political Council', inter: 1, country: 'YE', kind: 'state' };
const coalition: Actor = { id: 'operation-restoring-hope', name: 'Operation Restoring Hope', inter: 8, country: null, kind: 'coalition' };
const named = (a: Actor, date: string) => actorInForce(periods, namedOnDate(names, a, date), date);

test('dated names: the Houthis of 2017 are Ansar Allah, a rebel group (news gold)', () => {
  const a = named(houthis, '2017-11-04');
  assert.equal(a.name, 'Ansar Allah (Houthis)');
  assert.equal(a.inter, 2);
});

test('dated names: the Houthis of 2022 keep the name ACLED 2022 gives them (ME notes)', () => {
  assert.equal(named(houthis, '2022-03-01').name, 'Military Forces of Yemen (2016-) Supreme Political Council');
});

test('dated names: Saudi-led air strikes of 2017 are the Saudi military, with a period that holds the date', () => {
  assert.equal(named(coalition, '2017-12-20').name, 'Military Forces of Saudi Arabia (2015-)');
  assert.equal(named(coalition, '2022-01-18').name, 'Operation Restoring Hope');
});

test('dated names: an actor with no earlier name is untouched', () => {
  const is: Actor = { id: 'islamic-state', name: 'Islamic State', inter: 2, country: null };
  assert.equal(namedOnDate(names, is, '2015-01-01'), is);
});

test('dated names: two sides that share a name once dated are one side ("the coalition" and "Saudi forces" of 2017)', () => {
  const saudi: Actor = { id: 'military-sa', name: 'Military Forces of Saudi Arabia (2015-)', inter: 1, country: 'SA', kind: 'state' };
  assert.equal(secondSideOnceNamed(named(coalition, '2017-12-19'), saudi), null);
  // in 2022 the coalition and the Saudi military are two names, and other sides stay
  assert.equal(secondSideOnceNamed(named(coalition, '2022-01-18'), saudi), saudi);
  assert.equal(secondSideOnceNamed(named(coalition, '2017-12-19'), houthis), houthis);
  assert.equal(secondSideOnceNamed(null, saudi), saudi);
});
