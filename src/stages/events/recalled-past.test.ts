// Issue 10 (crowd23): an undated sentence told in the past after one that recalls a past month or a weeks-old day goes
// on telling that past, not the story's lead day; one told from now ("have killed … this week") is the news.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { storyOn } from '../../../test/helpers/story.ts';

const ex = createExtractor({ stages: RULES_ORDER });
const art = storyOn('2017-03-15');
const LEAD = 'KABUL (Sitrep Wire) - Taliban fighters attacked a police post in Kunduz on Tuesday, killing four policemen, officials said. ';

test('the sentence after "In January, …" continues January: background, not the lead day', () => {
  const rs = ex.extract(art(LEAD + 'In January, militants stormed an army base in Kandahar. They killed 10 soldiers in the assault.')).records;
  const toll = rs.find((r) => r.fatalities === 10);
  assert.ok(toll, JSON.stringify(rs.map((r) => [r.location, r.event_date, r.fatalities])));
  assert.equal(toll.historical, true);
  assert.equal(toll.event_date, '2017-01-01');
  assert.equal(toll.event_date_end, '2017-01-31');
});

test('a sentence told from now after a recalled month is the news again', () => {
  const rs = ex.extract(art(LEAD + 'In January, militants stormed an army base in Kandahar. They have killed 10 soldiers in Helmand this week.')).records;
  const helmand = rs.find((r) => r.location?.startsWith('Helmand'));
  assert.ok(helmand, JSON.stringify(rs.map((r) => [r.location, r.event_date])));
  assert.equal(helmand.historical, false);
});

test('a past month inside a subordinate clause or a pluperfect sentence sets no past time for the next sentence', () => {
  for (const recalled of ['Rebels had for years besieged the town until an army advance relieved it in early January.', 'The capture was a boost for the government, whose rivals lost a vote in January.']) {
    const rs = ex.extract(art(LEAD + recalled + ' Troops captured the town of Kandahar from the rebels.')).records;
    const capture = rs.find((r) => r.location?.startsWith('Kandah') && r.event_type !== 'Protests');
    assert.ok(capture, JSON.stringify(rs.map((r) => [r.sub_event_type, r.location, r.event_date])));
    assert.equal(capture.historical, false, recalled);
  }
});
