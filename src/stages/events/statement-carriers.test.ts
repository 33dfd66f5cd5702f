import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesReportVerb, datesStatementNoun } from './clause-dates.ts';
import type { Article } from '../../model/article.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { tagged } from '../../../test/helpers/tagged.ts';

const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

test('statement carriers: "said in a statement posted on its website on Wednesday" dates the statement', () => {
  const a = tagged('The/DET embassy/NOUN said/VERB in/ADP a/DET statement/NOUN posted/VERB on/ADP its/PRON website/NOUN on/ADP Wednesday/PROPN');
  assert.equal(datesReportVerb(a.text, a.tokens, span(a.text, 'Wednesday')), true);
  const b = tagged('The/DET group/NOUN said/VERB in/ADP a/DET video/NOUN released/VERB late/ADV on/ADP Sunday/PROPN');
  assert.equal(datesReportVerb(b.text, b.tokens, span(b.text, 'Sunday')), true);
  // another verb in the words after the carrier opens the reported clause: the date is the happening's
  const c = tagged('The/DET army/NOUN said/VERB in/ADP a/DET statement/NOUN that/SCONJ rebels/NOUN attacked/VERB a/DET post/NOUN on/ADP Sunday/PROPN');
  assert.equal(datesReportVerb(c.text, c.tokens, span(c.text, 'Sunday')), false);
  // no statement carrier: the plain rule's four words still bound the reach
  const d = tagged('Officials/NOUN said/VERB in/ADP the/DET northern/ADJ town/NOUN of/ADP Tal/PROPN Afar/PROPN on/ADP Sunday/PROPN');
  assert.equal(datesReportVerb(d.text, d.tokens, span(d.text, 'Sunday')), false);
});

test('statement carriers: a call, a letter or an appeal dated by its day is a statement', () => {
  const t = "The speaker's call on Monday for the government to protect the delegation followed a rally there.";
  assert.equal(datesStatementNoun(t, span(t, 'Monday')), true);
  const t2 = 'In a letter on Wednesday, the bloc leader asked for protection.';
  assert.equal(datesStatementNoun(t2, span(t2, 'Wednesday')), true);
  const t3 = 'Police arrested 12 protesters on Monday in the capital.';
  assert.equal(datesStatementNoun(t3, span(t3, 'Monday')), false);
});

const ex = createExtractor();
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });

test('statement carriers: a protest named only by the call or appeal that answers it lies in the week up to that day', () => {
  const texts = [
    'WARSAW (Reuters) - Lawmakers asked for protection. It also reflected the speaker s call on Monday for the Polish government to ensure their safety after a far-right protest in Warsaw over a motion about democracy in Poland.',
    'WARSAW (Reuters) - The speaker issued an appeal on Monday for calm after protesters clashed with police in Warsaw.',
  ];
  for (const text of texts) {
    const rs = ex.extract(art(text, '2017-11-29')).records.filter((r) => r.event_type === 'Protests' || r.event_type === 'Riots');
    const got = JSON.stringify(rs.map((x) => [x.event_date, x.event_date_end]));
    assert.equal(rs.length, 1, got);
    assert.deepEqual([rs[0].event_date, rs[0].event_date_end], ['2017-11-21', '2017-11-27'], got);
  }
  // the day told of the protest itself stays its day
  const own = ex.extract(art('WARSAW (Reuters) - Thousands of people protested in Warsaw on Monday against the government.', '2017-11-29')).records;
  assert.deepEqual(own.map((r) => [r.event_date, r.event_date_end]), [['2017-11-27', '2017-11-27']]);
});
