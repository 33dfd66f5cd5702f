import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';
import { loadReportAttributions } from './report-content.ts';

// Stories we wrote ourselves: a rights report's findings told in the body of a wire story.
const LEAD = 'NAIROBI (Sitrep Wire) - Rights groups said on Monday that police had used excessive force across the country, calling for an inquiry.';
const BODY = ['The region lies south of the capital.', 'Residents said shops had reopened.', 'The spokesman gave no further details.', 'Fuel prices rose on the news.'];
const art = (sentence: string): Article => ({ id: 'report', text: [LEAD, BODY[0], sentence, BODY[1], BODY[2], BODY[3]].join(' '), published: '2017-10-16', title: 'Rights groups report', publisher: null, url: null, dateline: null, origin: { file: 'invented' } });
const full = createExtractor();
const current = (sentence: string) => full.extract(art(sentence)).records.filter((r) => !r.historical).map((r) => r.sub_event_type);
const KILLING = 'Police shot dead a nine-year-old boy standing on a balcony in the town of Kisumu';

test("an undated event told as a report's content is the report's subject, not the news of its release day", () => {
  assert.deepEqual(current(`${KILLING}, the groups said in the report.`), []);
  assert.deepEqual(current(`${KILLING}, according to the report released on Monday.`), []);
  assert.deepEqual(current(`In its annual report to parliament on Monday, the commission says ${KILLING.charAt(0).toLowerCase()}${KILLING.slice(1)}.`), []);
});

test("the same event stays when told plainly, dated in its own clause, or as a news outlet's report", () => {
  assert.deepEqual(current(`${KILLING}, the groups said.`), ['Attack']);
  assert.deepEqual(current(`${KILLING} on Sunday, the groups said in the report.`), ['Attack']);
  assert.deepEqual(current(`${KILLING}, according to a report by state television.`), ['Attack']);
});

test('the attributions are read from the lexicon', () => {
  assert.ok(loadReportAttributions().test('the U.N. report said'));
  loadReportAttributions().lastIndex = 0;
  const dir = mkdtempSync(join(tmpdir(), 'report-'));
  try {
    writeFileSync(join(dir, 'report-attributions.jsonl'), JSON.stringify({ id: 'x', pattern: 'the dossier shows', why: 'test' }) + '\n');
    const re = loadReportAttributions(dir);
    assert.ok(re.test('the dossier shows'));
    re.lastIndex = 0;
    assert.ok(!re.test('the report said'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
