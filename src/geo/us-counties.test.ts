import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distanceKm } from './gazetteer.ts';
import { loadUsCounties } from './us-counties.ts';

const counties = loadUsCounties();
const find = (name: string, state: string) => counties.find((c) => c.name === name && c.state === state);

test('every state has its counties, named as news writes them', () => {
  assert.ok(counties.length > 3000 && counties.length < 3200, `${counties.length} counties`);
  const anderson = counties.filter((c) => c.name === 'Anderson County').map((c) => c.state).sort();
  assert.deepEqual(anderson, ['Kansas', 'Kentucky', 'South Carolina', 'Tennessee', 'Texas']);
  assert.ok(find('Rapides Parish', 'Louisiana'), 'Louisiana has parishes');
  assert.ok(find('Matanuska-Susitna Borough', 'Alaska'), 'Alaska has boroughs');
  assert.equal(counties.find((c) => c.fips === '24510'), undefined, 'Baltimore city is a town, not a county');
});

test('a county lies at its area centre, not at a stray island', () => {
  // Knoxville is Knox County's seat; Anderson County borders it to the north-west
  assert.ok(distanceKm(find('Knox County', 'Tennessee')!.latitude, find('Knox County', 'Tennessee')!.longitude, 35.96, -83.92) < 20);
  assert.ok(distanceKm(find('Anderson County', 'Tennessee')!.latitude, find('Anderson County', 'Tennessee')!.longitude, 35.96, -83.92) < 50);
  // Monroe County, Florida, is mostly the Keys' mainland swamp; its point must stay in Florida
  const monroe = find('Monroe County', 'Florida')!;
  assert.ok(monroe.latitude > 24 && monroe.latitude < 26.5 && monroe.longitude > -82 && monroe.longitude < -80);
});
