import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventRecord } from '../src/model/record.ts';
import { storyFileExtractor } from './helpers/story-file.ts';

/**
 * Issue 13, item 3: one publication date, one answer. A story whose dateline says
 * "March 14, 2024" and the same story dated by --date 2024-03-14 must date their events alike:
 * the dateline's date is when the story was filed, the anchor of "on Tuesday", and not itself the
 * date of the shelling it introduces.
 */

const storyEvents = storyFileExtractor('sitrep-dateline-');

const SHELLING = 'Syrian government forces shelled the town of Ariha in Idlib province on Tuesday, killing five civilians including two children, rescue workers said.';
const STRIKE = 'An air strike killed 12 people at a market in the town of Ariha in Idlib province, residents said.';

async function eventsOf(name: string, text: string, date?: string): Promise<EventRecord[]> {
  const out = await storyEvents(name, text, date);
  assert.ok(out.length >= 1, `${name} yields an event`);
  return out;
}

const dates = (rs: EventRecord[]) => rs.map((r) => [r.sub_event_type, r.event_date, r.event_date_end, r.time_precision]);

describe('a dateline date and --date give one answer', () => {
  it('"on Tuesday" in a story filed Thursday 2024-03-14 is 2024-03-12, however the filing date is given', async () => {
    const byDateline = await eventsOf('dateline', `BEIRUT, March 14, 2024 (Reuters) - ${SHELLING}`);
    const byOption = await eventsOf('option', `BEIRUT (Reuters) - ${SHELLING}`, '2024-03-14');
    const byYearlessDateline = await eventsOf('yearless', `BEIRUT, March 14 (Reuters) - ${SHELLING}`, '2024-03-14');
    const shelling = byDateline.find((r) => r.sub_event_type === 'Shelling/artillery/missile attack');
    assert.ok(shelling);
    assert.equal(shelling.event_date, '2024-03-12');
    assert.equal(shelling.event_date_end, '2024-03-12');
    assert.equal(shelling.time_precision, 1);
    assert.deepEqual(dates(byOption), dates(byDateline));
    assert.deepEqual(dates(byYearlessDateline), dates(byDateline));
  });

  it('a story with no date of its own is dated alike both ways', async () => {
    const byDateline = await eventsOf('strike-dateline', `BEIRUT, March 14, 2024 (Reuters) - ${STRIKE}`);
    const byOption = await eventsOf('strike-option', `BEIRUT (Reuters) - ${STRIKE}`, '2024-03-14');
    assert.deepEqual(dates(byOption), dates(byDateline));
    assert.ok(byDateline.every((r) => r.event_date_end === '2024-03-14'));
  });
});
