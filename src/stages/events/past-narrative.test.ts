import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';

// The rules alone: these rows test how the events stage flags history retold, not the learned model.
const ex = createExtractor({ stages: RULES_ORDER });
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const records = (text: string, published = '2017-10-17') => ex.extract(art(text, published)).records;
const current = (text: string, published?: string) => records(text, published).filter((r) => !r.historical);

const LEAD = 'LIMA (Reuters) - A former rebel commander registered on Monday to run for the Senate.';

test('past narrative: an undated battle told right after a sentence dated decades back continues that history', () => {
  const text = `${LEAD} In 1992, the rebels declared war on the government in the southern highlands. A three-week battle with the army near Ayacucho killed at least 90 people.`;
  assert.ok(records(text).length > 0, 'the battle is still coded, as background');
  assert.deepEqual(current(text), []);
});

test('past narrative: a run of undated sentences told in the past carries the old time on', () => {
  const text = `${LEAD} In 1992, the rebels declared war on the government in the southern highlands. Their columns marched north along the river within a month. A three-week battle with the army near Ayacucho killed at least 90 people.`;
  assert.ok(records(text).length > 0, 'the battle is still coded, as background');
  assert.deepEqual(current(text), []);
  // a sentence of the run told in the present, or as someone's words, ends it: what follows is the story's own scene
  const broken = `${LEAD} In 1992, the rebels declared war on the government in the southern highlands. Residents say the valley remains tense. Gunmen ambushed a police patrol near Ayacucho, killing four officers.`;
  assert.equal(current(broken).length, 1);
});

test('past narrative: a sentence told in the present or perfect, or a date after "since", sets no past time', () => {
  const perfect = `${LEAD} The return of the roadside bombs, which rebels used before their disarmament in 2011, has alarmed officials. Gunmen ambushed a police patrol near Ayacucho, killing four officers.`;
  assert.equal(current(perfect).length, 1, 'the ambush after a perfect-tense sentence stays news');
  const since = `${LEAD} The highway has been attacked repeatedly since the 2001 uprising. Gunmen ambushed a police patrol near Ayacucho, killing four officers.`;
  assert.equal(current(since).length, 1, 'the ambush after a "since 2001" sentence stays news');
  const reported = `${LEAD} A voter said she had doubts about the candidate's support in the 1990s for harsh prison laws. Hundreds of protesters marched outside the rally hall in Lima.`;
  assert.equal(current(reported).length, 1, 'a scene told after reported words with an old date stays news');
  const relative = `${LEAD} The rebels were routed from the highlands, where they had seized a third of the country in 1992. On the southern front, government forces captured the town of Ayacucho, officials said.`;
  assert.ok(current(relative).length > 0, 'an old date in a relative clause describes someone; the next sentence is news');
  const recent = `${LEAD} In 1992, the rebels declared war on the government in the southern highlands. A recent ambush on a police patrol near Ayacucho killed four officers.`;
  assert.equal(current(recent).length, 1, 'an event told as recent stays news');
});

test('past narrative: a year-named past event is that event again when the story names it later without a date', () => {
  const text = `WASHINGTON (Reuters) - The government on Thursday released files on the 1968 assassination of a senator in Chicago. Historians said the files would not settle the debate. Many books have argued the senator's assassination in Chicago was the result of a conspiracy.`;
  assert.deepEqual(current(text), []);
  // … but not when the year is recent news: "the 2017 bombing" in a story of October 2017
  const recent = `MOGADISHU (Reuters) - Officials on Thursday reviewed the 2017 bombing of a hotel. Many witnesses said the bombing in Mogadishu killed at least 20 people.`;
  assert.equal(current(recent).length, 1);
});
