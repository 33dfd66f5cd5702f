import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GenerationClock, Generations } from './generations.ts';
import { loadGeonamesGazetteer } from './gazetteer-geonames.ts';

test('a generational memo keeps at most two generations, and what is read again', () => {
  const clock = new GenerationClock(2);
  const promoted: number[] = [];
  const m = new Generations<string, number>(clock, true, (v) => promoted.push(v));
  for (const [k, v] of [['a', 1], ['b', 2], ['c', 3], ['d', 4]] as const) {
    clock.beforeMiss();
    m.set(k, v);
  }
  // a, b aged into the old generation when c came; c, d are young
  assert.equal(m.size, 4);
  assert.equal(m.get('a'), 1);
  assert.deepEqual(promoted, [1]);
  clock.beforeMiss(); // young holds c, d, a: full, so b is dropped
  m.set('e', 5);
  assert.equal(m.get('b'), undefined);
  assert.equal(m.get('a'), 1);
  assert.ok(m.size <= 4, `${m.size} entries`);
});

test('the gazetteer with a tiny memo answers as with the default one, one Place per row', () => {
  const names = ['Kafr Nabl', 'Raqqa', 'Kafranbel', 'Aleppo', 'Mosul', 'Ar Raqqah', 'Falluja', 'Fallujah', 'Kafr Nabl', 'Raqqah', 'Syria', 'Kafranbel'];
  const big = loadGeonamesGazetteer();
  const small = loadGeonamesGazetteer({ memoSize: 2 });
  for (let round = 0; round < 3; round++) {
    for (const n of names) assert.deepEqual(small.candidates(n), big.candidates(n), n);
    // the same town under two spellings is one object, also after the memo has turned over many times
    assert.equal(small.candidates('Kafr Nabl')[0], small.candidates('Kafranbel')[0]);
    assert.equal(small.candidates('Raqqa')[0], small.candidates('Ar Raqqah')[0]);
  }
  assert.deepEqual(small.looseCandidates!('Ftireh'), big.looseCandidates!('Ftireh'));
});

test('a name result read again from the old generation keeps its places alive', () => {
  const small = loadGeonamesGazetteer({ memoSize: 2 });
  // Kafr Nabl ages into the old generation and is read again (promoted), then the generation turns over once more:
  // its town must still be the object a fresh lookup of another spelling finds (were only the name result promoted,
  // its town would have aged out with the rows of that generation, and Kafranbel would get a second object for it)
  const first = small.candidates('Kafr Nabl')[0];
  small.candidates('Mosul');
  small.candidates('Aleppo');
  assert.equal(small.candidates('Kafr Nabl')[0], first);
  small.candidates('Homs');
  assert.equal(small.candidates('Kafranbel')[0], first);
});
