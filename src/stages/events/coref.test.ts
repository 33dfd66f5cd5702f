import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firedAndStopped, tellsToll } from './coref.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { Article } from '../../model/article.ts';

const whole = (text: string) => ({ start: 0, end: text.length });

test('coref: a missile attack and its interception are one event, an air raid is not', () => {
  const text = (w: 'a' | 'b') => (w === 'a' ? 'intercepted' : 'The missile was brought down on Saturday.');
  assert.equal(firedAndStopped('Disrupted weapons use', 'Shelling/artillery/missile attack', text), true);
  assert.equal(firedAndStopped('Shelling/artillery/missile attack', 'Disrupted weapons use', (w) => (w === 'a' ? 'Houthis fired a rocket.' : '')), true);
  assert.equal(firedAndStopped('Disrupted weapons use', 'Air/drone strike', () => 'Warplanes bombed the town.'), false);
  assert.equal(firedAndStopped('Shelling/artillery/missile attack', 'Armed clash', text), false);
});

test('coref: a sentence that puts the toll tells the event before it', () => {
  for (const t of [
    'A member of a vigilante group put the death toll at six soldiers and three vigilantes.',
    'The death toll rose to 40 on Monday, hospital officials said.',
  ]) assert.equal(tellsToll(t, whole(t)), true, t);
  for (const t of [
    'Vigilantes lynched two suspected thieves in the market.',
    'A bomb killed five people, the deadliest attack this year.',
  ]) assert.equal(tellsToll(t, whole(t)), false, t);
});

const ex = createExtractor();
const art = (text: string, published: string): Article => ({ id: 't', text, title: null, published, publisher: null, url: null, dateline: null, origin: { file: 't' } });
const current = (text: string, published: string) => ex.extract(art(text, published)).records.filter((r) => !r.historical);
const show = (rs: ReturnType<typeof current>) => JSON.stringify(rs.map((r) => `${r.sub_event_type} @ ${r.location} ${r.event_date}`));

test('coref: one interception told twice is one record', () => {
  const rs = current(
    'RIYADH (Reuters) - Saudi air defense forces intercepted a ballistic missile fired by the Houthis towards Riyadh on Saturday. Officials met on Sunday to discuss the budget. The missile was brought down on Saturday evening near King Khaled International Airport and did not cause any casualties.',
    '2017-11-05',
  );
  assert.equal(rs.length, 1, show(rs));
  assert.equal(rs[0].sub_event_type, 'Disrupted weapons use');
});

test('coref: a missile that hit and one intercepted elsewhere stay two events', () => {
  const rs = current(
    'Saudi air defense forces intercepted a ballistic missile fired by the Houthis towards Riyadh on Saturday. On Sunday, a rocket fired by the Houthis hit a market in Jizan, killing two people.',
    '2017-11-06',
  );
  assert.equal(rs.length, 2, show(rs));
});

test('coref: a toll sentence adds no event of its own', () => {
  const rs = current(
    'Boko Haram militants attacked the town of Magumeri on Saturday, killing three soldiers, the army said. A member of a vigilante group put the death toll at six soldiers and three vigilantes.',
    '2017-11-26',
  );
  assert.equal(rs.length, 1, show(rs));
});

test('coref: two attacks in two towns the same day stay two events', () => {
  const rs = current('KABUL (Reuters) - A suicide bomber killed 12 people at a mosque in Kabul on Friday. In Herat, a suicide bomber killed 30 people at another mosque on Friday.', '2017-10-20');
  assert.equal(rs.length, 2, show(rs));
});
