import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveDates } from './resolve.ts';

// Spans a story tells a done happening over: a range reaching back from the report, never a single day.
// 2017-10-11 is a Wednesday.
const PUB = '2017-10-11';
const spans = (text: string) => resolveDates(text, PUB).map((d) => [d.text, d.value.earliest, d.value.latest, d.value.precision]);

describe('resolveDates: how long a done happening took', () => {
  it('reads "in under two weeks" as the two weeks up to the report', () => {
    assert.deepEqual(spans('The rebels overran the valley in under two weeks.'), [['in under two weeks', '2017-09-27', PUB, 2]]);
  });
  it('reads a bare "within days" and "in a matter of days" as the week up to the report', () => {
    assert.deepEqual(spans('Rebels seized the hill town within days.'), [['within days', '2017-10-04', PUB, 2]]);
    assert.deepEqual(spans('Guards detained 300 people in a matter of days.'), [['in a matter of days', '2017-10-04', PUB, 2]]);
  });
  it('leaves a span still to come alone (a future cue, a modal or a verb of intent)', () => {
    assert.deepEqual(spans('The mayor says the camp must close within days.'), []);
    assert.deepEqual(spans('The general vowed to retake the valley within weeks.'), []);
    assert.deepEqual(spans('The vote will be held within two weeks.'), []);
    assert.deepEqual(spans('Iran is taking over the pipeline, with the first shipments expected within days.'), []);
  });
  it('leaves a span counted from another moment alone ("within days of the killing")', () => {
    assert.deepEqual(spans('The two women were detained within days of the killing.'), []);
  });
  it('does not read "in two weeks" without a limiter (a day ahead, not a span)', () => {
    assert.deepEqual(spans('The assembly meets again in two weeks.'), []);
  });
});

describe('resolveDates: a fortnight', () => {
  it('is fourteen days back in "the past fortnight"', () => {
    assert.deepEqual(spans('Over the past fortnight, guards detained 40 people.'), [['Over the past fortnight', '2017-09-27', PUB, 2]]);
  });
  it('is the week around fourteen days back in "a fortnight ago"', () => {
    assert.deepEqual(spans('Farmers marched on the ministry a fortnight ago.'), [['a fortnight ago', '2017-09-24', '2017-09-30', 2]]);
  });
});

describe('resolveDates: a present perfect that lasts a span', () => {
  it('runs over the span up to the report, a unit further back for "more than"', () => {
    assert.deepEqual(spans('Farmers have blocked the ring road for more than two weeks.'), [['more than two weeks', '2017-09-20', PUB, 3]]);
    assert.deepEqual(spans('Students have occupied the hall for ten days.'), [['ten days', '2017-10-01', PUB, 2]]);
  });
  it('says nothing of when for a simple past or a future ("was held for two weeks", "will close for a week")', () => {
    assert.deepEqual(spans('The reporter was held for two weeks.'), []);
    assert.deepEqual(spans('The port will close for a week.'), []);
    assert.deepEqual(spans('The shop has to close for two weeks.'), []);
  });
});

describe('resolveDates: the weekend before an event noun', () => {
  it('dates "the weekend clashes" and "the weekend\'s protests" as the last weekend (2017-10-11 is a Wednesday)', () => {
    assert.deepEqual(spans('The mayor blamed both camps for the weekend clashes in the old town.'), [['the weekend', '2017-10-07', '2017-10-08', 2]]);
    assert.deepEqual(spans("The weekend's noisy protests shut the bridge."), [['The weekend', '2017-10-07', '2017-10-08', 2]]);
  });
  it('leaves a weekend that names no event alone', () => {
    assert.deepEqual(spans('The mayor spent the weekend fishing.'), []);
  });
});
