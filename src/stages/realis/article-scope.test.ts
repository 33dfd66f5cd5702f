import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createExtractor } from '../../pipeline/extractor.ts';
import { loadArticleScopeExceptions, loadArticleScopeNeeds, loadOutOfArticleScope } from './article-scope.ts';

// A story we wrote ourselves: one deployment, told as a brief and as the lead of a whole article.
const LEAD = 'KIRKUK, Iraq — Iraqi army units deployed 500 troops to the town of Tuz Khurmatu on Monday, a military spokesman said.';
const BODY = ['The town lies south of Kirkuk.', 'Residents said shops had reopened.', 'The spokesman gave no further details.', 'Oil prices rose on the news.', 'Talks between the parties are due next week.'];

test('the shipped article scope leaves out the guideline-less change to group or activity, and only it', () => {
  assert.deepEqual([...loadOutOfArticleScope()], ['Change to group/activity']);
});

test('a brief keeps a change to group or activity; a whole article does not code it', () => {
  const x = createExtractor();
  const brief = x.extract({ id: 'brief', text: LEAD, published: '2017-10-16', title: null, publisher: null, url: null, dateline: null, origin: { file: 'invented' } }).records;
  assert.deepEqual(brief.map((e) => e.sub_event_type), ['Change to group/activity']);
  const article = x.extract({ id: 'article', text: [LEAD, ...BODY].join(' '), published: '2017-10-16', title: null, publisher: null, url: null, dateline: null, origin: { file: 'invented' } }).records;
  assert.deepEqual(article.map((e) => e.sub_event_type), []);
});

test('a whole article still codes a surrender, the one change to group or activity its coders code', () => {
  const lead = 'HAWIJA, Iraq — More than 200 Islamic State fighters surrendered to Kurdish forces near the town of Hawija on Monday, a Kurdish commander said.';
  const x = createExtractor();
  const article = x.extract({ id: 'surrender', text: [lead, ...BODY].join(' '), published: '2017-10-16', title: null, publisher: null, url: null, dateline: null, origin: { file: 'invented' } }).records;
  assert.deepEqual(article.map((e) => e.sub_event_type), ['Change to group/activity']);
  assert.equal(loadArticleScopeExceptions().get('Change to group/activity')?.has('surrender'), true);
});

test('an article-scope entry must name an ACLED sub-event type and say why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-scope-'));
  try {
    writeFileSync(join(dir, 'article-scope.jsonl'), '{"sub_event_type":"Troop movement","why":"x"}\n');
    assert.throws(() => loadOutOfArticleScope(dir), /article-scope\.jsonl|sub_event_type/);
    writeFileSync(join(dir, 'article-scope.jsonl'), '{"sub_event_type":"Arrests"}\n');
    assert.throws(() => loadOutOfArticleScope(dir), /why/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Stories we wrote ourselves: sexual violence told with and without an armed perpetrator, each as the lead of a whole article.
const doc = (lead: string) => ({ id: 'sv', text: [lead, ...BODY].join(' '), published: '2017-10-16', title: null, publisher: null, url: null, dateline: null, origin: { file: 'invented' } });

test('an article codes sexual violence only when armed men or a named armed group commit it', () => {
  const x = createExtractor();
  const subs = (lead: string) => x.extract(doc(lead)).records.filter((e) => !e.historical).map((e) => e.sub_event_type);
  // an ordinary crime or an allegation: a suspect, a politician, the police only as the source
  assert.deepEqual(subs('The suspect is believed to have sexually abused the boy several times, police in Hanover said on Friday.'), []);
  assert.deepEqual(subs('The women told a newspaper on Monday that the senator had sexually abused them in his office.'), []);
  // political violence: militiamen (which no actor row names) or soldiers
  assert.deepEqual(subs('Militiamen raped dozens of women near the town of Kananga on Saturday, the U.N. said.'), ['Sexual violence']);
  assert.deepEqual(subs('Soldiers raped two women in the village of Maungdaw on Sunday, witnesses said.'), ['Sexual violence']);
});

test("a brief keeps sexual violence whoever commits it: the needs are the whole article's", () => {
  const x = createExtractor();
  const brief = x.extract({ ...doc('The suspect sexually abused a girl in the town of Kananga on Saturday, police said.'), text: 'The suspect sexually abused a girl in the town of Kananga on Saturday, police said.' }).records;
  assert.deepEqual(brief.map((e) => e.sub_event_type), ['Sexual violence']);
});

test('the shipped article scope needs an armed perpetrator for sexual violence, and for it only', () => {
  const needs = loadArticleScopeNeeds();
  assert.deepEqual([...needs.keys()], ['Sexual violence']);
  const re = needs.get('Sexual violence')!;
  assert.ok(re.test('gunmen raped') && re.test('security forces') && re.test('police officers raped'));
  assert.ok(!re.test('police said') && !re.test('the suspect') && !re.test('a priest'));
});

// Stories we wrote ourselves, each with a headline: arrests in a story of ordinary crime, and a political one.
const titled = (title: string, lead: string) => ({ ...doc(lead), title, text: [title, lead, ...BODY].join('\n\n') });

test("an article whose headline names an ordinary crime codes no arrest for it, unless the arrest's words name a political target", () => {
  const x = createExtractor();
  const arrests = (title: string, lead: string) => x.extract(titled(title, lead)).records.filter((e) => !e.historical && e.sub_event_type === 'Arrests').length;
  assert.equal(arrests('Prosecutors charge three with bribing port officials', 'The former minister was arrested in Lagos on Friday, the ministry said.'), 0);
  assert.equal(arrests('Police break up cigarette smuggling ring', 'Police arrested six men in Mombasa on Tuesday, a spokesman said.'), 0);
  assert.equal(arrests('Police break up cigarette smuggling ring', 'Police arrested six opposition activists in Mombasa on Tuesday, a spokesman said.'), 1);
  assert.equal(arrests('Police detain former minister in Lagos', 'The former minister was arrested in Lagos on Friday, the ministry said.'), 1);
});
