import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveDates } from './resolve.ts';

// A bare month nearer ahead of the report than behind it: last year's when its sentence tells a past happening.
const month = (text: string, published: string) => resolveDates(text, published).find((d) => /January|February/.test(d.text))?.value;

describe('resolveDates: a bare month in a sentence told in the past', () => {
  it('is the last one, not the one ahead', () => {
    // 2017-10-28: January 2018 is nearer, but the protest already happened
    const v = month('In January, students protested outside the university after a lecturer was dismissed.', '2017-10-28');
    assert.deepEqual([v?.earliest, v?.latest], ['2017-01-01', '2017-01-31']);
  });
  it('stays ahead when the sentence speaks of what is to come', () => {
    const v = month('The opposition will hold a rally in January, its leaders said.', '2017-10-28');
    assert.equal(v?.earliest, '2018-01-01');
  });
  it('stays ahead for a deadline ("by February"), past verbs or not', () => {
    const v = month('The company had promised it would repay the loan by February.', '2017-10-28');
    assert.equal(v?.earliest, '2018-02-01');
  });
});
