import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { Article } from '../../model/article.ts';

// (under an agency's dateline the text is a whole article, where these rules apply: a note or a snippet tells one event)

// The rules alone: which past date of a sentence makes its event background (event-dates.ts nearestInClause).
const ex = createExtractor({ stages: RULES_ORDER });
const art = (text: string, published: string): Article => ({ id: 't', text: `PARIS (Reuters) - ${text}`, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
// 2017-10-12 is a Thursday.
const records = (text: string) => ex.extract(art(text, '2017-10-12')).records;

test('clause past: a past year told in a contrast clause after the event is that clause\'s, not the event\'s', () => {
  // (the clause of the arrests names no date: the year is the nearest, yet the inquiry's)
  const rs = records('Police arrested nine men in Lyon, while the inquiry that led to them began in March 2015.');
  const arrest = rs.find((r) => r.sub_event_type === 'Arrests');
  assert.ok(arrest, 'the arrests are coded');
  assert.equal(arrest.historical, false);
});

test('clause past: a past year in a relative clause after the event does not make it background either', () => {
  const rs = records('Taliban gunmen killed five soldiers in Kunduz, which reminded residents of the floods of 2010.');
  const attack = rs.find((r) => r.location === 'Kunduz');
  assert.ok(attack, 'the attack is coded');
  assert.equal(attack.historical, false);
});

test('clause past: a participle that tells how the event went keeps its year ("while travelling … in 2012")', () => {
  const rs = records('The couple had been kidnapped by Taliban gunmen while travelling in Afghanistan in 2012, their family said.');
  const taken = rs.find((r) => r.sub_event_type === 'Abduction/forced disappearance');
  assert.ok(taken, 'the kidnapping is coded');
  assert.equal(taken.historical, true);
});

test('clause past: a temporal clause ties the event to the other\'s time, so its past year still marks background', () => {
  const rs = records('The body of the prosecutor was found shot in Buenos Aires hours before he was to testify about the 1994 bombing.');
  for (const r of rs) if (r.location === 'Buenos Aires') assert.equal(r.historical, true);
});

test('clause past: a snippet (no dateline, a few sentences) tells one event, whose sentence\'s past year stays its own', () => {
  const rs = ex.extract({ ...art('x', '2017-10-12'), text: 'Police arrested nine men in Lyon, while the inquiry that led to them began in March 2015.' }).records;
  assert.ok(rs.length > 0);
  for (const r of rs) assert.equal(r.historical, true);
});
