import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim } from '../../model/claim.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { applyFatalityConventions, codedAsZero, crowdSizeOf, isPartyClaimant, loadAcledConventions } from './acled-notes.ts';

const conv = loadAcledConventions();

test('crowd size: the size tag as ACLED writes it, parsed', () => {
  const rows: [string, unknown][] = [
    ['Teachers protested in Erbil. [size=around 50]', { text: 'around 50', low: 50, high: 50, qualifier: 'about' }],
    ['Farmers rallied in Basra. [size=no report]', { text: 'no report', low: null, high: null, qualifier: 'no_report' }],
    ['Students marched in Mosul. [size=dozens]', { text: 'dozens', low: 12, high: null, qualifier: 'vague' }],
    ['Workers gathered. [crowd size=more than 1,000]', { text: 'more than 1,000', low: 1000, high: null, qualifier: 'at_least' }],
    ['Residents blocked a road. [size=between 100 and 200]', { text: 'between 100 and 200', low: 100, high: 200, qualifier: 'range' }],
    ['Residents blocked a road. [size=300]', { text: '300', low: 300, high: 300, qualifier: 'exact' }],
    ['Residents blocked a road. [size=a large crowd]', { text: 'a large crowd', low: null, high: null, qualifier: 'vague' }],
  ];
  for (const [text, expected] of rows) assert.deepEqual(crowdSizeOf(text, conv), expected, text);
  assert.equal(crowdSizeOf('Hundreds protested in Kirkuk.', conv), null, 'no tag, no size: the text is not a tag');
});

test('coded as 0: the remark in its forms, with its reason; none elsewhere', () => {
  assert.equal(codedAsZero('Clashes in Hit. Fatalities coded as 0 as the toll came from the group itself.')?.reason, 'Fatalities coded as 0 as the toll came from the group itself.');
  assert.equal(codedAsZero('Clashes in Hit; 4 fatalities reported by the army were coded as zero.')?.reason, '4 fatalities reported by the army were coded as zero.');
  assert.equal(codedAsZero('Clashes in Hit. 4 fatalities.'), null);
  assert.equal(codedAsZero('The case was coded as 0 in the register.'), null, 'a remark about fatalities only');
});

const killed = (low: number, claimant: string | null, start: number): Claim => ({ what: 'killed', low, high: low, qualifier: 'exact', claimant, start, end: start + 2 });

test('party to the fighting: outlets, a side\'s army or the event\'s own actor; not the police or a monitor', () => {
  assert.ok(isPartyClaimant('Amaq news agency', conv, []));
  assert.ok(isPartyClaimant('the Turkish defence ministry', conv, []));
  assert.ok(isPartyClaimant('the SDF', conv, ['Syrian Democratic Forces', 'the SDF']));
  assert.ok(!isPartyClaimant('Syrian Observatory for Human Rights', conv, ['Islamic State', 'Syrian Democratic Forces']));
  assert.ok(!isPartyClaimant('police', conv, ['Unidentified Armed Group (Iraq)']));
});

test('fatality conventions: coded as 0 keeps the claims; party-only figures are flagged; mixed sources are not', () => {
  const text = 'Militants attacked a post, killing 10 soldiers according to Amaq. Fatalities coded as 0 as only the group reported them.';
  const remark = text.indexOf('Fatalities');
  const zero = applyFatalityConventions(text, [killed(10, 'Amaq', 34), killed(0, null, remark + 20)], 10, [], conv);
  assert.equal(zero.fatalities, 0);
  assert.deepEqual(zero.claims.map((c) => c.low), [10], 'the figure stays a claim; the remark\'s own 0 is not one');
  assert.equal(zero.flag?.kind, 'coded_as_zero');
  const party = applyFatalityConventions('…', [killed(40, 'the army', 0), killed(25, 'Amaq', 10)], 25, [], conv);
  assert.equal(party.fatalities, 25);
  assert.equal(party.flag?.kind, 'party_claim');
  assert.match(party.flag!.reason, /the army, Amaq/);
  const mixed = applyFatalityConventions('…', [killed(40, 'the army', 0), killed(12, 'local sources', 10)], 12, [], conv);
  assert.equal(mixed.flag, null);
});

test('conventions reach the records: crowd size on a protest, "coded as 0", party-only figures, a week\'s date', () => {
  const ex = createExtractor();
  const rec = (text: string) => ex.extract({ id: 'n', text, title: null, published: '2022-05-11', publisher: 'ACLED', url: null, dateline: null, origin: { file: 't' } }).records
    .sort((a, b) => b.confidence - a.confidence)[0];
  const protest = rec('On 10 May 2022, around 50 teachers protested in Baghdad against unpaid salaries. [size=around 50]');
  assert.equal(protest.event_type, 'Protests');
  assert.equal(protest.crowd_size?.low, 50);
  const zero = rec('During the week of 2 May 2022, Islamic State militants attacked an army post near Rawa, killing 10 soldiers according to Amaq. Fatalities coded as 0 as the figure was reported by IS.');
  assert.equal(zero.fatalities, 0);
  assert.equal(zero.fatalities_flag?.kind, 'coded_as_zero');
  assert.ok(zero.claims.some((c) => c.what === 'killed' && c.low === 10));
  assert.deepEqual([zero.event_date, zero.event_date_end, zero.time_precision], ['2022-05-02', '2022-05-08', 2]);
  assert.equal(zero.crowd_size, undefined, 'no crowd size outside demonstrations');
  const party = rec('On 3 May 2022, Islamic State militants attacked an army post near Rawa, killing 10 soldiers according to Amaq.');
  assert.equal(party.fatalities, 10);
  assert.equal(party.fatalities_flag?.kind, 'party_claim');
});
