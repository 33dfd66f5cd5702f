// The two Reuters stories of the developers' guide, read from ../shared at test time:
// every event the issue lists, with actors, place, date precision, and no current event for 2014.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readArticles } from '../src/input/index.ts';
import type { EventRecord } from '../src/model/record.ts';
import { createExtractor } from '../src/pipeline/extractor.ts';
import { haveShared, sharedPath } from './helpers/shared.ts';

const STORY_A = sharedPath('examples', '000_d1b2bd05794ba603.txt');
const STORY_B = sharedPath('examples', '004_df61543d629ae446.txt');
const extractor = createExtractor();

async function extract(file: string, date: string): Promise<{ records: EventRecord[]; text: string }> {
  for await (const o of readArticles([file], { date })) {
    if (!o.ok) throw o.error;
    const { doc, records } = extractor.extract(o.article);
    return { records, text: doc.text };
  }
  throw new Error('no article read');
}

function km(a: EventRecord, lat: number, lon: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat - a.latitude!) * r) / 2) ** 2 + Math.cos(a.latitude! * r) * Math.cos(lat * r) * Math.sin(((lon - a.longitude!) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

const current = (rs: EventRecord[]) => rs.filter((r) => !r.historical);
const ABU_KAMAL = [34.45, 40.92] as const;
const AL_TANF = [33.5, 38.6] as const;

let a: EventRecord[] = [];
let aText = '';
let b: EventRecord[] = [];

before(async () => {
  try {
    ({ records: a, text: aText } = await extract(STORY_A, '2016-06-29'));
    ({ records: b } = await extract(STORY_B, '2017-03-30'));
  } catch {
    // reported by the tests below through haveShared
  }
});

test('story A: IS counter-attack on the New Syria Army at Al-Bukamal on Wednesday 2016-06-29', (t) => {
  if (!haveShared(t, STORY_A)) return;
  const e = current(a).find((r) => r.actor1 === 'Islamic State' && r.actor2 === 'New Syria Army' && r.event_type === 'Battles');
  assert.ok(e, 'an IS vs New Syria Army battle');
  assert.equal(e.event_date, '2016-06-29');
  assert.equal(e.time_precision, 1);
  assert.ok(km(e, ...ABU_KAMAL) < 25, `placed at ${e.location}`);
  assert.equal(e.country, 'Syria');
  assert.ok(e.evidence.length > 0 && e.evidence.every((s) => s.end > s.start && s.end <= aText.length));
  assert.ok(e.claims.some((c) => c.what === 'killed' && c.low === 40 && /amaq/i.test(c.claimant ?? '')), 'Amaq claims 40 killed');
  assert.ok(e.claims.some((c) => c.what === 'captured' && c.low === 15), 'and 15 captured');
  assert.equal(e.fatalities, 40);
});

test('story A: coalition air strikes near Al-Bukamal overnight', (t) => {
  if (!haveShared(t, STORY_A)) return;
  const e = current(a).find((r) => r.sub_event_type === 'Air/drone strike' && /coalition/i.test(r.actor1 ?? ''));
  assert.ok(e);
  assert.equal(e.actor2, 'Islamic State');
  assert.ok(km(e, ...ABU_KAMAL) < 25);
  assert.equal(e.event_date_end, '2016-06-29');
  assert.equal(e.time_precision, 2);
});

test('story A: Russian air strikes on al-Tanf earlier this month (month precision)', (t) => {
  if (!haveShared(t, STORY_A)) return;
  const e = current(a).find((r) => r.sub_event_type === 'Air/drone strike' && /Russia/.test(r.actor1 ?? ''));
  assert.ok(e);
  assert.equal(e.actor2, 'New Syria Army');
  assert.ok(km(e, ...AL_TANF) < 25, `placed at ${e.location}`);
  assert.equal(e.event_date, '2016-06-01');
  assert.equal(e.time_precision, 3);
});

test('story A: the Manbij offensive and the Falluja government victory', (t) => {
  if (!haveShared(t, STORY_A)) return;
  const manbij = current(a).find((r) => r.location === 'Manbij');
  assert.ok(manbij);
  assert.equal(manbij.actor2, 'Islamic State');
  assert.match(manbij.actor1 ?? '', /YPG|SDF|Syrian Democratic/);
  const falluja = current(a).find((r) => r.sub_event_type === 'Government regains territory');
  assert.ok(falluja);
  assert.match(falluja.location ?? '', /Fall[uū]jah?/);
  assert.equal(falluja.actor1, 'Military Forces of Iraq');
  assert.equal(falluja.time_precision, 2);
});

test('story A: the 2014 capture of Al-Bukamal is background, not a current event', (t) => {
  if (!haveShared(t, STORY_A)) return;
  const old = a.filter((r) => r.event_date?.startsWith('2014'));
  assert.ok(old.length >= 1);
  assert.ok(old.every((r) => r.historical));
  assert.ok(current(a).every((r) => r.event_date !== null && r.event_date >= '2016-01-01'));
});

test('story B: FSA seizes territory from IS in the Badia in the last two weeks (week precision)', (t) => {
  if (!haveShared(t, STORY_B)) return;
  const e = current(b).find((r) => r.sub_event_type === 'Non-state actor overtakes territory' && /Badia/.test(r.location ?? ''));
  assert.ok(e);
  assert.match(e.actor1 ?? '', /Free Syrian Army/);
  assert.equal(e.actor2, 'Islamic State');
  assert.equal(e.event_date, '2017-03-16');
  assert.equal(e.event_date_end, '2017-03-30');
  assert.equal(e.time_precision, 2);
  assert.ok(e.claims.some((c) => c.what === 'area_km2' && c.low === 250));
});

test('story B: the Qalamoun slopes are a separate seizure', (t) => {
  if (!haveShared(t, STORY_B)) return;
  const e = current(b).find((r) => /Qalamoun/.test(r.location ?? ''));
  assert.ok(e);
  assert.equal(e.sub_event_type, 'Non-state actor overtakes territory');
  assert.equal(e.actor2, 'Islamic State');
});

test('story B: 117 fighters killed over months is claimed by Salameh, at least', (t) => {
  if (!haveShared(t, STORY_B)) return;
  const claim = b.flatMap((r) => r.claims).find((c) => c.what === 'killed' && c.low === 117);
  assert.ok(claim);
  assert.equal(claim.qualifier, 'at_least');
  assert.match(claim.claimant ?? '', /Salameh/);
  const last = b.filter((r) => r.historical);
  assert.ok(last.some((r) => /Russia/.test(r.actor1 ?? '')), 'the Russian strike "last year" is background');
});
