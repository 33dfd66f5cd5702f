import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';
import { describedCaptives } from './described-captives.ts';

// Stories we wrote ourselves (nonev17): capture participles that describe people, and arrests a finite verb or a date tells.
const BODY = ['The town lies north of the capital.', 'Residents said shops had reopened.', 'The spokesman gave no further details.', 'Fuel prices rose on the news.', 'Talks between the parties are due next week.'];
const art = (lead: string): Article => ({ id: 'captives', text: [lead, ...BODY].join(' '), published: '2017-10-16', title: null, publisher: null, url: null, dateline: null, origin: { file: 'invented' } });
const rules = createExtractor({ stages: RULES_ORDER });
const full = createExtractor();
const described = (lead: string): boolean[] => {
  const { doc } = rules.extract(art(lead));
  return doc.events.filter((e) => e.subEventType === 'Arrests' || e.subEventType === 'Abduction/forced disappearance').map((e) => describedCaptives(doc, e));
};
const arrests = (lead: string) => full.extract(art(lead)).records.filter((r) => !r.historical && r.sub_event_type === 'Arrests').length;

test('a capture participle that modifies a noun says who people are, not an arrest the report tells', () => {
  const lines = [
    'Tax officials said on Monday they would recover millions of dollars from dozens of traders and officials detained in the inquiry.',
    'Defence lawyers say the two nurses, arrested in Penang within days of the poisoning, were duped.',
    'The man detained was the leader of a radical sect, the court said on Monday.',
  ];
  for (const l of lines) {
    assert.deepEqual(described(l), [true], l);
    assert.equal(arrests(l), 0, l);
  }
});

test('a finite arrest, a participle with its own object, and one its phrase dates are told arrests', () => {
  assert.deepEqual(described('Police arrested 18 people near the stadium in Cleveland on Wednesday.'), [false]);
  assert.deepEqual(described('Two reporters were arrested in Yangon on Tuesday, police said.'), [false]);
  // "arrested this week": the phrase dates the capture
  assert.deepEqual(described('KAMPALA (Sitrep Wire) - Eight editors of a daily newspaper arrested this week have been charged with treason, police said on Thursday.'), [false]);
  // an adverb between a listed verb and its object: "arrested temporarily several officials"
  assert.deepEqual(described('The state police raided the regional offices, arrested temporarily several senior officials accused of organising the vote and seized ballot papers.'), [false]);
});

test('a participle of capture before the noun it modifies, with no subject before it, says who people are', () => {
  const kinds = (sentence: string) =>
    createExtractor()
      .extract({ id: 'attr', text: `PHNOM PENH (Sitrep Wire) - The premier spoke on Sunday. ${sentence} Traders said prices rose. The talks went on. Shops reopened. Rain fell.`, published: '2017-09-04', title: 'Invented', publisher: null, url: null, dateline: null, origin: { file: 'invented' } })
      .records.filter((r) => !r.historical)
      .map((r) => r.sub_event_type);
  assert.deepEqual(kinds('He called for the closure of a rights group founded by detained opposition leader Sam Rith.'), []);
  assert.deepEqual(kinds('Detained suspects must sign their confessions, the draft rules say.'), []);
  assert.deepEqual(kinds('Police detained opposition leader Sam Rith in Phnom Penh on Sunday.'), ['Arrests']);
});
